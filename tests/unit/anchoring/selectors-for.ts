// Selectors for the nth occurrence of `quote` in `text`, as describeRange would
// store them for a reader who selected it there.
import { describeText } from '../../../lib/anchoring/anchor';

export function selectorsFor(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`quote not in text: ${quote}`);
  return describeText(text, at, at + quote.length);
}
