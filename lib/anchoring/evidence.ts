// What is known about one stored quote on the page now, each piece computed at
// most once and only when a rule asks for it: the quote at its old position, its
// exact copies, the place its old neighbours pin, and its edited versions.
import type { Selectors } from '../model/selectors';
import type { TextMatch } from './types';
import type { TextIndex } from './text-index';
import { prefixSimilarity, prepareQuote, suffixSimilarity, type PreparedQuote } from './context';
import { toNormalizedOffset, toRawSpan } from './normalize';
import { matchAtPosition, matchExactly, type Ambiguous, type ExactMatch } from './exact';
import { pinnedByContext, type PinnedPlace } from './pinned';
import { searchVersions, type Versions } from './fuzzy';
import { vouchedByQuote } from './quote-alone';
import type { Candidate } from './candidate';
import { LIMITS } from './thresholds';
import { decide, VERSION_RULES } from './policy';

const PIN_LIMITS = { ...LIMITS.pinned, lookAlikeMargin: LIMITS.neighbours.lookAlikeMargin, lookAlikeSearchLength: LIMITS.length.short };

export class Evidence {
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly index: TextIndex,
    readonly selectors: Selectors,
  ) {}

  /** The stored quote and context, normalised as page text is. */
  get quote(): PreparedQuote {
    return this.once('quote', () => prepareQuote(this.selectors));
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  get text(): string {
    return this.index.norm.text;
  }

  /** The stored position still holds the quote (and, for a short quote, some of its context). */
  get atPosition(): TextMatch | null {
    return this.once('atPosition', () => matchAtPosition(this.index, this.selectors, () => this.quote));
  }

  /** The best exact copy, or copies that tie, or none. */
  get exact(): ExactMatch | Ambiguous | null {
    return this.once('exact', () => matchExactly(this.index, this.selectors, this.quote));
  }

  get bestCopy(): ExactMatch | null {
    const e = this.exact;
    return e && !('ambiguous' in e) ? e : null;
  }

  get copiesTie(): Ambiguous | null {
    const e = this.exact;
    return e && 'ambiguous' in e ? e : null;
  }

  /** The place the quote's old neighbours pin, on both sides or one. */
  get pinned(): PinnedPlace | null {
    return this.once('pinned', () => pinnedByContext(this.text, this.quote, PIN_LIMITS));
  }

  /** Edited versions of the quote. */
  get versions(): Versions {
    return this.once('versions', () => searchVersions(this.index, this.selectors, this.quote));
  }

  get bestVersion(): Candidate | null {
    return this.versions.found[0] ?? null;
  }

  /** A long, nearly intact version with no rival, vouched for by its old neighbours, when nothing else fits. */
  get versionAlone(): Candidate | null {
    return this.once('alone', () => vouchedByQuote(this.text, this.quote, this.versions.candidates));
  }

  /** What the rules for edited versions would place. */
  get versionPlaced(): TextMatch | null {
    return this.once('versionPlaced', () => decide(VERSION_RULES, this)?.place ?? null);
  }

  /** The raw span `match` covers, as normalised offsets without edge spaces. */
  normalized(match: TextMatch): { start: number; end: number } {
    let start = toNormalizedOffset(this.index.norm, match.start);
    let end = toNormalizedOffset(this.index.norm, match.end);
    while (this.text[start] === ' ') start++;
    while (end > start && this.text[end - 1] === ' ') end--;
    return { start, end };
  }

  /** Both sides of the stored context are right against `match`, character for character. */
  contextIntactAround(match: TextMatch): boolean {
    const { start, end } = this.normalized(match);
    return prefixSimilarity(this.text, start, this.quote.prefix) >= 1 && suffixSimilarity(this.text, end, this.quote.suffix) >= 1;
  }

  /** Is the normalised span within `share` of the page's text from the quote's old place? */
  nearOldPlace(span: { start: number }, share: number): boolean {
    return Math.abs(span.start - this.oldStart) <= share * this.text.length;
  }

  /** Where the quote started, as a normalised offset. */
  private get oldStart(): number {
    return this.once('oldStart', () => toNormalizedOffset(this.index.norm, this.selectors.position.start));
  }

  /** How far `match` is from the quote's old place. */
  distanceFromOldPlace(match: TextMatch): number {
    return Math.abs(toNormalizedOffset(this.index.norm, match.start) - this.oldStart);
  }

  /** A span of normalised text as a match in raw offsets. */
  match(span: { start: number; end: number }, method: TextMatch['method'], score: number): TextMatch {
    return { ...toRawSpan(this.index.norm, span.start, span.end), method, score };
  }
}
