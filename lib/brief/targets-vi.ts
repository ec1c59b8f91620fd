// Vietnamese target rules: quantities set as goals and deadlines of required actions.
import { yearFor, type DateContext } from './dates';
import { dmyToIso, monthEndIso, parseViNumber, quarterEnd, romanToInt } from './numbers';
import { clip, type Sentence } from './text';

export interface TargetHit {
  start: number; // offsets inside the sentence
  end: number;
  kind: 'quantity' | 'deadline';
  rule: string;
  metric: string | null;
  comparator: '>=' | '>' | '<=' | '<' | '=' | '~';
  value: number | string;
  unit: string | null;
  by: string | null;
}

const L = String.raw`\p{L}\p{N}`;
// "165. 434" (a stray space after the thousands dot) occurs in real copy; keep it one number.
const NUM = String.raw`\d{1,3}(?:\.\s?\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const QUAL_WORDS = String.raw`từ|bình quân|tối thiểu|tối đa|ít nhất|không quá|không vượt quá|không dưới|không thấp hơn|trên|dưới|hơn|gần|khoảng|xấp xỉ|lên tới|lên đến|tới|vượt`;
const SCALE = String.raw`nghìn tỷ|ngàn tỷ|tỷ|triệu|nghìn|ngàn`;
const CURRENCY = String.raw`đồng|USD|usd|đô la|cổ phiếu|cổ phần|trái phiếu`;
const COUNT_UNIT = String.raw`người|học sinh|sinh viên|giáo viên|nhân khẩu|hộ|nhà đầu tư|doanh nghiệp|căn hộ|km|ha|tấn|MW|liều|mẫu|giường|lần|điểm|đơn vị|trường|phòng học|cơ sở|dự án|công trình|chi nhánh|phòng giao dịch|việc làm|lao động|xe|chuyến|cán bộ|biên chế`;
/** The verb that introduces the value: part of the span so the item reads "tăng 17%", not "17%". */
const LEAD = String.raw`tăng trưởng|tăng thêm|tăng|giảm|đạt|lên|xuống|là|chia|dự kiến|tỷ lệ|còn|thêm`;
/** A quantity: optional qualifiers, the number, then a unit (% / scale + currency / counted noun). */
const QTY_RE = new RegExp(
  String.raw`(?<![${L}/.,])((?:(?:${LEAD})\s+)?(?:(?:${QUAL_WORDS})\s+(?:(?:đạt|là|mức|ở mức)\s+)?)*)(${NUM})(?![\d/]|[.,]\d)(\s*%|\s+(?:(?:${SCALE})(?:\s+(?:${CURRENCY}))?|USD|${COUNT_UNIT})(?![${L}]))?(\s+(?:trở lên|trở xuống|trở lại)(?![${L}]))?`,
  'giu',
);
/** Numbers that name things (documents, patients, sessions) or count years/ages rather than goals. */
const NAMING_BEFORE = /(?<![\p{L}/])(?:số|nghị định|nđ|điều|khoản|khóa|khoá|lần thứ|bệnh nhân|bn|ca bệnh|ca|chuyến bay|mã|chỉ thị|quyết định|công điện|thông tư|sinh năm|năm|tháng|ngày|quý|giai đoạn|nhiệm kỳ|top|covid|lớp|phòng|tầng|đường|quốc lộ|km|thứ)\s*$/iu;

/** Sentence marks of a goal, plan or requirement (RUBRIC: goal context, planned verbs). */
// Syllables are words in Vietnamese: "trình" inside "chương trình" (programme) and "thông qua" meaning "via",
// "sẽ" predicting an effect ("sẽ ngăn ngừa 76%") are not plans, hence the guards.
const GOAL = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu|kế hoạch|phấn đấu|dự kiến|sẽ(?=\s+(?:(?:tiếp tục|cũng|vẫn|chỉ|sớm)\s+)?(?:tăng|giảm|đạt|lên|chi trả|chia|phát hành|chào bán|trình|giải ngân|đầu tư|hoàn thành|tuyển|xây dựng|nâng|đưa|chốt|bán|mua|cắt giảm|hỗ trợ|cấp|dành|bố trí))|tối thiểu|tối đa|không quá|không vượt quá|đặt ra|(?<!(?:chương|quá|công|tờ|giải|tiến|đệ|phương|lộ|biểu|thuyết|lập|hành|kiến)\s)trình(?!\s+(?:độ|bày|diễn|chiếu|duyệt web))|thông qua(?!\s+(?:việc|các|hình thức|kênh|mạng|đó|này|những|sự|hoạt động|chương|website|ứng dụng))|phương án|kịch bản|quyết tâm|cam kết|định hướng|lộ trình|sẵn sàng)(?![\p{L}])/iu;
const GOAL_G = new RegExp(GOAL.source, 'giu');
/** Marks of a reported result, even inside a plan sentence. */
/** Marks of a reported result or a condition: the nearest of these or a GOAL word before a number decides. */
const REPORTED_G = /(?<![\p{L}])(?:đã|ghi nhận|vừa qua|cùng kỳ năm trước|năm ngoái|hiện(?!\s+(?:hữu|đại|thực|trạng|tượng|diện|hành))|thực hiện được|đạt được|sau khi đạt|hoàn thành|trường hợp|nếu|báo lãi|thiếu|quy định|có lúc|ước tính|đến nay|tính đến)(?![\p{L}])/giu;

/** "bằng 91,2% kế hoạch", "vượt kế hoạch", "so với chỉ tiêu": the plan as a yardstick of progress, not a goal set. */
const PLAN_AS_YARDSTICK = /(?:%|(?<![\p{L}])(?:so với|vượt|bằng|hoàn thành|đạt))\s*$/iu;
/** A clause framed by a year ("Năm 2024, …", "Kết thúc năm 2024, …", "Trong năm 2024, …"). */
const YEAR_FRAME_G = /(?:^|[,;:]\s*)(?:(?:trong|cả|riêng|kết thúc|hết|cuối|lũy kế|luỹ kế)\s+)?năm\s+(20\d\d)(?:\s*,|(?<=^\S+\s+\d{4})\s+(?=\p{Ll}))/giu;

type Mark = { at: number; goal: boolean };
/**
 * Goal and report marks of a sentence, sorted: one pass per sentence, then binary searches per number.
 * A clause framed by a year before the article's own ("Năm 2024, …" in a 2025 article) reports results; the
 * nearest-mark rule lets the clauses after it (up to a goal word) inherit that framing, across semicolons too.
 */
function markers(t: string, dates?: DateContext): Mark[] {
  const out: Mark[] = [];
  for (const m of t.matchAll(GOAL_G)) {
    const at = m.index ?? 0;
    if (/^(?:kế hoạch|chỉ tiêu)$/iu.test(m[0]) && PLAN_AS_YARDSTICK.test(t.slice(Math.max(0, at - 16), at))) continue;
    out.push({ at, goal: true });
  }
  for (const m of t.matchAll(REPORTED_G)) {
    const at = m.index ?? 0;
    // "dự kiến phát hành và hoàn thành là trong năm 2021": completion planned, not reported.
    if (/^hoàn thành$/iu.test(m[0]) && /(?<![\p{L}])(?:dự kiến|sẽ|cần|phải|phấn đấu|kế hoạch|mục tiêu|yêu cầu|đề nghị|giao)(?![\p{L}])[^,;.]{0,40}$/iu.test(t.slice(Math.max(0, at - 60), at))) continue;
    out.push({ at, goal: false });
  }
  const ref = dates?.refYear;
  if (ref) for (const m of t.matchAll(YEAR_FRAME_G)) if (Number(m[1]) < ref) out.push({ at: m.index ?? 0, goal: false });
  return out.sort((a, b) => a.at - b.at);
}
/** Index of the last mark strictly before `at`, or -1. */
function lastBefore(marks: Mark[], at: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
function nearGoal(marks: Mark[], at: number, within: number): boolean {
  for (let i = lastBefore(marks, at); i >= 0 && at - marks[i]!.at <= within; i--) if (marks[i]!.goal) return true;
  return false;
}
/** Is the nearest mark before `at` a report or a condition rather than a goal? */
function reportedAt(marks: Mark[], at: number): boolean {
  const i = lastBefore(marks, at);
  return i >= 0 && !marks[i]!.goal;
}

const QUAL_CMP: [RegExp, TargetHit['comparator']][] = [
  [/(?:tối thiểu|ít nhất|không dưới|không thấp hơn)\s*(?:(?:đạt|là|mức|ở mức)\s+)?$/iu, '>='],
  [/(?:tối đa|không quá|không vượt quá|lên tới|lên đến|tới)\s*(?:(?:đạt|là|mức|ở mức)\s+)?$/iu, '<='],
  [/(?:trên|hơn|vượt)\s*(?:(?:đạt|là|mức|ở mức)\s+)?$/iu, '>'],
  [/dưới\s*(?:(?:đạt|là|mức|ở mức)\s+)?$/iu, '<'],
  [/(?:khoảng|gần|xấp xỉ)\s*(?:(?:đạt|là|mức|ở mức)\s+)?$/iu, '~'],
];

/** Deadlines also count in plan sentences that are not directives ("Thời gian dự kiến trong quý III/2021"). */
export const PLAN_SENTENCE = /(?<![\p{L}])(?:dự kiến|kế hoạch|mục tiêu|phấn đấu|chỉ tiêu|lộ trình)(?![\p{L}])/iu;

const YEAR_G = /(?:năm|đến|trong)\s+(20\d\d)(?!\d)/giu;

/** Up to the last goal or order word: what comes before it is the party, not the measure. */
const METRIC_AFTER = /^.*(?<![\p{L}])(?:phấn đấu|đặt mục tiêu|đặt kế hoạch|lên kế hoạch|có kế hoạch|mục tiêu là|mục tiêu|chỉ tiêu là|kế hoạch là|dự kiến|quyết tâm|cam kết|yêu cầu|đề nghị|giao|cần|phải|sẽ|nhằm|để)(?![\p{L}])\s*/iu;
/** A deadline phrase opening the measure ("đến năm 2025 đưa vào khai thác"). */
const METRIC_DEADLINE = /^(?:(?:đến|trong|trước|đến hết|đến cuối|cuối)\s+(?:năm\s+)?20\d\d|(?:năm|trong năm)\s+20\d\d\s*,)\s*/iu;
/** Verbs and qualifiers that introduce the value: not part of the measure. */
const METRIC_TAIL = /(?<![\p{L}])(?:tăng thêm|tăng|giảm|đạt|lên|xuống|là|còn|ở mức|khoảng|mức|từ|đến|tối thiểu|tối đa|ít nhất|trên|dưới|hơn|gần|xấp xỉ|bình quân|không quá|không vượt quá|không dưới|vượt|lên tới|lên đến|tới)\s*$/iu;
const METRIC_WORDS = 14;

/** The measure a value is set for: the words before it, cut at punctuation and goal words, whole words only. */
function metricBefore(t: string, at: number): string | null {
  const head = t.slice(Math.max(0, at - 200), at);
  // The clause starts after the last punctuation mark that is not a decimal comma ("4,25%").
  let cut = -1;
  for (const p of head.matchAll(/[;:(]|,(?!\d)/g)) cut = p.index ?? cut;
  const clause = head.slice(cut + 1);
  // Another value before this one ends its own measure ("đạt 5% và …"); when nothing is left between them, as in
  // "giảm lãi suất từ 6%/năm xuống 5%" or "từ 25% đến 30%", they share the measure of the earlier one.
  const values = [...clause.matchAll(/\d[\d.,]*\s*%(?:\/\p{L}+)?|\d[\d.,]*\s+(?:nghìn tỷ|tỷ|triệu|nghìn)(?:\s+đồng)?(?![\p{L}])/gu)]
    .map((v) => ({ start: v.index ?? 0, end: (v.index ?? 0) + v[0].length }));
  let all: string[] = [];
  let valueStart = -1;
  for (let i = values.length - 1; i >= 0 && !all.length; i--) {
    all = measure(clause.slice(values[i]!.end, values[i + 1]?.start ?? clause.length).replace(/^[\s,;]*(?:và|cùng|hoặc|đồng thời)?\s*/u, ''));
    valueStart = values[i]!.start;
  }
  if (!all.length) all = measure(valueStart >= 0 ? clause.slice(0, valueStart) : clause);
  // A window that started inside a word drops that fragment.
  if (cut < 0 && at > 200 && valueStart < 0 && all.length) all.shift();
  const out = all.slice(-METRIC_WORDS).join(' ').replace(/^[\s,;:–-]+|[\s,;:.–-]+$/g, '');
  return out || null;
}

/** The words of a measure: after the last goal word, without a leading deadline or trailing value verbs. */
function measure(s: string): string[] {
  let m = s.replace(METRIC_AFTER, '').replace(METRIC_DEADLINE, '');
  for (let i = 0, prev = ''; i < 4 && prev !== m; i++) {
    prev = m;
    m = m.replace(METRIC_TAIL, '').trimEnd();
  }
  return m.trim().split(/\s+/).filter(Boolean);
}

function yearBefore(t: string, years: { at: number; y: string }[], at: number): string | null {
  const clause = Math.max(t.lastIndexOf(';', at), -1);
  let found: string | null = null;
  for (const y of years) if (y.at < at && y.at > clause) found = y.y;
  return found;
}

const MONEY = /(?:đồng|USD|đô la|đô|bảng|euro|EUR|yên|nhân dân tệ|tệ|won|tỷ|triệu|nghìn|ngàn)$/iu;
/** A price word up to three words before an amount ("mức phí từ 54 đến", "báo giá tiền công sửa là"). */
// Not "giá trị" (a value), "định giá" (a valuation), "đánh giá" (an assessment).
const PRICE_BEFORE = /(?<![\p{L}])(?<!(?:định|đánh)\s)(?:giá(?!\s+trị)|phí|tiền công|lương|mất)(?![\p{L}])(?:\s+[\p{L}]+){0,3}?\s*(?:là|từ|chỉ|khoảng|ở mức|lên tới|lên đến|đến|tới|:)?\s*$/iu;
/** A level verb between the price word and the amount, or leading the amount, makes it a goal ("giấy tờ có giá đạt 122.000 tỷ đồng"). */
const LEVEL_VERB = /(?<![\p{L}])(?:đạt|tăng|giảm|vượt|lên|xuống)(?![\p{L}])/iu;
/** A rate after an amount: "100 USD/người/đêm", "15 triệu đồng/năm học". */
const PER_UNIT_AFTER = /^\/\s*(?:người|năm học|khóa|đêm|ngày|tháng|năm|kg|lít|m2|m²|tấn|vé|suất|lượt|giờ|phòng)(?![\p{L}])/iu;

/**
 * The rubric leaves prices out: what something costs is not a level anyone must reach. Only
 * amounts of money, never a percentage or a count, so "giảm chi phí 10%" stays a goal.
 */
function isPrice(t: string, start: number, end: number, unit: string, qualifier: string): boolean {
  if (!MONEY.test(unit)) return false;
  const before = PRICE_BEFORE.exec(t.slice(Math.max(0, start - 40), start));
  return (!!before && !LEVEL_VERB.test(before[0] + qualifier)) || PER_UNIT_AFTER.test(t.slice(end));
}

/** Quantity goals in a goal sentence. */
export function quantitiesVi(s: Sentence, dates?: DateContext): TargetHit[] {
  const t = s.text;
  if (!GOAL.test(t)) return [];
  const out: TargetHit[] = [];
  const marks = markers(t, dates);
  if (!marks.some((k) => k.goal)) return [];
  // The year a value is due: the last one named before it in its clause, else the sentence's first.
  const years = [...t.matchAll(YEAR_G)].map((y) => ({ at: y.index ?? 0, y: y[1]! }));
  const firstYear = years[0]?.y ?? null;
  QTY_RE.lastIndex = 0;
  for (let m = QTY_RE.exec(t); m; m = QTY_RE.exec(t)) {
    const qual = (m[1] ?? '').replace(new RegExp(String.raw`^(?:${LEAD})\s+`, 'iu'), '');
    const unitRaw = (m[3] ?? '').trim();
    const before = t.slice(Math.max(0, m.index - 20), m.index);
    if (NAMING_BEFORE.test(before)) continue;
    if (!unitRaw || /^đồng$/u.test(unitRaw)) continue; // a bare number names or counts; "đồng" alone is a price
    const raw = m[2] ?? '';
    const value = parseViNumber(raw);
    if (value === null) continue;
    if (reportedAt(marks, m.index)) continue;
    if (isPrice(t, m.index, m.index + m[0].length, unitRaw, m[1] ?? '')) continue;
    if (/^\s*\/\s*(?:h|giờ)(?![\p{L}])/iu.test(t.slice(m.index + m[0].length))) continue; // a speed ("225 km/h"), not a level to reach
    // Counts of people or things ("350 học sinh", "7 trường") are goals only with a qualifier, a lead verb
    // or a goal word right before them; otherwise they describe what exists.
    const counted = !/%|tỷ|triệu|nghìn|ngàn|USD|đồng|cổ phiếu|cổ phần|trái phiếu/u.test(unitRaw);
    if (counted && !(m[1] ?? '').trim() && !nearGoal(marks, m.index, 40)) continue;
    const suffix = (m[4] ?? '').trim().toLowerCase();
    // "tăng từ 5% lên 7%": a value after "từ" is the baseline unless "trở lên/trở xuống" closes it.
    // A range ("từ 25% đến 30%") keeps its first value.
    if (!suffix && /(?<![\p{L}])từ\s+(?:mức\s+)?$/iu.test(qual) && /^[^;]{0,40}?(?<![\p{L}])(?:lên|xuống|còn)(?![\p{L}])[^;]{0,25}?\d/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    let comparator: TargetHit['comparator'] = '=';
    for (const [re, c] of QUAL_CMP) if (re.test(qual)) { comparator = c; break; }
    if (suffix === 'trở lên') comparator = '>=';
    else if (suffix) comparator = '<=';
    out.push({
      start: m.index, end: m.index + m[0].trimEnd().length, kind: 'quantity', rule: 'vi.quantity.goal',
      metric: metricBefore(t, m.index), comparator, value, unit: unitRaw || null, by: yearBefore(t, years, m.index) ?? firstYear,
    });
  }
  return out;
}

const DATE = String.raw`(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])`;
const DEADLINE_DATE_RE = new RegExp(String.raw`(?<![${L}])(trước|chậm nhất(?: là)?|muộn nhất(?: là)?|hạn chót(?: là)?|đến hết|trước hết|ngay trong(?: (?:sáng|chiều|tối|đêm))?|ngay|trong(?: (?:sáng|chiều|tối|đêm))?|đến|lần \d+)\s+(?:(?:ngày|nay|sáng|chiều|tối|đêm)\s+)*${DATE}`, 'giu');
const DURATION_RE = new RegExp(String.raw`(?<![${L}])(trong(?: vòng| thời hạn| thời gian| thời gian tối đa)?|tối đa|chậm nhất(?: là)?|sau)\s+(\d+)\s+(ngày|tuần|tháng|giờ)(?![${L}])(?!\s+(?:qua|trước|vừa qua|gần đây|liên tiếp|liên tục))`, 'giu');
// "trong tháng 4/2025", "đến hết tháng 6", "trước tháng 9/2025"; not a past month ("trong tháng 4 vừa qua").
const MONTH_RE = new RegExp(String.raw`(?<![${L}])(trong|trước|đến hết|đến cuối|đến|hết|chậm nhất(?: là)?(?: trong| vào)?(?: cuối)?)\s+tháng\s+(\d{1,2})(?:/(\d{4}))?(?![\d/])(?!\s+(?:qua|vừa qua|trước|liên tiếp|đầu năm))`, 'giu');
const QUARTER_RE = new RegExp(String.raw`(?<![${L}])(trong|trước|đến|cuối|hết)\s+quý\s+(I{1,3}|IV)/(\d{4})`, 'giu');
const YEAR_DEADLINE_RE = new RegExp(String.raw`(?<![${L}])(trong|đến|đến cuối|đến hết|trước|trước năm|đến năm|trong năm)\s+(?:năm\s+)?(20\d\d)(?!\s*[-–]\s*\d)(?![\d/])`, 'giu');

/** Deadlines in a directive or goal sentence; yearHint completes "30/6". */
export function deadlinesVi(s: Sentence, dates: DateContext): TargetHit[] {
  const t = s.text;
  const out: TargetHit[] = [];
  const marks = markers(t, dates);
  // Characters already covered by a deadline: overlapping matches of later patterns are dropped (linear).
  const covered = new Uint8Array(t.length + 1);
  const push = (start: number, end: number, value: string, comparator: TargetHit['comparator'], rule: string) => {
    for (let i = start; i < end; i++) if (covered[i]) return;
    covered.fill(1, start, end);
    out.push({ start, end, kind: 'deadline', rule, metric: metricBefore(t, start), comparator, value, unit: null, by: /^\d{4}/.test(value) ? value.slice(0, 4) : null });
  };
  DEADLINE_DATE_RE.lastIndex = 0;
  for (let m = DEADLINE_DATE_RE.exec(t); m; m = DEADLINE_DATE_RE.exec(t)) {
    if (/(?:kể từ|từ|tính từ|tính)\s*$/iu.test(t.slice(Math.max(0, m.index - 10), m.index))) continue;
    const y = m[4] ? Number(m[4]) : yearFor(dates, Number(m[3]), Number(m[2]));
    const iso = dmyToIso(Number(m[2]), Number(m[3]), y);
    if (!iso) continue;
    const lead = (m[1] ?? '').toLowerCase();
    const cmp = lead.startsWith('trước') ? '<' : /chậm|muộn|hạn|đến/.test(lead) ? '<=' : '=';
    push(m.index, m.index + m[0].length, iso, cmp, 'vi.deadline.date');
  }
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(t); m; m = DURATION_RE.exec(t)) {
    push(m.index, m.index + m[0].length, `${m[2]} ${m[3]}`, '<=', 'vi.deadline.duration');
  }
  MONTH_RE.lastIndex = 0;
  for (let m = MONTH_RE.exec(t); m; m = MONTH_RE.exec(t)) {
    // Not a deadline: the end of a period ("từ 24/4 đến hết tháng 7", "tính đến tháng 3"), a
    // month set before its clause ("Đến tháng 6/2020, Thủ tướng …": when something happened), a
    // month whose figure follows ("trong tháng 9/2020 là 3.269 doanh nghiệp"), a reported month. A deadline closes the action it bounds: "… hướng dẫn … trong tháng 4/2025."
    if (/(?:(?<![\p{L}])từ\s+(?:ngày\s+|tháng\s+)?\d[\d/]*|tính)\s*$/iu.test(t.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (/^\s*[,(]|^\s+(?:năm|là)\s/u.test(t.slice(m.index + m[0].length))) continue;
    if (reportedAt(marks, m.index)) continue;
    const month = Number(m[2]);
    const y = m[3] ? Number(m[3]) : yearFor(dates, month, 28);
    const before = (m[1] ?? '').toLowerCase() === 'trước';
    const iso = before ? dmyToIso(1, month, y) : monthEndIso(month, y);
    if (iso) push(m.index, m.index + m[0].length, iso, before ? '<' : '<=', 'vi.deadline.month');
  }
  QUARTER_RE.lastIndex = 0;
  for (let m = QUARTER_RE.exec(t); m; m = QUARTER_RE.exec(t)) {
    const iso = quarterEnd(romanToInt(m[2] ?? ''), Number(m[3]));
    if (iso) push(m.index, m.index + m[0].length, iso, '<=', 'vi.deadline.quarter');
  }
  YEAR_DEADLINE_RE.lastIndex = 0;
  for (let m = YEAR_DEADLINE_RE.exec(t); m; m = YEAR_DEADLINE_RE.exec(t)) {
    if (/tầm nhìn\s*$/iu.test(t.slice(Math.max(0, m.index - 12), m.index))) continue; // a vision horizon, not a deadline
    // "trong năm 2020" in an article dated 2021: when something happened. (Only with a real date: a
    // year guessed from the years an article names may be its horizon, 2045.)
    if (dates.ref && Number(m[2]) < dates.ref.y) continue;
    if (reportedAt(marks, m.index)) continue;
    const lead = (m[1] ?? '').toLowerCase();
    const value = /cuối|hết/.test(lead) ? `${m[2]}-12-31` : `${m[2]}`;
    push(m.index, m.index + m[0].length, value, '<=', 'vi.deadline.year');
  }
  return out.sort((a, b) => a.start - b.start);
}
