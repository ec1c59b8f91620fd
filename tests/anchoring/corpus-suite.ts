// `npm run anchoring:corpus`: re-anchoring over the real pages of
// ../shared/corpus/readability-pages, each changed the ways real sites change.
// For each page: pick highlights (seeded, so runs repeat), then for each kind of
// change re-parse the page, apply it, track where each quote's text went, and
// anchor against the changed text. Exits non-zero when a goal is missed.
//
// Outcomes (lib/classify.ts): right = anchored where the quote's text now is;
// orphan; elsewhere = the quote's paragraph is gone and an identical copy of the
// quote was anchored (counted acceptable for removed paragraphs); copy = an
// identical copy was anchored while the quote's own place still exists (not
// wrong text, but not right: it counts against the right% goals); wrong =
// anchored on text that is not the quote. Goals: no wrong anchor at all;
// ≥ 99% right when the quote survives unchanged; ≥ 90% right when it survives
// with ≤ 10% of its visible characters edited. Removed paragraphs: right
// outcome is orphan (or elsewhere). Quotes whose stored selector already fitted
// two places of the original page are reported as 'ambiguous', outside the
// right% goals (but inside the no-wrong goal).
//
// The page is changed at DOM level (linkedom); anchoring runs on the changed
// body's text with the DOM-free matchInText (the DOM layer is covered by the
// vitest page suite and by the Chromium bench).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suiteMain, type SuitePage } from './lib/suite';

const HIGHLIGHTS_PER_PAGE = 10;
const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../shared/corpus/readability-pages');

function* pages(): Generator<SuitePage> {
  for (const name of readdirSync(corpus).sort()) {
    const file = path.join(corpus, name, 'source.html');
    if (existsSync(file)) yield { name, html: readFileSync(file, 'utf8') };
  }
}

suiteMain(corpus, pages, HIGHLIGHTS_PER_PAGE, ({ all, byGroup }) => {
  const survives = byGroup.get('survives')!;
  const edited = byGroup.get('edited')!;
  return [
    ['no wrong anchors', all.wrong === 0],
    ['≥ 99% right when the quote survives unchanged', survives.right >= 0.99 * survives.cases],
    ['≥ 90% right when the quote survives with ≤ 10% edits', edited.right >= 0.9 * edited.cases],
  ];
});
