// A page's text prepared once for many look-ups (anchoring 500 highlights normalises the page
// at most once). The normalised copy is made on first use: when every quote is still at its
// stored position, nothing needs it, and a revisit costs little more than reading the page.
import { normalizeText, type NormalizedText } from './normalize';

export interface TextIndex {
  readonly raw: string;
  readonly norm: NormalizedText;
}

export function indexText(raw: string): TextIndex {
  let norm: NormalizedText | null = null;
  return {
    raw,
    get norm() {
      return (norm ??= normalizeText(raw));
    },
  };
}
