// Which part of the anchoring decided a case, for the suites' tallies.
import type { TextMatch } from '../../../lib/anchoring/types';

export function decidedBy(result: TextMatch | null): string {
  return result ? `anchored: ${result.method}` : 'orphan';
}
