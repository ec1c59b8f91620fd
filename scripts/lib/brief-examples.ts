// Labelled articles as training examples: each sentence marked by the directive keys it holds, each target
// candidate by the target keys it overlaps. Keys are verbatim in the text (the check script makes sure).
import path from 'node:path';
import { readArticle, type ReadArticle } from '../../lib/brief/read';
import type { LabelDirective, LabelFile, LabelTarget } from './labels';
import { loadArticle } from './load';
import { sharedDir } from './shared';

export type Mark = 'required' | 'optional' | 'none';

export interface LabelledArticle {
  label: LabelFile;
  read: ReadArticle;
  published: string | null;
  /** Per sentence: the strongest directive mark among its keys, and the labelled directive. */
  directives: { mark: Mark; label: LabelDirective | null }[];
  /** Per sentence, per candidate span: the target mark and the labelled target it overlaps. */
  targets: { mark: Mark; label: LabelTarget | null }[][];
}

const stronger = (a: Mark, b: Mark): Mark => (a === 'required' || b === 'required' ? 'required' : a === 'optional' || b === 'optional' ? 'optional' : 'none');

export function labelledArticle(label: LabelFile): LabelledArticle {
  const a = loadArticle(path.join(sharedDir, label.source));
  const read = readArticle(a.text, label.lang, a.published);
  const text = read.text;
  const directives: LabelledArticle['directives'] = read.sentences.map(() => ({ mark: 'none', label: null }));
  for (const d of label.directives) {
    const at = text.indexOf(d.key.normalize('NFC'));
    const i = read.sentences.findIndex((s) => s.sentence.start <= at && at < s.sentence.end);
    if (i < 0) continue;
    const mark: Mark = d.required ? 'required' : 'optional';
    const cur = directives[i]!;
    if (stronger(cur.mark, mark) !== cur.mark || !cur.label) directives[i] = { mark: stronger(cur.mark, mark), label: d.required || !cur.label ? d : cur.label };
  }
  const keys = label.targets.map((t) => {
    const start = text.indexOf(t.key.normalize('NFC'));
    return { t, start, end: start + t.key.normalize('NFC').length };
  });
  const targets = read.spans.map((spans, i) =>
    spans.map((span) => {
      const tk = read.sentences[i]!.tokens;
      const start = tk[span.from]!.start;
      const end = tk[span.to - 1]!.end;
      let best: { mark: Mark; label: LabelTarget | null } = { mark: 'none', label: null };
      for (const k of keys) {
        if (k.start < 0 || !(k.start < end && start < k.end)) continue;
        const mark: Mark = k.t.required ? 'required' : 'optional';
        if (best.mark !== 'required') best = { mark, label: k.t };
      }
      return best;
    }),
  );
  return { label, read, published: a.published, directives, targets };
}
