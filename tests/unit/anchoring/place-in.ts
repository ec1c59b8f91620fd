// Where matchInText places a quote, or null when it orphans it (most tests care only about that).
import type { Selectors } from '../../../lib/model/selectors';
import { matchInText, placeOf } from '../../../lib/anchoring/match-quote';

export const placeIn = (text: string, selectors: Selectors) => placeOf(matchInText(text, selectors));
