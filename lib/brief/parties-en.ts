// Addressee clean-up for English: spell out country abbreviations, give "the regime" its adjective
// ("Syrian regime"), and give a short name its full form ("Tyvak" → "Tyvak Nano-Satellite Systems").
import type { Found } from './rules-vi';
import { escapeRegExp } from './text';

const ALIASES: Record<string, string> = {
  'u.s.': 'United States (U.S.)', us: 'United States (U.S.)', 'the u.s.': 'United States (U.S.)', 'the us': 'United States (U.S.)',
  uk: 'United Kingdom (UK)', 'the uk': 'United Kingdom (UK)', 'u.k.': 'United Kingdom (UK)', 'the u.k.': 'United Kingdom (UK)',
  eu: 'European Union (EU)', 'the eu': 'European Union (EU)', un: 'United Nations (UN)', 'the un': 'United Nations (UN)', 'u.n.': 'United Nations (UN)',
};
const REPORTING = /\s+(?:said|says|added|told|noted|argued|warned)$/i;

/** Title-case of a lower-case phrase, as a regex source: "prime minister" → "Prime\s+Minister". */
function titled(phrase: string): string {
  return phrase.split(/\s+/).map((w) => escapeRegExp(w[0]!.toUpperCase() + w.slice(1))).join('[ \\t]+');
}

/** Nouns that name a party: a title held by a person or a body. */
const PARTY_NOUN = /\b(?:minister|president|governor|mayor|secretary|commissioner|chancellor|director|chief|administrator|premier|department|ministry|agency|administration|government|commission|committee|council|board|authority|office|bureau|court|company|regime|party|union|university|police|service|institute|legislature|parliament|senate|congress)$/;

/**
 * "the prime minister" → the last "Prime Minister Benjamin Netanyahu"; "the department" → the last
 * "Department of Education" or "Education Department" named before the sentence.
 */
function definiteToName(a: string, before: string): string | null {
  const m = /^the\s+([a-z]+(?:\s+[a-z]+){0,2})$/i.exec(a);
  if (!m) return null;
  const phrase = m[1]!.toLowerCase();
  if (!PARTY_NOUN.test(phrase)) return null;
  const t = titled(phrase);
  const patterns = [
    new RegExp(`\\b${t}[ \\t]+((?:[A-Z][\\w'’.-]*[ \\t]+){0,2}[A-Z][\\w'’-]+)`, 'g'), // a title before a name
    new RegExp(`\\b${t}[ \\t]+of[ \\t]+(?:the[ \\t]+)?[A-Z][\\w'’-]*(?:[ \\t]+(?:and[ \\t]+)?[A-Z][\\w'’-]*)*`, 'g'), // Department of Education
    new RegExp(`\\b(?:[A-Z][\\w'’-]*[ \\t]+){1,3}${t}\\b`, 'g'), // Education Department, Obama administration
  ];
  // The party most talked about wins ("the prime minister" of an article about Netanyahu, not a premier of 1991),
  // then the latest named.
  const mentions = new Map<string, number>();
  const count = (w: string) => {
    let n = mentions.get(w);
    if (n === undefined) mentions.set(w, (n = before.split(new RegExp(`\\b${escapeRegExp(w)}\\b`)).length - 1));
    return n;
  };
  let best: { at: number; name: string; n: number } | null = null;
  for (const re of patterns) {
    for (const x of before.matchAll(re)) {
      const name = x[0].replace(/^(?:The|A|An|In|On|At|But|And|When|After|Before)\s+/, '').trim();
      if (name.toLowerCase() === phrase) continue;
      const n = count(name.split(/\s+/).pop()!);
      const at = x.index ?? 0;
      if (!best || n > best.n || (n === best.n && at > best.at)) best = { at, name, n };
    }
  }
  return best?.name ?? null;
}

export function resolvePartiesEn(found: Found[], text: string): void {
  const fullNames = new Map<string, string>(); // one search of the article per distinct name
  for (const f of found) {
    const parts = (f.addressee ?? '').split('; ').map((p) => resolveOne(p, f, text, fullNames)).filter((p): p is string => !!p);
    f.addressee = parts.length ? [...new Set(parts)].join('; ') : null;
  }
}

function resolveOne(party: string, f: Found, text: string, fullNames: Map<string, string>): string | null {
  {
    let a = party.replace(REPORTING, '').trim() || null;
    if (!a) return null;
    const low = a.toLowerCase();
    const before = text.slice(Math.max(0, f.sentence.start - 5000), f.sentence.start);
    if (ALIASES[low]) a = ALIASES[low]!;
    else if (/^the\s+\(?[a-z]+\)?$/i.test(a)) {
      // "the regime" → the last "Syrian regime" before this sentence.
      const noun = a.replace(/^the\s+/i, '').replace(/[()]/g, '');
      let last: string | null = null;
      for (const m of before.matchAll(new RegExp(`\\b([A-Z][\\w'’-]+\\s+${escapeRegExp(noun)})\\b`, 'g'))) if (!/^The$/.test(m[1]!.split(/\s/)[0]!)) last = m[1]!;
      a = last ?? definiteToName(a, before) ?? a;
    } else if (/^the\s+[a-z]+(?:\s+[a-z]+){1,2}$/i.test(a)) {
      a = definiteToName(a, before) ?? a;
    } else if (/^[A-Z][a-z][\w'’-]*$/.test(a)) {
      // A one-word name (not an acronym): its first longer form in the article ("Tyvak Nano-Satellite Systems"),
      // unless that runs into a person's title ("NASA Administrator Jim …").
      let full = fullNames.get(a);
      if (full === undefined) {
        const m = new RegExp(`\\b${escapeRegExp(a)}((?:[ \\t]+[A-Z][\\w'’-]*)+)`).exec(text); // never across lines
        full = m && !/\b(?:Administrator|President|Minister|Gov|Sen|Secretary|Director|Chief|Mr|Ms|Mrs)\b/.test(m[1]!) ? `${a}${m[1]}` : a;
        fullNames.set(a, full);
      }
      a = full;
    }
    return a;
  }
}
