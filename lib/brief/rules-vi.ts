// Vietnamese directive rules. Each sentence is tried against the rules in order; the first that fires names it.
import {
  ACTION_RE, COMMIT_RE, CONNECTOR, verbInWord, IMPERATIVE_RE, MODAL_IDIOM, MODAL_NOT_AFTER, MODAL_NOT_BEFORE, MODAL_RE, PHAI_NOT_BEFORE,
  BELIEF, NOT_PARTY, ORDER_NOUN_BEFORE, ORDER_RE, PARTY_HEAD, PAST, PAST_OR_ONGOING, WILL_HEDGE, WILL_NOT_AFTER,
} from './lexicon-vi';
import {
  actionAfter, addresseeAfter, before as beforeAt, chainedAddressees, clauseStart, inList, inName, isActor, issuerBefore, moreParties, subjectBefore,
} from './clauses-vi';
import type { Sentence } from './text';

interface Ctx {
  addressee: string | null;
  issuer: string | null;
  para: number;
}

export interface Found {
  sentence: Sentence;
  rule: string;
  issuer: string | null;
  addressee: string | null;
  action: string | null;
}

export { isActor };

const WEAK_COMMIT = /^(?:kế hoạch|mục tiêu|trình|thông qua|muốn|chủ trương)$/iu;
/** Finds the directives of a Vietnamese article, sentence by sentence. */
export function findDirectivesVi(sentences: Sentence[], hasTarget: (s: Sentence) => boolean): Found[] {
  const out: Found[] = [];
  let ctx = null as Ctx | null;
  for (const s of sentences) {
    const f = classify(s, ctx, hasTarget);
    if (!f) continue;
    if (f.addressee && (f.rule === 'vi.party-task' || f.rule === 'vi.commitment')) {
      const more = moreParties(s.text, Math.max(0, s.text.indexOf(f.addressee) + f.addressee.length));
      if (more.length) f.addressee = [f.addressee, ...more].join('; ');
    }
    out.push(f);
    // A pronoun ("họ") never carries over to the next instruction.
    if (f.addressee && /^(?:họ|ông|bà|anh|chị|tôi|các)$/iu.test(f.addressee.trim())) f.addressee = null;
    ctx = { addressee: f.addressee ?? ctx?.addressee ?? null, issuer: f.issuer ?? ctx?.issuer ?? null, para: s.para };
  }
  return out;
}

const PHOTO_CAPTION = /\((?:Ảnh|ảnh|Ảnh minh họa|Ảnh minh hoạ)\s*[:)]/u;

function classify(s: Sentence, ctx: Ctx | null, hasTarget: (s: Sentence) => boolean): Found | null {
  const t = s.text;
  if (t.length < 20 || t.endsWith('?') || !/\p{Ll}/u.test(t)) return null;
  // A heading or caption (a short line without closing punctuation) states a topic, not an instruction.
  if (s.indexInPara === 0 && !/[.!?…"”)]\s*-?$/u.test(t) && t.split(/\s+/).length < 12) return null;
  const near = ctx && s.para - ctx.para <= 2 ? ctx : null;

  // A sentence that opens with an action ("Khẩn trương chuẩn bị …, giao cho quân đội …") continues the instruction in force.
  const opening = t.slice(CONNECTOR.exec(t)?.[0].length ?? 0);
  if (near && IMPERATIVE_RE.test(opening) && !/^(?:yêu cầu|đề nghị|giao|chỉ đạo|cần|phải|nghiêm cấm)/iu.test(opening) && !PAST.test(opening.slice(0, 30))) {
    return { sentence: s, rule: 'vi.continuation', issuer: near.issuer, addressee: near.addressee, action: actionAfter(opening, 0) };
  }

  // vi.order: "X yêu cầu/đề nghị/giao Y làm Z" — Y must be a party and an action must follow.
  ORDER_RE.lastIndex = 0;
  for (let m = ORDER_RE.exec(t); m; m = ORDER_RE.exec(t)) {
    const before = beforeAt(t, m.index);
    // "X cần tập trung …; chỉ đạo …": the duty comes first, the later verb is part of its action.
    if (/(?<![\p{L}])(?:cần|phải)(?![\p{L}])/u.test(before) && !/(?:không|chưa)\s+(?:cần|phải)/u.test(before)) break;
    // "không có nhân viên nào yêu cầu …": a denied order is not an order.
    if (/(?:không có|không bao giờ|chưa từng|chưa hề|không hề|không)\s+(?:[^\s,;]+\s+){0,8}$/u.test(before) && /(?<![\p{L}])(?:không có|không bao giờ|chưa từng|chưa hề|không hề)(?![\p{L}])/u.test(t.slice(clauseStart(t, m.index), m.index))) continue;
    if (inName(t, m.index) || ORDER_NOUN_BEFORE.test(before) || verbInWord(t, m.index, m[0]) || /bị\s+$/u.test(before)) continue;
    // "X buộc phải nghỉ thi đấu": X is forced by circumstance; "buộc X phải …" is the order.
    if (/^buộc\s+phải(?![\p{L}])/iu.test(t.slice(m.index))) continue;
    const tail = t.slice(m.index + m[0].length);
    // "Bộ trưởng đề nghị, cần …" / "yêu cầu: …": the content follows the frame; the addressee is implied.
    if (/^\s*[,:]\s*\S/u.test(tail) && /^(?:yêu cầu|đề nghị|chỉ đạo|kêu gọi)$/iu.test(m[0]) && isActor(subjectBefore(t, m.index))) {
      return { sentence: s, rule: 'vi.order.framed', issuer: subjectBefore(t, m.index), addressee: near?.addressee ?? null, action: actionAfter(t, m.index + m[0].length + 2) };
    }
    if (/^\s*(?:của|này|đó|trên|như|tại|về|[,.;:]|$)/u.test(tail)) continue;
    const subj = /[,;:]\s*$/u.test(before) ? null : subjectBefore(t, m.index);
    // A thing right before the verb makes it nominal or passive ("kinh phí giao cho tỉnh"): not an order.
    if (subj && !isActor(subj) && !/\s\p{Lu}/u.test(subj)) continue;
    // "cần tập trung chỉ đạo …": the verb is the action of a duty, not an order to someone else.
    if (/(?:cần|phải|tập trung|tiếp tục|sẽ|để|nhằm|trong|công tác)\s+$/iu.test(before)) continue;
    if (/được\s+$/u.test(before)) {
      if (!isActor(subj)) continue;
      return { sentence: s, rule: 'vi.order.passive', issuer: near?.issuer ?? null, addressee: subj, action: actionAfter(t, m.index + m[0].length) };
    }
    // "yêu cầu giám sát, cách ly …": the action comes first, the addressee is implied.
    ACTION_RE.lastIndex = 0;
    const direct = ACTION_RE.exec(tail.trimStart());
    if (direct && direct.index === 0 && !/^(?:giao|chỉ đạo|yêu cầu|đề nghị)/iu.test(tail.trimStart())) {
      // The party may be named up front ("Với tỉnh Hà Nam, …") or as the recipient ("văn bản gửi X yêu cầu …").
      const upfront = /^(?:đối với|với|riêng)\s+([^,]{3,160}),/iu.exec(t)?.[1] ??
        /(?:gửi|tới|đến)\s+((?:\p{Lu}|các\s)[^;]{2,80}?)\s*$/u.exec(before)?.[1] ?? null;
      return { sentence: s, rule: 'vi.order', issuer: issuerBefore(t, m.index), addressee: upfront ?? near?.addressee ?? null, action: actionAfter(tail, 0) };
    }
    const { addressee, action, verb } = addresseeAfter(t, m.index + m[0].length);
    const cleaned = addressee?.replace(/^(?:cho|đối với)\s+/u, '') ?? null;
    // No action verb after the order word: it is an adjective or a noun ("khẩu trang bắt buộc").
    // Mid-sentence, one capitalised word after the order verb is a name ("yêu cầu Nga hợp tác").
    if (!verb || !action || (cleaned && !isActor(cleaned) && !/^(?:các|những|mọi)\s/u.test(cleaned) && !/^\p{Lu}\p{Ll}+$/u.test(cleaned))) continue;
    const all = cleaned ? [cleaned, ...chainedAddressees(t, m.index + m[0].length + (addressee?.length ?? 0))] : [];
    return { sentence: s, rule: 'vi.order', issuer: issuerBefore(t, m.index), addressee: all.length ? all.join('; ') : near?.addressee ?? null, action };
  }

  const pastBefore = (i: number) => PAST.test(t.slice(clauseStart(t, i), i));

  // vi.modal: "X cần/phải …" puts a duty on X; without a subject it continues the instruction in force.
  MODAL_RE.lastIndex = 0;
  for (let m = MODAL_RE.exec(t); m; m = MODAL_RE.exec(t)) {
    const after = t.slice(m.index);
    // "Cần Thơ", "Cần Giờ": a capitalised "Cần" inside a sentence is a place name.
    if (inName(t, m.index) || MODAL_NOT_AFTER.test(after) || MODAL_IDIOM.test(after) || MODAL_NOT_BEFORE.test(beforeAt(t, m.index, 40))) continue;
    if (/^phải$/iu.test(m[0]) && PHAI_NOT_BEFORE.test(beforeAt(t, m.index, 40))) continue;
    if (pastBefore(m.index)) continue;
    let subject = subjectBefore(t, m.index);
    // "Đối với các trường hợp F2 cần …": a topic that is not a party; the party is the one already instructed.
    if (subject && /^(?:đối với|với)\s/iu.test(subject) && !isActor(subject) && near) subject = null;
    const head = beforeAt(t, m.index);
    const framed = !subject && /(?:cho biết|cho hay|nhấn mạnh|khẳng định|lưu ý|nêu rõ|đề nghị|yêu cầu|theo [^,]{2,40}),\s*$/iu.test(head);
    // A subject-less "Cần …" quoted from someone and attributed after ("…", X nói.) is an opinion, not an order.
    if (!subject && /["”]\s*,\s*[^,]{2,60}(?:nói|cho biết|chia sẻ|đề xuất|kiến nghị)\.?$/u.test(t)) continue;
    if (subject ? !isActor(subject) : !(framed || near)) continue;
    // "phải chịu trách nhiệm trước …": bearing the responsibility is the action itself.
    const actionAt = /^chịu trách nhiệm$/iu.test(m[0]) ? m.index : m.index + m[0].length;
    return { sentence: s, rule: 'vi.modal', issuer: near?.issuer ?? null, addressee: subject ?? near?.addressee ?? null, action: actionAfter(t, actionAt) };
  }

  // vi.commitment: "X phấn đấu/quyết tâm/sẽ/dự kiến …" by an actor; plan nouns only count when a target is set.
  COMMIT_RE.lastIndex = 0;
  for (let m = COMMIT_RE.exec(t); m; m = COMMIT_RE.exec(t)) {
    const word = m[0].toLowerCase();
    const adopted = /^(?:trình|thông qua)$/u.test(word) && /phương án|kế hoạch|chỉ tiêu|mục tiêu|nghị quyết/iu.test(t);
    if (WEAK_COMMIT.test(word) && !hasTarget(s) && !adopted) continue;
    if (verbInWord(t, m.index, word)) continue; // "trình độ", "chương trình": not "trình" (submit)
    if (!adopted && pastBefore(m.index)) continue;
    if (word === 'sẽ' && (WILL_HEDGE.test(beforeAt(t, m.index, 40)) || WILL_NOT_AFTER.test(t.slice(m.index)))) continue;
    const subject = subjectBefore(t, m.index);
    if (!isActor(subject) || /(?:thì|nếu|khi)\s/iu.test(subject ?? '') || BELIEF.test(subject ?? '')) continue;
    return { sentence: s, rule: 'vi.commitment', issuer: null, addressee: subject, action: actionAfter(t, m.index + m[0].length) };
  }

  // vi.addressed: "Với/Đối với X, thần tốc truy vết …" — the party named up front, then the instruction.
  const addressed = /^(?:đối với|với|riêng)\s+/iu.exec(t);
  if (addressed) {
    for (let i = t.indexOf(','), n = 0; i > 0 && i < 240 && n < 4; i = t.indexOf(',', i + 1), n++) {
      const party = t.slice(addressed[0].length, i).trim();
      if (IMPERATIVE_RE.test(t.slice(i + 1).trimStart()) && isActor(party)) {
        return { sentence: s, rule: 'vi.addressed', issuer: near?.issuer ?? null, addressee: party, action: actionAfter(t, i + 1) };
      }
    }
  }

  // vi.party-task: "UBND cấp tỉnh tổ chức …" — a party then a task verb, at the start or after a lead-in clause.
  // Not in a photo caption ("Người dân tập trung tiêm vắc xin … (Ảnh: Reuters)."): it describes the picture.
  if (PHOTO_CAPTION.test(t)) return null;
  const c0 = CONNECTOR.exec(t);
  const body0 = c0 ? c0[0].length : 0;
  // Candidate subject starts: the sentence, then after each of the first commas (a lead-in clause) or a report frame.
  const starts = [body0];
  for (let i = t.indexOf(',', body0), n = 0; i > 0 && i < 220 && n < 3; i = t.indexOf(',', i + 1), n++) starts.push(i + 1);
  for (const at of starts) {
    const body = t.slice(at).trimStart();
    if (!PARTY_HEAD.test(body) || NOT_PARTY.test(body)) continue;
    ACTION_RE.lastIndex = 0;
    let v = ACTION_RE.exec(body);
    while (v && (inName(body, v.index) || inList(body, v.index, v[0].length) || verbInWord(body, v.index, v[0]))) v = ACTION_RE.exec(body);
    if (!v || v.index === 0 || v.index > 90) continue;
    const subject = body.slice(0, v.index);
    // A lone head before a verb is usually a name ("Đoàn kiểm tra", "Cục Quản lý"), a lead-in in the past a report.
    if (/^(?:đoàn|cục|ban|tổ|hội đồng|văn phòng|viện|trung tâm|ủy ban|uỷ ban|tổng cục)\s*$/iu.test(subject.trim())) continue;
    if (at > body0 && PAST.test(t.slice(body0, at))) continue;
    if (/(?<![\p{L}])(?:nhưng|mà|nếu|khi|do|vì|với|rất|đồng ý|khó khăn|mong)(?![\p{L}])/u.test(subject)) continue;
    // A modal here was already weighed (and turned down) by vi.modal: "người dùng không phải là …".
    if (/^(?:cần|phải|không được|không để|nên)$/iu.test(v[0])) continue;
    if (PAST_OR_ONGOING.test(subject) || /(?:khẳng định|cho biết|cho hay|cho rằng|thông tin|nói|chia sẻ|đánh giá|nhận định|đề cập|chưa)/u.test(subject) || /(?:của|và)\s+$/u.test(subject) || /[\d;]|(?:sẽ|cần|phải)\s/u.test(subject)) continue;
    if (PAST.test(body.slice(0, v.index + 40))) continue;
    // "X tổ chức hội nghị", "Ngày 29/4, X …": an event report, not a task.
    if (/^đưa ra\s/u.test(body.slice(v.index))) continue; // "Bộ đưa ra 2 hệ thống": presents, does not act on an order
    if (/^(?:chủ trì|tổ chức)\s+(?:họp|hội nghị|cuộc|buổi|lễ|phiên|đại hội|hội thảo|tọa đàm|kỳ)/iu.test(body.slice(v.index))) continue;
    if (at > body0 && /\d{1,2}\/\d{1,2}|(?:sáng|chiều|tối) nay|hôm (?:nay|qua)/u.test(t.slice(body0, at))) continue;
    let addressee = subject.replace(/[\s,]+$/u, '');
    if (addressee.split(/\s+/).length > 12) continue;
    const sent = /^(?:ban hành|gửi)\s[^;]*?\sgửi\s+((?:\p{Lu}|các\s)[^;.]{2,100}?)(?:\s+(?:yêu cầu|đề nghị|về)\s|[;.]|$)/u.exec(body.slice(v.index));
    if (sent) addressee = sent[1]!.trim();
    return { sentence: s, rule: 'vi.party-task', issuer: near?.issuer ?? null, addressee, action: actionAfter(body, v.index) };
  }

  // vi.continuation: "Tăng cường …", "Đồng thời, xây dựng …" right after an instruction.
  const body = t.slice(body0);
  const quotedOpinion = /["”]\s*,\s*[^,]{2,60}(?:nói|cho biết|chia sẻ|đề xuất|kiến nghị)\.?$/u.test(t);
  if (near && !quotedOpinion && IMPERATIVE_RE.test(body) && !PAST.test(body.slice(0, 30))) {
    return { sentence: s, rule: 'vi.continuation', issuer: near.issuer, addressee: near.addressee, action: actionAfter(body, 0) };
  }
  return null;
}
