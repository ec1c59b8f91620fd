// `npx tsx tests/anchoring/combined-suite.ts [highlights per page] [salt]`:
// the bench's mix of changes (edits inside and next to quotes, paragraphs
// inserted, removed and re-ordered, white space, NFD, all at once) applied to
// every corpus page under 200k characters, as a stress test of the no-wrong
// rule. The corpus suite applies one kind of change at a time, so it cannot
// show a rule that only misfires when a quote lost both contexts to several
// changes (the case the quote-alone rules in lib/anchoring/fuzzy.ts handle).
// Prints every wrong anchor and the tally; exits non-zero on a wrong anchor.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { buildTextModel } from '../../lib/anchoring/text-model';
import { indexText, matchInText, placeOf } from '../../lib/anchoring/match-quote';
import { normalizeString } from '../../lib/anchoring/normalize';
import { leafBlocks } from './lib/blocks';
import { pickHighlights } from './lib/pick';
import { mutate, track, truthAfter } from './lib/mutate';
import { seededRng, seedOf } from '../../scripts/lib/prng';
import { classify, groupOf, isAmbiguous } from './lib/classify';
import { COMBINED_PLAN as PLAN } from './lib/plan';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../shared/corpus/readability-pages');
/** Larger pages make the edits (which re-read the page) slow; the bench covers the largest. */
const MAX_CHARS = 200_000;

const perPage = Number(process.argv[2] ?? 40);
const salt = process.argv[3] ?? '';
const tally: Record<string, number> = {};
for (const page of readdirSync(corpus).sort()) {
  const file = path.join(corpus, page, 'source.html');
  if (!existsSync(file)) continue;
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const root = document.body ?? document.documentElement;
  const model = buildTextModel(root);
  if (model.text.length > MAX_CHARS) continue;
  const blocks = leafBlocks(model);
  const picked = pickHighlights(model, blocks, perPage, seededRng(seedOf(page + salt)));
  const normalized = normalizeString(model.text);
  const ambiguous = picked.map(({ selectors: { quote: q } }) => isAmbiguous(normalized, q.prefix, q.exact, q.suffix));
  const tracked = track(model, blocks, picked);
  const rng = seededRng(seedOf(page + salt + 'plan'));
  for (const [kind, share] of PLAN) {
    const targets = share >= 1 ? tracked : tracked.filter(() => rng() < share);
    mutate(kind, root, blocks.filter((b) => b.element.isConnected), tracked, rng, targets);
  }
  const truth = truthAfter(root, tracked);
  const text = truth.model.text;
  const index = indexText(text);
  picked.forEach((h, i) => {
    const span = truth.spans[i] ?? null;
    const result = placeOf(matchInText(text, h.selectors, index));
    const outcome = classify(span, result, index, h.selectors.quote.exact);
    const group = groupOf(span, tracked[i]!.editedChars, ambiguous[i]!);
    const key = outcome === 'orphan' && span ? 'missed' : outcome === 'copy' && group === 'ambiguous' ? 'copy (ambiguous)' : outcome;
    tally[key] = (tally[key] ?? 0) + 1;
    if (outcome === 'wrong') {
      const show = (s: { start: number; end: number } | null) => (s ? JSON.stringify(normalizeString(text.slice(s.start, s.end))).slice(0, 100) : '-');
      console.log(`wrong ${page} ${result!.method} ${result!.score.toFixed(3)}\n   quote ${JSON.stringify(normalizeString(h.selectors.quote.exact)).slice(0, 100)}\n   want  ${show(span)}\n   got   ${show(result)}`);
    }
  });
}
console.log(JSON.stringify(tally));
process.exit(tally.wrong ? 1 : 0);
