// Choosing highlights the way readers make them: in one paragraph, word-aligned,
// from a word or two up to a few sentences.
import type { Selectors } from '../../../lib/model/selectors';
import { describeText } from '../../../lib/anchoring/anchor';
import type { TextModel } from '../../../lib/anchoring/text-model';
import type { Block } from './blocks';
import { shuffled, type Rng } from '../../../scripts/lib/prng';

export interface PickedHighlight {
  start: number;
  end: number;
  /** Index of its paragraph in the page's leaf blocks. */
  block: number;
  selectors: Selectors;
}

/** How many words a highlight spans: short 1–3, medium 4–12, long 13–60. */
function wordCount(rng: Rng): number {
  const r = rng();
  if (r < 0.3) return 1 + Math.floor(rng() * 3);
  if (r < 0.7) return 4 + Math.floor(rng() * 9);
  return 13 + Math.floor(rng() * 48);
}

/** Up to `count` highlights, each in a different paragraph with at least 40 characters. */
export function pickHighlights(model: TextModel, blocks: readonly Block[], count: number, rng: Rng): PickedHighlight[] {
  const eligible = blocks.map((b, i) => ({ b, i })).filter(({ b }) => model.text.slice(b.start, b.end).trim().length >= 40);
  const chosen = shuffled(rng, eligible).slice(0, count).sort((x, y) => x.i - y.i);
  return chosen.map(({ b, i }) => {
    const words = [...model.text.slice(b.start, b.end).matchAll(/\S+/g)].map((w) => ({
      start: b.start + w.index,
      end: b.start + w.index + w[0].length,
    }));
    const n = Math.min(words.length, wordCount(rng));
    const first = Math.floor(rng() * (words.length - n + 1));
    const start = words[first]!.start;
    const end = words[first + n - 1]!.end;
    return { start, end, block: i, selectors: describeText(model.text, start, end) };
  });
}
