// Addressee clean-up for English: spell out country abbreviations, give "the regime" its adjective
// ("Syrian regime"), and give a short name its full form ("Tyvak" → "Tyvak Nano-Satellite Systems").
import type { Found } from './rules-vi';

const ALIASES: Record<string, string> = {
  'u.s.': 'United States (U.S.)', us: 'United States (U.S.)', 'the u.s.': 'United States (U.S.)', 'the us': 'United States (U.S.)',
  uk: 'United Kingdom (UK)', 'the uk': 'United Kingdom (UK)', 'u.k.': 'United Kingdom (UK)', 'the u.k.': 'United Kingdom (UK)',
  eu: 'European Union (EU)', 'the eu': 'European Union (EU)', un: 'United Nations (UN)', 'the un': 'United Nations (UN)', 'u.n.': 'United Nations (UN)',
};
const REPORTING = /\s+(?:said|says|added|told|noted|argued|warned)$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function resolvePartiesEn(found: Found[], text: string): void {
  const fullNames = new Map<string, string>(); // one search of the article per distinct name
  for (const f of found) {
    let a = f.addressee?.replace(REPORTING, '').trim() || null;
    if (!a) continue;
    const low = a.toLowerCase();
    if (ALIASES[low]) a = ALIASES[low]!;
    else if (/^the\s+\(?[a-z]+\)?$/i.test(a)) {
      // "the regime" → the last "Syrian regime" before this sentence.
      const noun = a.replace(/^the\s+/i, '').replace(/[()]/g, '');
      const before = text.slice(Math.max(0, f.sentence.start - 5000), f.sentence.start);
      let last: string | null = null;
      for (const m of before.matchAll(new RegExp(`\\b([A-Z][\\w'’-]+\\s+${escape(noun)})\\b`, 'g'))) if (!/^The$/.test(m[1]!.split(/\s/)[0]!)) last = m[1]!;
      if (last) a = last;
    } else if (/^[A-Z][a-z][\w'’-]*$/.test(a)) {
      // A one-word name (not an acronym): its first longer form in the article ("Tyvak Nano-Satellite Systems"),
      // unless that runs into a person's title ("NASA Administrator Jim …").
      let full = fullNames.get(a);
      if (full === undefined) {
        const m = new RegExp(`\\b${escape(a)}((?:[ \\t]+[A-Z][\\w'’-]*)+)`).exec(text); // never across lines
        full = m && !/\b(?:Administrator|President|Minister|Gov|Sen|Secretary|Director|Chief|Mr|Ms|Mrs)\b/.test(m[1]!) ? `${a}${m[1]}` : a;
        fullNames.set(a, full);
      }
      a = full;
    }
    f.addressee = a;
  }
}
