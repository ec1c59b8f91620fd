// Clause anatomy for the Vietnamese rules: where a subject starts, who the addressee is, what the action is.
// Word-level helpers only; which sentence is a directive is decided in rules-vi.ts.
import { ACTION_RE, ADDRESSEE_END_RE, CONNECTOR, verbInWord, NOT_PARTY, ORDER_NOUN_BEFORE, ORDER_RE, PARTY_HEAD, PAST_OR_ONGOING, PRONOUN, REPORT_FRAME } from './lexicon-vi';
import { clip } from './text';

/** "tổ chức, đoàn thể": a verb-looking word inside a comma list is a noun. */
export function inList(t: string, i: number, len: number): boolean {
  return /^\s*,/u.test(t.slice(i + len)) && /,\s*$/u.test(t.slice(Math.max(0, i - 2), i));
}

/** A capitalised verb inside a sentence is part of a name ("Ban Chỉ đạo"), not a verb. */
export function inName(t: string, i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(t[i] ?? '') && !/[,.;:"“(]\s*$/u.test(t.slice(Math.max(0, i - 3), i));
}

/** How far before or after a trigger the clause helpers read. */
export const WINDOW = 300;

/** The text just before `at` (bounded by WINDOW). */
export function before(t: string, at: number, n = WINDOW): string {
  return t.slice(Math.max(0, at - n), at);
}

export const PERSON_TITLE = /(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Bí thư|Giám đốc|Tổng Giám đốc|Trưởng ban|Chánh|Tổng Bí thư|Chủ nhiệm|Ban Chấp hành|Ban Thường vụ|Bộ|UBND|Ủy ban|Sở|Thường trực)[^,.;:]{0,60}/u;

/** Strips a leading connector and any "X cho biết, " frame; returns the offset where the clause proper starts. */
export function clauseStart(text: string, upTo: number): number {
  const c = CONNECTOR.exec(text.slice(0, upTo));
  // Only a window before the trigger is read: a subject is never hundreds of characters long, and a bounded
  // window keeps a huge run-on sentence with many triggers linear.
  const base = Math.max(0, upTo - WINDOW);
  const head = text.slice(base, upTo);
  let start = c ? Math.max(0, c[0].length - base) : 0;
  REPORT_FRAME.lastIndex = 0;
  for (let m = REPORT_FRAME.exec(head); m; m = REPORT_FRAME.exec(head)) start = Math.max(start, m.index + m[0].length);
  // The subject begins after the last comma before the trigger, unless that leaves nothing.
  const lastComma = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'));
  if (lastComma >= start && head.slice(lastComma + 1).trim()) start = lastComma + 1;
  return base + start;
}

/** Extends a subject start back over a list of parties ("các cấp ủy, chính quyền cần …"). */
export function listStart(text: string, start: number): number {
  let s = start;
  for (let n = 0; n < 6 && s > 1 && text[s - 1] === ','; n++) {
    const comma = text.lastIndexOf(',', s - 2);
    const from = comma + 1;
    const chunk = text.slice(from, s - 1).trim();
    if (!chunk || CONNECTOR.test(chunk + ',') || /\d|đã/u.test(chunk)) break;
    if (chunk.split(/\s+/).length > 5 || /(?:cho biết|nhấn mạnh)/u.test(chunk)) {
      // "Thủ tướng nhấn mạnh người đứng đầu các bộ, ngành …": the list opens inside the chunk, at a party head.
      const head = partyTail(chunk);
      if (head !== null) s = from + (text.slice(from).length - text.slice(from).trimStart().length) + head;
      break;
    }
    if (!PARTY_HEAD.test(chunk) && !/^(?:các|những)\s/u.test(chunk) && !/^[\p{Ll}\s]+$/u.test(chunk)) break;
    s = from;
    if (comma < 0) break;
  }
  return s;
}

/**
 * Offset in `chunk` of a party phrase that follows a report verb ("Thủ tướng nhấn mạnh người đứng đầu các bộ" →
 * the offset of "người đứng đầu các bộ"), or null: a party head, at most 6 words.
 */
function partyTail(chunk: string): number | null {
  let at = -1;
  for (const m of chunk.matchAll(/(?<![\p{L}])(?:nhấn mạnh|lưu ý|nêu rõ|khẳng định|cho biết|kết luận|yêu cầu|đề nghị|chỉ đạo)(?:\s+rằng)?(?![\p{L}])\s*/gu)) at = (m.index ?? 0) + m[0].length;
  if (at < 0) return null;
  const tail = chunk.slice(at);
  if (tail.split(/\s+/).length > 6 || !PARTY_HEAD.test(tail) || NOT_PARTY.test(tail)) return null;
  if (/(?<![\p{L}])(?:cần|phải|sẽ|đang|đã|là|được|bị)(?![\p{L}])/u.test(tail)) return null;
  return at;
}

export function subjectBefore(text: string, at: number): string | null {
  const c = clauseStart(text, at);
  const first = text.slice(c, at).trim();
  const begin = first && PARTY_HEAD.test(first) ? listStart(text, c) : c;
  const s = text.slice(begin, at).replace(/^[\s"“(]+|[\s,]+$/g, '')
    .replace(/\s+(?:cũng|vẫn|thì|đều|sẽ|cần|phải|đã|lại|luôn|nhất định)$/iu, '');
  if (!s || s.split(/\s+/).length > 14 || /^(?:và|nhưng|để|nếu|khi|thì)$/iu.test(s)) return null;
  return s;
}

/** After an order verb: the addressee runs to the first action verb; the action follows it. */
export function addresseeAfter(text: string, from: number): { addressee: string | null; action: string | null; verb: boolean } {
  const rest = text.slice(from, from + WINDOW);
  ADDRESSEE_END_RE.lastIndex = 0;
  let m = ADDRESSEE_END_RE.exec(rest);
  // The addressee needs at least one word; skip an action word at the very start (it is then a noun).
  while (m && (!rest.slice(0, m.index).trim() || inName(rest, m.index) || inList(rest, m.index, m[0].length) || verbInWord(rest, m.index, m[0]))) m = ADDRESSEE_END_RE.exec(rest);
  if (!m || m.index > 160) return { addressee: null, action: clip(rest.split(/;|\.(?!\d)/)[0] ?? '', 12) || null, verb: false };
  const addressee = rest.slice(0, m.index).replace(/^[\s:,]+|[\s,:]+$/g, '');
  const action = clip((rest.slice(m.index).split(/;|\.(?!\d)/)[0] ?? ''), 12);
  return { addressee: addressee || null, action: action || null, verb: true };
}

export function actionAfter(text: string, from: number): string | null {
  return clip(text.slice(from, from + WINDOW).split(/;|\.(?!\d)/)[0] ?? '', 12) || null;
}

/** The party that speaks: words up to the first verb ("Ban Chấp hành … thống nhất …" → "Ban Chấp hành …"). */
export const ISSUER_END = /\s+(?:cũng|đã|vẫn|thống nhất|nhất trí|biểu quyết|tiếp tục|phát biểu|cho biết|nhấn mạnh|kết luận|chỉ đạo|ký|ban hành|có văn bản|vừa)(?![\p{L}]).*$/u;

export function issuerBefore(text: string, at: number): string | null {
  const head = before(text, at);
  const chunk = head.slice(head.lastIndexOf(',') + 1).trim();
  if (chunk && /^\p{Lu}/u.test(chunk) && chunk.split(/\s+/).length <= 14) return chunk.replace(ISSUER_END, '') || null;
  const lead = head.replace(/^[^,]*?(?=\p{Lu})/u, '').replace(ISSUER_END, '').trim();
  if (lead && PARTY_HEAD.test(lead) && lead.split(/\s+/).length <= 10) return lead;
  const t = PERSON_TITLE.exec(head);
  return t ? t[0].replace(ISSUER_END, '').trim() || null : null;
}

/** Orders passed on in the same sentence ("giao X chỉ đạo Y …", "…; chỉ đạo Z …"): their addressees join the first. */
export function chainedAddressees(t: string, from: number): string[] {
  const out: string[] = [];
  const re = new RegExp(ORDER_RE.source, 'giu');
  re.lastIndex = from;
  for (let m = re.exec(t); m && out.length < 3; m = re.exec(t)) {
    if (inName(t, m.index) || verbInWord(t, m.index, m[0]) || ORDER_NOUN_BEFORE.test(before(t, m.index, 40))) continue;
    if (/^\s*(?:của|này|đó|trên|như|tại|về|[,.;:]|$)/u.test(t.slice(m.index + m[0].length))) continue;
    const { addressee } = addresseeAfter(t, m.index + m[0].length);
    const a = addressee?.replace(/^(?:cho|đối với)\s+/u, '');
    if (a && (isActor(a) || /^(?:các|những)\s/u.test(a)) && a.split(/\s+/).length <= 20) out.push(a);
  }
  return out;
}

/** Further parties given their own task in the same sentence: "…, cơ sở đào tạo giáo viên thông báo …", "để các cơ sở … xây dựng". */
export function moreParties(t: string, from: number): string[] {
  const out: string[] = [];
  const re = /(?:,\s*|\s+để\s+)(?=\S)/gu;
  re.lastIndex = from;
  for (let m = re.exec(t); m && out.length < 3; m = re.exec(t)) {
    const seg = t.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (!PARTY_HEAD.test(seg) || NOT_PARTY.test(seg)) continue;
    ACTION_RE.lastIndex = 0;
    let v = ACTION_RE.exec(seg);
    while (v && inName(seg, v.index)) v = ACTION_RE.exec(seg);
    if (!v || v.index === 0) continue;
    const party = seg.slice(0, v.index).trim();
    if (party.split(/\s+/).length <= 8 && !/[,;\d]/u.test(party) && !PAST_OR_ONGOING.test(party)) out.push(party);
  }
  return out;
}

/** Can this subject act? A party noun, a proper name or acronym, or a pronoun. */
export function isActor(subject: string | null): boolean {
  if (!subject) return false;
  const s = subject.replace(/^(?:["“(]|theo đó|năm nay|năm \d{4}|hiện nay|đối với|với|riêng)[\s,]*/iu, '').trim();
  if (NOT_PARTY.test(s)) return false;
  if (PARTY_HEAD.test(s) || PRONOUN.test(s)) return true;
  // A list of parties ("thị xã, thành phố"): any listed party will do.
  if (s.includes(',') && s.split(',').some((c) => PARTY_HEAD.test(c.trim()))) return true;
  const first = s.split(/\s+/)[0] ?? '';
  // An acronym or a name with inner capitals (SHB, HĐQT, LienVietPostBank), or two capitalised words (An Giang).
  if (/^\p{Lu}[\p{L}&-]*\p{Lu}/u.test(first)) return true;
  return /^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(s);
}
