// Which rule of the policy decided a case, for the suites' tallies.
import type { Orphan, Placed } from '../../../lib/anchoring/types';

export function decidedBy(result: Placed | Orphan): string {
  return 'orphan' in result ? `orphan: ${result.orphan}` : `placed: ${result.rule}`;
}

/** The tally of deciding rules, most used first. */
export function printRules(rules: ReadonlyMap<string, number>): void {
  console.log('decided by:');
  for (const [rule, n] of [...rules].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(44)} ${n}`);
}
