// Every number the anchoring decides by, in one table: similarities (1 = the
// same text), lengths in normalised characters, margins between two places'
// fits. The rules (policy.ts) and the evidence they read (evidence.ts and the
// searches it calls) take their numbers from here and nowhere else.
export const LIMITS = {
  /** What the extension stores: characters of context on each side of a quote. */
  context: {
    length: 32,
    /** Raw characters one stored side may span (runs of layout white space count once). */
    maxRaw: 4096,
    /** Letters below which a side says little ("\n      " fits every list item): pulled toward 0.5. */
    informative: 12,
  },
  /** Hypothesis's weights: the quote counts most, position only breaks ties. */
  weights: { quote: 50, context: 20, position: 2 },
  /** Quotes by length: what a few characters can and cannot prove. */
  length: {
    /** Below this a quote is words that recur ("the state"): it needs context to be trusted. */
    distinctive: 24,
    /** A quote this long found exactly once may stand in a contradicting setting, when nothing else fits. */
    uniqueAlone: 16,
    /** Below this a quote is never searched for with edits: one edit makes it another word. */
    fuzzyMin: 8,
    /** Up to this a quote is short: it rests on its context, and look-alikes are searched for in one pass. */
    short: 32,
  },
  /** Exact copies of the quote. */
  exact: {
    /** A copy scoring this (context nearly intact) needs no second opinion. */
    trustedScore: 0.95,
    /** Below this on both sides, context speaks against a copy rather than for it. */
    contradicting: 0.5,
    /** A short quote needs this much on at least one side (0.5 = no evidence either way). */
    shortMinContext: 0.5,
    /** Copies whose weighted fits differ by less than this cannot be told apart. */
    tieMargin: 0.03,
    /** How much better one side must fit to settle a tie between copies. */
    sideMargin: 0.08,
    /** Copies ranked by a cheap test before the full comparison (one-letter quotes on huge pages). */
    toScore: 1000,
  },
  /** Versions of the quote found with edits. */
  fuzzy: {
    /** Edits searched for, as a share of the quote's length. */
    maxEditRate: 0.12,
    /** Weighted fit (quote, both sides, position) a version needs. */
    minScore: 0.88,
    /** One side this intact vouches for a version at least `oneSideQuoteSim` like the quote. */
    oneSideIntact: 0.95,
    oneSideQuoteSim: 0.9,
    /** A short quote's version needs both sides at least this, unless one side vouches. */
    shortMinContext: 0.6,
    /** A runner-up within this of the best makes the choice a guess. */
    tieMargin: 0.05,
    /** Another place whose text fits the quote within this of the best: a family of look-alikes. */
    familyMargin: 0.05,
  },
  /** The quote's old neighbours (its stored context) looked for on the page. */
  neighbours: {
    /** Characters of a side, nearest the quote, looked for as its neighbour. */
    piece: 16,
    /** Neighbours closer than the quote's length plus this still hold its old place between them. */
    cutOutSlack: 400,
    /** Below this, the text beside a found neighbour is not the other old neighbour: not closed up. */
    closedUp: 0.5,
    /** Edits allowed when looking for a neighbour that was corrected too (one word in 32 characters). */
    errorRate: 0.25,
    /** A side with one word in four changed is mostly intact. */
    mostlyIntact: 0.75,
    /** Characters (a space) between a neighbour and the quote it borders. */
    border: 1,
    /** How much less like the quote than the candidate another place may be and still be its look-alike. */
    lookAlikeMargin: 0.12,
  },
  /** A place pinned by its old neighbours (pinned.ts). */
  pinned: {
    /** Similarity the text between two intact neighbours needs: still mostly the quote. */
    bothSidesMinSim: 0.8,
    /** How much better the quote must fit part of the place than all of it to be that part. */
    innerMargin: 0.05,
    /** Similarity the text beside one intact neighbour needs. */
    oneSideMinSim: 0.8,
    /** Characters an edited quote beside one neighbour needs (one edit makes a shorter one another word). */
    oneSideMinEditedLength: 8,
    /** Characters an unchanged quote beside one neighbour needs. */
    oneSideMinLength: 4,
    /** How far from its old place, as a share of the page's text, one neighbour may pin a quote: one that pins
     *  it further away is the setting of a near-copy (the next entry of a list, a repeated title), found
     *  after the quote's own paragraph was cut (16 of 22 such wrong anchors in the Vietnamese suite). */
    oneSideMaxShift: 0.05,
    /** Similarity of the other side beside the place that shows it edited there, not replaced. */
    otherSideMinSim: 0.5,
    /** Characters of the quote's edge compared with a side to tell list items that open alike. */
    templatePiece: 16,
    /** How much longer than the quote its place may have grown. */
    growth: 1.5,
  },
  /** A long, nearly intact quote that lost both sides of its context (quote-alone.ts). */
  alone: {
    minSim: 0.9,
    /** The matched text's length may differ from the quote's by at most this share. */
    lengthSlack: 0.1,
    /** Another place within this of the best makes both look-alikes. */
    rivalMargin: 0.12,
  },
  /** How hard the searches look (cost, not judgement). */
  search: {
    /** A seed piece is at least this long, or it matches everywhere. */
    minPiece: 6,
    /** A piece found more often than this says nothing about where the quote is. */
    maxSeedHits: 40,
    /** Seed windows verified, most agreeing seeds first. */
    maxWindows: 8,
    /** Fits looked for in one window, best first, then on either side of those found. */
    fitsPerWindow: 6,
    /** Pieces of the quote used as seeds (each costs a scan of the page). */
    maxPieces: 8,
    /** Characters of each side used as a seed. */
    contextSeed: 12,
    /** How far around the old position the first, cheap window reaches. */
    nearSlack: 256,
    /** Pieces for the rival search: shorter than the seeds, so a rival with more edits keeps some. */
    rivalPiece: 8,
    maxRivalPieces: 24,
    /** Rival windows where several pieces agree, verified most agreeing first. */
    maxRivalWindows: 48,
  },
} as const;
