// The decision, as one ordered table of named rules: the first rule whose
// `when` holds decides, placing the quote or orphaning it. Each rule reads the
// evidence (evidence.ts); every number it uses is in thresholds.ts. The suites
// count which rule decided each case (a rule that decides nothing is deleted),
// and tests/unit/anchoring/policy.test.ts shows for each rule a case that goes
// another way without it.
import type { TextMatch } from './types';
import type { Evidence } from './evidence';
import { withoutContext } from './exact';
import { hasLookAlikeFamily, versionMatch } from './fuzzy';
import { oldNeighbourMovedUp } from './neighbours';
import { LIMITS } from './thresholds';

export type Rule =
  | { id: string; when: (e: Evidence) => boolean; verdict: 'orphan' }
  | { id: string; when: (e: Evidence) => boolean; verdict: 'place'; place: (e: Evidence) => TextMatch };

/** The rules for an edited version of the quote, in order (also asked by the exact rules: "would a version be placed?"). */
export const VERSION_RULES = [
  {
    id: 'versions-tie',
    // Two places that fit about as well (list items, repeated boxes) mean the quote's own place may be gone.
    when: (e) => {
      const [best, runnerUp] = e.versions.found;
      return !!best && !!runnerUp && runnerUp.score > best.score - LIMITS.fuzzy.tieMargin;
    },
    verdict: 'orphan',
  },
  {
    id: 'version-among-look-alikes',
    // A family of look-alikes is told apart by context only when it is intact on both sides: the
    // best may otherwise be a sibling that slid into the quote's old setting.
    when: (e) => !!e.bestVersion && hasLookAlikeFamily(e.versions, e.bestVersion) && Math.min(e.bestVersion.prefixSim, e.bestVersion.suffixSim) < 1,
    verdict: 'orphan',
  },
  {
    id: 'version-is-old-neighbour',
    // The best version is the quote's old neighbour, moved up into its place after the quote was cut out.
    when: (e) => !!e.bestVersion && oldNeighbourMovedUp(e.text, e.quote, e.bestVersion),
    verdict: 'orphan',
  },
  {
    id: 'version-fits',
    when: (e) => !!e.bestVersion,
    verdict: 'place',
    place: (e) => versionMatch(e.index, e.bestVersion!),
  },
  {
    id: 'version-alone',
    when: (e) => !!e.versionAlone,
    verdict: 'place',
    place: (e) => versionMatch(e.index, e.versionAlone!),
  },
] as const satisfies readonly Rule[];

export const POLICY = [
  { id: 'position-holds-quote', when: (e) => !!e.atPosition, verdict: 'place', place: (e) => e.atPosition! },
  { id: 'empty-quote', when: (e) => !e.quote.exact, verdict: 'orphan' },
  {
    id: 'copy-in-its-setting',
    when: (e) => !!e.bestCopy && (e.bestCopy.score >= LIMITS.exact.trustedScore || e.bestCopy.context >= LIMITS.exact.contradicting),
    verdict: 'place',
    place: (e) => withoutContext(e.bestCopy!),
  },
  {
    id: 'pinned-by-both-neighbours',
    when: (e) => e.pinned?.sides === 2,
    verdict: 'place',
    place: (e) => e.match(e.pinned!, e.pinned!.quoteSim === 1 ? 'quote' : 'fuzzy', e.pinned!.quoteSim),
  },
  {
    id: 'pinned-by-one-neighbour',
    // (An edited version beside one neighbour and an exact copy elsewhere: the copy rules weigh them.)
    // Near its old place only: far away, one neighbour is as likely the setting of a look-alike.
    when: (e) => e.pinned?.sides === 1 && (e.pinned.quoteSim === 1 || !e.bestCopy) && e.nearOldPlace(e.pinned, LIMITS.pinned.oneSideMaxShift),
    verdict: 'place',
    place: (e) => e.match(e.pinned!, e.pinned!.quoteSim === 1 ? 'quote' : 'fuzzy', e.pinned!.quoteSim),
  },
  {
    // Copies that tie, and a version with both sides intact nearer the old place than any copy: the quote's
    // own place, a letter corrected.
    id: 'version-in-place-among-copies',
    when: (e) => {
      const v = e.copiesTie && e.versionPlaced;
      return !!v && e.contextIntactAround(v) && e.distanceFromOldPlace(v) < e.copiesTie!.nearestCopy;
    },
    verdict: 'place',
    place: (e) => e.versionPlaced!,
  },
  // Copies of the quote in places nothing tells apart ("for Culture" in every "Ministry for Culture and Heritage").
  { id: 'copies-tie', when: (e) => !!e.copiesTie, verdict: 'orphan' },
  {
    // The exact text in a setting that contradicts it, and a version in the right setting: one of the two is
    // a copy (a teaser, a caption, a list neighbour) and nothing tells which.
    id: 'copy-and-version-disagree',
    when: (e) => !!e.bestCopy && !e.bestCopy.lastResort && !!e.versionPlaced,
    verdict: 'orphan',
  },
  { id: 'copy-in-contradicting-setting', when: (e) => !!e.bestCopy && !e.bestCopy.lastResort, verdict: 'place', place: (e) => withoutContext(e.bestCopy!) },
  // A short quote's only copy, in a contradicting setting: the last resort, when no version is placed.
  { id: 'only-copy-of-short-quote', when: (e) => !!e.bestCopy?.lastResort && !e.versionPlaced, verdict: 'place', place: (e) => withoutContext(e.bestCopy!) },
  ...VERSION_RULES,
  { id: 'nothing-fits', when: () => true, verdict: 'orphan' },
] as const satisfies readonly Rule[];

export type RuleId = (typeof POLICY)[number]['id'];

/** The first rule of `rules` that holds, and what it decides. */
export function decide(rules: readonly Rule[], e: Evidence): { rule: string; place: TextMatch | null } | null {
  for (const r of rules) {
    if (!r.when(e)) continue;
    return { rule: r.id, place: r.verdict === 'place' ? r.place(e) : null };
  }
  return null;
}
