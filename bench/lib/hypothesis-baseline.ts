// The baseline: our port of the Hypothesis client's re-anchoring
// (tests/anchoring/lib/hypothesis.ts), as the bench's TextMatch.
import type { Selectors } from '../../lib/model/selectors';
import type { TextMatch } from '../../lib/anchoring/types';
import { hypothesisAnchor as port } from '../../tests/anchoring/lib/hypothesis';

/** Hypothesis-style anchoring of one highlight in plain text. */
export function hypothesisAnchor(text: string, s: Selectors): TextMatch | null {
  const found = port(text, s);
  if (!found) return null;
  const atPosition = found.start === s.position.start && found.end === s.position.end && found.score === 1;
  return { ...found, method: atPosition ? 'position' : 'fuzzy' };
}
