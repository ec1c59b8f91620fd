// A page's text prepared once for many look-ups (anchoring 500 highlights normalises the page once).
import { normalizeText, type NormalizedText } from './normalize';

export interface TextIndex {
  readonly raw: string;
  readonly norm: NormalizedText;
}

export function indexText(raw: string): TextIndex {
  return { raw, norm: normalizeText(raw) };
}
