// Data-driven suite over the small pages in ./pages (English and Vietnamese):
// every kind of change from lib/mutate.ts, judged against tracked ground truth.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../lib/anchoring/anchor';
import { buildTextModel } from '../../lib/anchoring/text-model';
import { indexText } from '../../lib/anchoring/match-quote';
import { normalizeString } from '../../lib/anchoring/normalize';
import { leafBlocks } from './lib/blocks';
import { pickHighlights } from './lib/pick';
import { MUTATIONS, mutate, track, truthAfter } from './lib/mutate';
import { seededRng, seedOf } from '../../scripts/lib/prng';
import { classify, groupOf, isAmbiguous } from './lib/classify';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

/** Loads the page's body into the test document (happy-dom's Range works there, not in DOMParser documents). */
function parse(html: string): Element {
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return document.body;
}

describe.each(pages)('re-anchoring on %s', (page) => {
  const html = readFileSync(path.join(dir, page), 'utf8');
  const model = buildTextModel(parse(html));
  const picked = pickHighlights(model, leafBlocks(model), 8, seededRng(seedOf(page)));
  const normalized = normalizeString(model.text);
  const ambiguous = picked.map(({ selectors: { quote: q } }) => isAmbiguous(normalized, q.prefix, q.exact, q.suffix));

  it('picks highlights of varied length', () => {
    expect(picked.length).toBeGreaterThanOrEqual(6);
    expect(picked.some((h) => h.selectors.quote.exact.split(/\s+/).length <= 3)).toBe(true);
  });

  it.each(MUTATIONS)('after "%s": no wrong anchor, surviving quotes found', (kind) => {
    const root = parse(html);
    const fresh = buildTextModel(root);
    const blocks = leafBlocks(fresh);
    const tracked = track(fresh, blocks, picked);
    mutate(kind, root, blocks, tracked, seededRng(seedOf(page + kind)));
    const { model: after, spans } = truthAfter(root, tracked);
    const results = anchorAll(root, picked.map((h) => h.selectors));
    const index = indexText(after.text);
    picked.forEach((h, i) => {
      const truth = spans[i] ?? null;
      const outcome = classify(truth, results[i] ?? null, index, h.selectors.quote.exact);
      const group = groupOf(truth, tracked[i]!.editedChars, ambiguous[i]!);
      const label = `${kind}: ${JSON.stringify(h.selectors.quote.exact)}`;
      expect(outcome, label).not.toBe('wrong');
      if (group === 'survives') expect(outcome, label).toBe('right');
      if (group === 'removed') expect(['orphan', 'elsewhere'], label).toContain(outcome);
      if (group !== 'ambiguous') expect(outcome, label).not.toBe('copy');
      // The DOM range covers exactly the matched text.
      const r = results[i];
      if (r) expect(r.range.toString()).toBe(after.text.slice(r.start, r.end));
    });
  });
});
