// Vietnamese directive rules. Each sentence is tried against the rules in order; the first that fires names it.
import {
  ACTION_RE, COMMIT_RE, CONNECTOR, GIAO_NOT, IMPERATIVE_RE, MODAL_NOT_AFTER, MODAL_NOT_BEFORE, MODAL_RE,
  ORDER_NOUN_BEFORE, ORDER_RE, PARTY_HEAD, PAST, REPORT_FRAME,
} from './lexicon-vi';
import { clip, type Sentence } from './text';

export interface Found {
  sentence: Sentence;
  rule: string;
  issuer: string | null;
  addressee: string | null;
  action: string | null;
}

const WEAK_COMMIT = /^(?:kế hoạch|mục tiêu|trình|thông qua|muốn|chủ trương)$/iu;
const PERSON_TITLE = /(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Bí thư|Giám đốc|Tổng Giám đốc|Trưởng ban|Chánh|Tổng Bí thư|Chủ nhiệm|Ban Chấp hành|Ban Thường vụ|Bộ|UBND|Ủy ban|Sở|Thường trực)[^,.;:]{0,60}/u;

/** Strips a leading connector and any "X cho biết, " frame; returns the offset where the clause proper starts. */
function clauseStart(text: string, upTo: number): number {
  let start = 0;
  const head = text.slice(0, upTo);
  const c = CONNECTOR.exec(head);
  if (c) start = c[0].length;
  REPORT_FRAME.lastIndex = 0;
  for (let m = REPORT_FRAME.exec(head); m; m = REPORT_FRAME.exec(head)) start = Math.max(start, m.index + m[0].length);
  // The subject begins after the last comma before the trigger, unless that leaves nothing.
  const lastComma = head.lastIndexOf(',');
  if (lastComma >= start && head.slice(lastComma + 1).trim()) start = lastComma + 1;
  return start;
}

function subjectBefore(text: string, at: number): string | null {
  const s = text.slice(clauseStart(text, at), at).replace(/^[\s"“(]+|[\s,]+$/g, '')
    .replace(/\s+(?:cũng|vẫn|thì|đều|sẽ|cần|phải|đã|lại|luôn|nhất định)$/iu, '');
  if (!s || s.split(/\s+/).length > 14 || /^(?:và|nhưng|để|nếu|khi|thì)$/iu.test(s)) return null;
  return s;
}

/** After an order verb: the addressee runs to the first action verb; the action follows it. */
function addresseeAfter(text: string, from: number): { addressee: string | null; action: string | null } {
  const rest = text.slice(from);
  ACTION_RE.lastIndex = 0;
  let m = ACTION_RE.exec(rest);
  // The addressee needs at least one word; skip an action word at the very start (it is then a noun).
  while (m && !rest.slice(0, m.index).trim()) m = ACTION_RE.exec(rest);
  if (!m || m.index > 160) return { addressee: null, action: clip(rest.split(/[;.]/)[0] ?? '', 12) || null };
  const addressee = rest.slice(0, m.index).replace(/^[\s:,]+|[\s,:]+$/g, '');
  const action = clip((rest.slice(m.index).split(/[;.]/)[0] ?? ''), 12);
  return { addressee: addressee || null, action: action || null };
}

function actionAfter(text: string, from: number): string | null {
  return clip(text.slice(from).split(/[;.]/)[0] ?? '', 12) || null;
}

function issuerBefore(text: string, at: number): string | null {
  const before = text.slice(0, at);
  const chunk = before.slice(before.lastIndexOf(',') + 1).trim();
  if (chunk && /^\p{Lu}/u.test(chunk) && chunk.split(/\s+/).length <= 14) return chunk.replace(/\s+(?:cũng|đã|vẫn)$/u, '');
  const t = PERSON_TITLE.exec(before);
  return t ? t[0].trim() : null;
}

/** Finds the directives of a Vietnamese article, sentence by sentence. */
export function findDirectivesVi(sentences: Sentence[], hasTarget: (s: Sentence) => boolean): Found[] {
  const out: Found[] = [];
  let ctx: { addressee: string | null; issuer: string | null; para: number } | null = null;
  for (const s of sentences) {
    const f = classify(s, ctx, hasTarget);
    if (!f) continue;
    out.push(f);
    ctx = { addressee: f.addressee ?? ctx?.addressee ?? null, issuer: f.issuer ?? ctx?.issuer ?? null, para: s.para };
  }
  return out;
}

function classify(
  s: Sentence,
  ctx: { addressee: string | null; issuer: string | null; para: number } | null,
  hasTarget: (s: Sentence) => boolean,
): Found | null {
  const t = s.text;
  if (t.length < 20 || t.endsWith('?') || !/\p{Ll}/u.test(t)) return null;
  const near = ctx && s.para - ctx.para <= 2 ? ctx : null;

  // vi.order: "X yêu cầu/đề nghị/giao Y làm Z".
  ORDER_RE.lastIndex = 0;
  for (let m = ORDER_RE.exec(t); m; m = ORDER_RE.exec(t)) {
    const before = t.slice(0, m.index);
    const after = t.slice(m.index);
    if (ORDER_NOUN_BEFORE.test(before) || GIAO_NOT.test(after)) continue;
    const tail = t.slice(m.index + m[0].length);
    if (/^\s*(?:của|này|đó|trên|như|[,.;:]|$)/u.test(tail)) continue;
    if (/được\s+$/u.test(before)) {
      // Passive: "X được yêu cầu …" — X must act.
      return { sentence: s, rule: 'vi.order.passive', issuer: near?.issuer ?? null, addressee: subjectBefore(t, m.index - 0) , action: actionAfter(t, m.index + m[0].length) };
    }
    const { addressee, action } = addresseeAfter(t, m.index + m[0].length);
    return { sentence: s, rule: 'vi.order', issuer: issuerBefore(t, m.index), addressee: addressee ?? near?.addressee ?? null, action };
  }

  const pastBefore = (i: number) => PAST.test(t.slice(clauseStart(t, i), i));

  // vi.modal: "X cần/phải …" puts a duty on X (or on the party of the instruction being continued).
  MODAL_RE.lastIndex = 0;
  for (let m = MODAL_RE.exec(t); m; m = MODAL_RE.exec(t)) {
    if (MODAL_NOT_AFTER.test(t.slice(m.index)) || MODAL_NOT_BEFORE.test(t.slice(0, m.index))) continue;
    if (pastBefore(m.index)) continue;
    const subject = subjectBefore(t, m.index);
    return { sentence: s, rule: 'vi.modal', issuer: near?.issuer ?? null, addressee: subject ?? near?.addressee ?? null, action: actionAfter(t, m.index + m[0].length) };
  }

  // vi.commitment: "X phấn đấu/quyết tâm/sẽ/dự kiến …"; plan nouns only count when a target is set.
  COMMIT_RE.lastIndex = 0;
  for (let m = COMMIT_RE.exec(t); m; m = COMMIT_RE.exec(t)) {
    if (WEAK_COMMIT.test(m[0]) && !hasTarget(s)) continue;
    if (pastBefore(m.index)) continue;
    if (/^sẽ$/iu.test(m[0]) && /(?:có thể|liệu|chắc|không biết)\s+$/iu.test(t.slice(0, m.index))) continue;
    const subject = subjectBefore(t, m.index);
    return { sentence: s, rule: 'vi.commitment', issuer: null, addressee: subject ?? near?.addressee ?? null, action: actionAfter(t, m.index + m[0].length) };
  }

  // vi.party-task: "UBND cấp tỉnh tổ chức …", "Các cấp ủy … tiếp tục tăng cường …" — a party then a task verb.
  const c0 = CONNECTOR.exec(t);
  const body0 = c0 ? c0[0].length : 0;
  const body = t.slice(body0);
  if (PARTY_HEAD.test(body)) {
    ACTION_RE.lastIndex = 0;
    const v = ACTION_RE.exec(body);
    if (v && v.index > 0 && v.index < 90 && !PAST.test(body.slice(0, v.index)) && !/(?:được|là|của|và)\s+$/u.test(body.slice(0, v.index))) {
      const addressee = body.slice(0, v.index).replace(/[\s,]+$/u, '');
      if (addressee.split(/\s+/).length <= 12 && !/[,;:]/u.test(addressee.slice(0, -1).replace(/,\s*(?=\p{Ll})/gu, ''))) {
        return { sentence: s, rule: 'vi.party-task', issuer: near?.issuer ?? null, addressee, action: actionAfter(body, v.index) };
      }
    }
  }

  // vi.continuation: "Tăng cường …", "Đồng thời, xây dựng …" right after an instruction.
  if (near && IMPERATIVE_RE.test(body) && !PAST.test(body.slice(0, 30))) {
    return { sentence: s, rule: 'vi.continuation', issuer: near.issuer, addressee: near.addressee, action: actionAfter(body, 0) };
  }
  return null;
}
