// A chosen addressee that only points at a party ("ông", "họ", "Bộ này", "ngân hàng", "He", "the company") is
// replaced by the party it points at: the last fitting name written before it, or for a company word the company
// the article is about (its most frequent brand-like name).
import type { PartyCandidate } from './parties';
import type { ReadArticle } from './read';
import type { Token } from './tokens';

const cap = (t: Token | undefined) => !!t && t.text[0] !== t.text[0]!.toLowerCase();
/** How many sentences back a pointer looks for its party. */
const LOOK_BACK = 12;

/** Runs of capitalised words (not opening a sentence) before sentence i and token `upTo`, latest first. */
function namesBefore(r: ReadArticle, i: number, upTo: number): string[] {
  const out: string[] = [];
  for (let j = i; j >= 0 && j >= i - LOOK_BACK; j--) {
    const tk = r.sentences[j]!.tokens;
    const end = j === i ? upTo : tk.length;
    const runs: string[] = [];
    for (let k = 1; k < end; k++) {
      if (!cap(tk[k]) || tk[k]!.kind !== 'word') continue;
      let e = k + 1;
      while (e < end && (cap(tk[e]) || tk[e]!.kind === 'num') && tk[e]!.kind !== 'punct') e++;
      // A name opened by a lower-case party word: "tỉnh Hà Nam", "Bộ Y tế".
      const head = r.lex.groups.at(tk, k - 1).find((h) => h.tag === 'partyHead' && h.to === k);
      runs.push(r.text.slice(tk[head ? k - 1 : k]!.start, tk[e - 1]!.end));
      k = e;
    }
    out.push(...runs.reverse());
  }
  return out;
}

/** The brand-like name the article names most ("BMBank", "Vietcombank", "Tesco"), or null; once per article. */
const companies = new WeakMap<ReadArticle, string | null>();
function mainCompany(r: ReadArticle): string | null {
  if (companies.has(r)) return companies.get(r)!;
  const counts = new Map<string, number>();
  for (const s of r.sentences) {
    for (const t of s.tokens) {
      // An inner capital or an acronym of three letters or more: BMBank, VinFast, BIDV.
      if (t.kind !== 'word' || t.text.length < 3 || !/\p{Lu}.*\p{Lu}/u.test(t.text)) continue;
      counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > counts.get(best)! || (n === counts.get(best)! && name < best)) best = name;
  companies.set(r, best);
  return best;
}

export function resolveParty(r: ReadArticle, i: number, c: PartyCandidate): string {
  if (c.source === 'inherited' || c.from < 0) return c.text;
  const s = r.sentences[i]!;
  const tk = s.tokens;
  const lex = r.lex;
  const pronoun = lex.groups.at(tk, c.from).some((h) => h.tag === 'pronoun' && h.to === c.to);
  // A party word alone, or with a pointer: "ngân hàng", "Bộ này", "the ministry".
  const pointerFirst = r.lang === 'en' ? lex.pointers.longestAt(tk, c.from) : null;
  const headFrom = pointerFirst ? pointerFirst.to : c.from;
  const found = lex.groups.at(tk, headFrom).find((h) => h.tag === 'partyHead');
  const head = found ? { from: headFrom, to: found.to } : null;
  const pointerAfter = head && r.lang === 'vi' ? lex.pointers.longestAt(tk, head.to) : null;
  const headOnly = !!head && (head.to === c.to || pointerAfter?.to === c.to) && !cap(tk[head.to]);
  if (!pronoun && !headOnly) return c.text;
  const names = namesBefore(r, i, c.from);
  if (headOnly) {
    const word = tk.slice(head!.from, head!.to).map((t) => t.low).join(' ');
    const same = names.find((n) => n.toLowerCase().startsWith(`${word} `) && n.length > word.length);
    if (same) return same;
    if (lex.companyHeads.longestAt(tk, head!.from)) return mainCompany(r) ?? c.text;
    return c.text;
  }
  return names[0] ?? c.text;
}
