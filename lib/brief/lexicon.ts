// The phrase tables of data/brief/lexicon/<lang>.json, compiled once into a matcher over tokens. Knowledge lives
// in the tables; this file only knows how to find their phrases in a sentence.
import vi from '../../data/brief/lexicon/vi.json';
import en from '../../data/brief/lexicon/en.json';
import { tokenize, type Token } from './tokens';

/** Word groups that are lists of phrases; the model sees each as a feature (`lex:order`, `lex:modal` …). */
export const CATEGORIES = [
  'order', 'ask', 'decide', 'modal', 'advise', 'commit', 'pledge', 'intend', 'future', 'plan', 'drive', 'action', 'attitude', 'partyHead',
  'report', 'past', 'ongoing', 'hedge', 'belief', 'connector', 'upward', 'permit', 'condition', 'negation', 'forbid', 'pronoun', 'goal',
  'result', 'price', 'naming',
] as const;
export type Category = (typeof CATEGORIES)[number];

type Comparator = '>=' | '>' | '<=' | '<' | '=' | '~';

/** The raw tables, as written in the JSON files. */
export interface LexiconTables extends Record<Category, string[]> {
  listMarker: string[];
  scale: Record<string, number>;
  unit: string[];
  qualifier: Partial<Record<Comparator, string[]>>;
  lead: string[];
  orMore: Partial<Record<Comparator, string[]>>;
  rangeJoin: string[];
  /** "giảm từ 10% xuống 5%", "from £20m to £15m": the word between a baseline and the level it must reach. */
  changeJoin: string[];
  /** Words that open a range or a change ("từ", "from", "between"). */
  rangeStart: string[];
  /** Little words that never begin or end a party's name ("cũng", "also"): trimmed from candidate addressees. */
  particle: string[];
  /** Heads that stand for the company an article is about ("ngân hàng", "the firm"). */
  companyHead: string[];
  /** Words that point back at a party named before ("Bộ này", "the ministry"). */
  pointer: string[];
  deadlineLead: Partial<Record<Comparator, string[]>>;
  durationUnit: Record<string, string>;
  periodEdge: Record<'end' | 'start' | 'middle', string[]>;
  relativeYear: Record<string, string[]>;
  relativeMonth: Record<string, string[]>;
  // vi only
  currency?: string[];
  dateWord?: Record<'day' | 'month' | 'year' | 'quarter' | 'hour', string[]>;
  // en only
  currencySymbol?: Record<string, string>;
  currencyWord?: Record<string, string>;
  numberWord?: Record<string, number>;
  month?: Record<string, number>;
  weekday?: string[];
  relativeDecade?: Record<string, string[]>;
  relativeWeek?: Record<string, string[]>;
}

/** A phrase found in a sentence: its tag (a category, or a table entry's meaning), and its tokens [from, to). */
export interface Hit {
  tag: string;
  from: number;
  to: number;
}

const NONE: { tag: string; to: number }[] = [];

/** Do the tokens from `i` on spell `words` (lower case)? */
function matches(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 1; k < words.length; k++) if (tokens[i + k]!.low !== words[k]) return false;
  return true;
}

/** Phrases by their first token, longest first, each with the tag it stands for. */
export class PhraseIndex {
  private byFirst = new Map<string, { words: string[]; tag: string }[]>();

  add(phrase: string, tag: string): void {
    const words = tokenize(phrase).map((t) => t.low);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, tag });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** Every phrase starting at token `i` (longest first). */
  at(tokens: readonly Token[], i: number): { tag: string; to: number }[] {
    const list = this.byFirst.get(tokens[i]?.low ?? '');
    if (!list) return NONE;
    const out: { tag: string; to: number }[] = [];
    for (const p of list) if (matches(tokens, i, p.words)) out.push({ tag: p.tag, to: i + p.words.length });
    return out;
  }

  /** The longest phrase starting at token `i`, or null. */
  longestAt(tokens: readonly Token[], i: number): { tag: string; to: number } | null {
    const list = this.byFirst.get(tokens[i]?.low ?? '');
    if (list) for (const p of list) if (matches(tokens, i, p.words)) return { tag: p.tag, to: i + p.words.length };
    return null;
  }

  /** Every phrase in the tokens, scanning left to right (overlaps kept: one phrase may hold another). */
  all(tokens: readonly Token[]): Hit[] {
    const out: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const list = this.byFirst.get(tokens[i]!.low);
      if (list) for (const p of list) if (matches(tokens, i, p.words)) out.push({ tag: p.tag, from: i, to: i + p.words.length });
    }
    return out;
  }
}

/** One language's compiled tables. */
export interface Lexicon {
  lang: 'vi' | 'en';
  tables: LexiconTables;
  /** The word groups (CATEGORIES). */
  groups: PhraseIndex;
  qualifiers: PhraseIndex;
  leads: PhraseIndex;
  scales: PhraseIndex;
  units: PhraseIndex;
  orMore: PhraseIndex;
  rangeJoins: PhraseIndex;
  changeJoins: PhraseIndex;
  rangeStarts: PhraseIndex;
  particles: PhraseIndex;
  companyHeads: PhraseIndex;
  pointers: PhraseIndex;
  deadlineLeads: PhraseIndex;
  durationUnits: PhraseIndex;
  periodEdges: PhraseIndex;
  relative: PhraseIndex;
  currencies: PhraseIndex;
  months: PhraseIndex;
  numberWords: PhraseIndex;
  weekdays: PhraseIndex;
  listMarkers: Set<string>;
  /** Words that can open a date (a month, "ngày", "next", "six" …): a deadline is looked for only there. */
  dateStarts: Set<string>;
}

function index(entries: Iterable<[string, string]>): PhraseIndex {
  const idx = new PhraseIndex();
  for (const [phrase, tag] of entries) idx.add(phrase, tag);
  return idx;
}
const each = (table: Partial<Record<string, string[]>> | undefined, prefix = ''): [string, string][] =>
  Object.entries(table ?? {}).flatMap(([tag, phrases]) => (phrases ?? []).map((p): [string, string] => [p, prefix + tag]));
const keyed = (table: Record<string, unknown> | undefined): [string, string][] => Object.keys(table ?? {}).map((k) => [k, k]);

function compile(lang: 'vi' | 'en', tables: LexiconTables): Lexicon {
  return {
    lang,
    tables,
    groups: index(CATEGORIES.flatMap((c) => (tables[c] ?? []).map((p): [string, string] => [p, c]))),
    qualifiers: index(each(tables.qualifier)),
    leads: index(tables.lead.map((p) => [p, 'lead'])),
    scales: index(keyed(tables.scale)),
    units: index(tables.unit.map((p) => [p, p])),
    orMore: index(each(tables.orMore)),
    rangeJoins: index(tables.rangeJoin.map((p) => [p, 'join'])),
    changeJoins: index(tables.changeJoin.map((p) => [p, 'change'])),
    rangeStarts: index(tables.rangeStart.map((p) => [p, 'start'])),
    particles: index(tables.particle.map((p) => [p, 'particle'])),
    companyHeads: index(tables.companyHead.map((p) => [p, 'company'])),
    pointers: index(tables.pointer.map((p) => [p, 'pointer'])),
    deadlineLeads: index(each(tables.deadlineLead)),
    durationUnits: index(keyed(tables.durationUnit)),
    periodEdges: index(each(tables.periodEdge)),
    relative: index([
      ...each(tables.relativeYear, 'year:'),
      ...each(tables.relativeMonth, 'month:'),
      ...each(tables.relativeDecade, 'decade:'),
      ...each(tables.relativeWeek, 'week:'),
    ]),
    currencies: index([...(tables.currency ?? []).map((c): [string, string] => [c, c]), ...Object.entries(tables.currencyWord ?? {})]),
    months: index(keyed(tables.month)),
    numberWords: index(keyed(tables.numberWord)),
    weekdays: index((tables.weekday ?? []).map((w) => [w, w])),
    listMarkers: new Set(tables.listMarker),
    dateStarts: new Set(
      [
        ...Object.values(tables.relativeYear), ...Object.values(tables.relativeMonth), ...Object.values(tables.relativeDecade ?? {}),
        ...Object.values(tables.relativeWeek ?? {}), ...Object.values(tables.dateWord ?? {}),
        Object.keys(tables.month ?? {}), tables.weekday ?? [], Object.keys(tables.numberWord ?? {}),
      ].flatMap((list) => list.map((phrase) => tokenize(phrase)[0]?.low ?? '')),
    ),
  };
}

const compiled = new Map<string, Lexicon>();
const TABLES: Record<string, LexiconTables> = { vi: vi as unknown as LexiconTables, en: en as unknown as LexiconTables };

/** The compiled tables of a language the brief reads ('vi' or 'en'), or null. */
export function lexicon(lang: string): Lexicon | null {
  const tables = TABLES[lang];
  if (!tables) return null;
  let lex = compiled.get(lang);
  if (!lex) {
    lex = compile(lang as 'vi' | 'en', tables);
    compiled.set(lang, lex);
  }
  return lex;
}
