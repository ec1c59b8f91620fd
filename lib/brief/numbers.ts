// Number and date parsing, the Vietnamese way and the English way.

/** vi: `.` groups thousands, `,` is the decimal mark (4.423 → 4423, 2,5 → 2.5). */
export function parseViNumber(raw: string): number | null {
  const s = raw.replace(/\s+/g, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s) || /^\d+(?:,\d+)?$/.test(s)) {
    return Number(s.replace(/\./g, '').replace(',', '.'));
  }
  // Some writers use English marks; accept "1,200" style only when unambiguous (groups of 3 after commas, 2+ groups).
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s);
  return null;
}

/** en: `,` groups thousands, `.` is the decimal mark (1,200 → 1200). */
export function parseEnNumber(raw: string): number | null {
  const s = raw.replace(/\s+/g, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) || /^\d+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return null;
}

const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, dozen: 12,
};
export function enWordNumber(w: string): number | null {
  return EN_WORDS[w.toLowerCase()] ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "30/6/2021", "30/6" (+ fallback year) → ISO date; null when not a valid day/month. */
export function dmyToIso(d: number, m: number, y: number | null): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return y ? `${y}-${pad(m)}-${pad(d)}` : `${pad(m)}-${pad(d)}`;
}

/** The last day of a month, ISO (no year known: February ends on the 28th, as in most years); null for no such month. */
export function monthEndIso(m: number, y: number | null): string | null {
  if (m < 1 || m > 12) return null;
  const last = new Date(Date.UTC(y ?? 2023, m, 0)).getUTCDate();
  return dmyToIso(last, m, y);
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
export function quarterEnd(q: number, y: number): string | null {
  const e = QUARTER_END[q - 1];
  return e ? `${y}-${e}` : null;
}

export function romanToInt(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const a = v[r[i]!] ?? 0;
    const b = v[r[i + 1] ?? ''] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export function enMonth(name: string): number | null {
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? null;
}
