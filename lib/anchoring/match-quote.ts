// Finding a stored quote in plain text, without a DOM: the evidence about it is
// gathered as the rules of the policy ask, and the first rule that holds decides.
// Offsets in and out are raw offsets into the text; all comparison happens on
// its normalised copy.
import type { Selectors } from '../model/selectors';
import type { Orphan, Placed } from './types';
import { indexText, type TextIndex } from './text-index';
import { Evidence } from './evidence';
import { decide, POLICY, type Rule, type RuleId } from './policy';

export { indexText, type TextIndex } from './text-index';

/** Where `selectors` point in `text` now, and the rule that said so; or the rule that orphaned the quote. */
export function matchInText(text: string, selectors: Selectors, index: TextIndex = indexText(text), policy: readonly Rule[] = POLICY): Placed | Orphan {
  const decision = decide(policy, new Evidence(index, selectors));
  const rule = (decision?.rule ?? 'nothing-fits') as RuleId;
  return decision?.place ? { ...decision.place, rule } : { orphan: rule };
}

/** The place of a match, or null for an orphan. */
export function placeOf(result: Placed | Orphan): Placed | null {
  return 'orphan' in result ? null : result;
}
