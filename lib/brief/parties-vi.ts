// Addressee clean-up for Vietnamese: trim function words, and resolve generic heads ("ngân hàng", "Bộ")
// to the named party the article is about.
import type { Found } from './rules-vi';
import type { Sentence } from './text';

const TRAILING = /(?:\s+(?:cũng|vẫn|chỉ|nên|sẽ|đều|thì|lại|luôn|xin|tự chủ|và|cần|phải|đã|đang|mới|tiếp tục|được))+$/iu;
const LEADING = /^(?:đối với|với|theo|riêng|cho)\s+/iu;
const PRONOUNS = /^(?:họ|ông|bà|anh|chị|tôi|mình|các)$/iu;
/** Acronyms that name a kind of body or unit, never the article's own party. */
const COMMON_CAPS = new Set(['UBND', 'HĐND', 'HĐQT', 'ĐHĐCĐ', 'GDĐT', 'TP', 'HCM', 'TPHCM', 'USD', 'VND', 'PCR', 'COVID', 'CP', 'TMCP', 'NHNN', 'NHTM', 'ESOP', 'HNX', 'HOSE', 'HoSE', 'CEO', 'PV', 'GD', 'ĐT', 'THPT', 'ĐH', 'CĐ', 'BN', 'F0', 'F1', 'F2']);

function brand(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?![\p{L}\p{N}])/gu)) {
    const w = m[1]!;
    if (COMMON_CAPS.has(w) || w.length < 3) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [w, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = w;
  return best;
}

/** The last "Bộ X" / "tỉnh X" with a capitalised X before `at`. */
function lastNamed(text: string, head: string, at: number): string | null {
  // Case-sensitive on purpose: the name after the head must be capitalised ("tỉnh Hà Nam", "Bộ Y tế").
  const h = `[${head[0]!.toUpperCase()}${head[0]!.toLowerCase()}]${head.slice(1)}`;
  const re = new RegExp(`(?<![\\p{L}])${h}\\s+((?:\\p{Lu}[\\p{L}&-]*)(?:\\s+(?:\\p{Lu}[\\p{L}&-]*|tế|và Đào tạo))*)`, 'gu');
  let found: string | null = null;
  const window = text.slice(Math.max(0, at - 4000), at);
  for (const m of window.matchAll(re)) if (/^\p{Lu}/u.test(m[1] ?? '')) found = `${m[0].split(/\s+/)[0]} ${m[1]}`;
  return found;
}

export function cleanParty(p: string | null): string | null {
  if (!p) return null;
  let s = p.replace(LEADING, '').replace(/\s+(?:là|cho hay|cho biết|nhấn mạnh|khẳng định)(?:\s.*)?$/u, '').replace(/[\s,;:]+$/u, '');
  for (let i = 0; i < 3; i++) s = s.replace(TRAILING, '');
  return s || null;
}

/** Final pass over the found directives: cleaner addressees, generic heads resolved. */
export function resolveParties(found: Found[], text: string): void {
  let bank: string | null | undefined;
  for (const f of found) {
    // Several parties ("A; B") are cleaned one by one; the first may be a generic head to resolve.
    const [first, ...rest] = (f.addressee ?? '').split('; ');
    let a = cleanParty(first ?? null);
    if (a && PRONOUNS.test(a)) a = null;
    const low = a?.toLowerCase();
    if (low && /^(?:ngân hàng|hội đồng quản trị(?: ngân hàng)?|hđqt|đại hội|công ty|doanh nghiệp|tập đoàn)$/u.test(low)) {
      if (bank === undefined) bank = brand(text);
      if (bank) a = low === 'hđqt' || low.startsWith('hội đồng') ? `HĐQT ${bank}` : bank;
    } else if (low && /^(?:bộ|tỉnh|thành phố|sở)$/u.test(low)) {
      a = lastNamed(text, low === 'bộ' ? 'Bộ' : low, f.sentence.start) ?? a;
    }
    f.addressee = a ? [a, ...rest.map(cleanParty).filter(Boolean)].join('; ') : null;
  }
}

export type { Sentence };
