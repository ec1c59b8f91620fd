// Reading a number as it is written: Vietnamese marks ("1.500" is fifteen hundred, "4,5" four and a half),
// English marks ("1,200", "2.6"), and a scale glued to it ("264m", "1bn").

/** Vietnamese: `.` groups thousands, `,` is the decimal mark; "12.5" (one or two decimals) is read the English way. */
export function viNumber(raw: string): number | null {
  const s = raw.replace(/\s+/g, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s) || /^\d+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s);
  return null;
}

/** English: `,` groups thousands, `.` is the decimal mark. */
export function enNumber(raw: string): number | null {
  const s = raw.replace(/\s+/g, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) || /^\d+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return null;
}

/** A number token split into its digits and the letters glued after them: "264m" → ["264", "m"]. */
export function splitGlued(token: string): { digits: string; letters: string } {
  const m = /^([\d.,/]+)(\p{L}*)$/u.exec(token);
  return m ? { digits: m[1]!, letters: m[2]!.toLowerCase() } : { digits: token, letters: '' };
}

export function romanNumber(r: string): number | null {
  if (!/^[IVX]+$/i.test(r)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  const up = r.toUpperCase();
  let n = 0;
  for (let i = 0; i < up.length; i++) {
    const a = v[up[i]!] ?? 0;
    const b = v[up[i + 1] ?? ''] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}
