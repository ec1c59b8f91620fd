// Vietnamese word lists used by the rules. Data only: the rules decide what they mean.
import { wordsRe } from './text';

/** Verbs by which an authority orders or asks a party to act; the addressee follows them. */
export const ORDER_VERBS = [
  'yêu cầu', 'đề nghị', 'chỉ đạo', 'chỉ thị', 'kêu gọi', 'đôn đốc', 'giao', 'giao nhiệm vụ', 'giao cho',
  // Not "cấm" alone: it is mostly part of nouns ("vòng cấm", "cấm địa"); "nghiêm cấm" is the order.
  'nghiêm cấm', 'buộc', 'bắt buộc', 'quán triệt',
];
/** Words before an order verb that make it a noun ("theo đề nghị của", "Đơn đề nghị", "đáp ứng yêu cầu"). */
// "Ban chỉ đạo" is a steering committee, not someone directing.
export const ORDER_NOUN_BEFORE = /(?:theo|các|những|mọi|đáp ứng|đúng|đơn|có|là|với|tại|trong|giấy|văn bản|nội dung|nhiều|kiến|ngoại|bàn|chuyển|trao|ràng|bị|ban)\s+$/iu;
/** Words right after "giao" that make it a compound noun/verb of another sense. */
// Case-sensitive on purpose: "giao ban" is a meeting, "giao Ban Cán sự …" an assignment.
export const GIAO_NOT = /^[Gg]iao\s+(?:dịch|thông|lưu|tiếp|hàng|thương|ban|thoa|hữu|kết|hẹn|thừa|nhận|điểm|diện|thời|cắt)/u;
/** Syllables that make a verb the end of a noun: "Ngoại giao", "chương trình", "vắc xin", "bầu cử", "cơ quan quản lý". */
const WORD_END: Record<string, RegExp> = {
  giao: /(?<![\p{L}])(?:ngoại|bàn|chuyển|xã|bang)\s+$/iu,
  trình: /(?<![\p{L}])(?:chương|quá|công|tiến|lộ|hành|phương|giáo|lịch|quy|đệ|biểu|thuyết|lập|tờ)\s+$/iu,
  xin: /(?<![\p{L}])(?:vắc|vác)\s+$/iu,
  cử: /(?<![\p{L}])(?:đề|ứng|bầu|tuyển)\s+$/iu,
  'quản lý': /(?<![\p{L}])(?:cơ quan|ban|cán bộ|phòng|bộ máy)\s+$/iu,
};
/**
 * A verb found at `i` that is only part of a word: "giao dịch", "giao thông" …, "Ngoại giao"
 * (diplomacy), "chương trình" (a programme), "trình độ" (a level), "vắc xin", "bầu cử", "Ban quản lý".
 */
export function verbInWord(t: string, i: number, verb: string): boolean {
  const v = verb.toLowerCase();
  if (v === 'giao' && GIAO_NOT.test(t.slice(i))) return true;
  // "trình độ" (a level), "trình bày" (present), "trình diễn" (perform): not "trình" (submit).
  if (v === 'trình' && /^trình\s+(?:độ|bày|diễn|chiếu|duyệt)(?![\p{L}])/iu.test(t.slice(i))) return true;
  return WORD_END[v]?.test(t.slice(Math.max(0, i - 12), i)) ?? false;
}

/** Modals that put a duty on the subject before them. */
export const MODALS = ['cần', 'phải', 'cần phải', 'không được', 'không để', 'chịu trách nhiệm', 'có trách nhiệm'];
// "không được đánh giá cao", "không được công chúng yêu mến": a passive (not valued, not liked), not a ban.
export const MODAL_NOT_AFTER = /^(?:(?:cần|phải|nên)\s+(?:thiết|chăng|là|không|có\s+(?:thời gian|sự))|không được\s*(?:[,.;]|nên|thì|vì|$|(?:khuyến khích|đánh giá|coi là|coi trọng|quan tâm|đáp lại|lòng|công chúng|đổi mới|vui|gì|chú ý|công nhận|ưa chuộng|yêu mến|hưởng ứng)(?![\p{L}])))/iu;
// "chân phải" is the right foot, not a duty.
export const MODAL_NOT_BEFORE = /(?:không|chưa|nhu|khi|nếu|buộc|đến|sẽ|việc|mà|có thể|có lẽ|không cần|đang|rất|đã từng|chân|tay|bên|phía|mắt|tai|cánh|rẽ|lề|vế)\s+$/iu;
/** "nuốt phải", "mắc phải", "gặp phải": by accident, not a duty; "góc phải", "(phải)" in a caption: the right side. */
export const PHAI_NOT_BEFORE = /(?:(?<![\p{L}])(?:góc|cột|biên|nuốt|dẫm|giẫm|mắc|gặp|vướng|trúng|hít|ăn|uống|dính|vấp)\s+|\(\s*)$/iu;
/** Idioms where the modal carries no duty ("phải thừa nhận" = one must admit). */
export const MODAL_IDIOM = /^(?:phải|cần)\s+(?:thừa nhận|nói|kể đến|công nhận|chăng|đối mặt|chịu|nhập viện|trải qua|gánh|(?:sự|những|nhiều|thêm)\s)/iu;

/** Commitments and plans of the subject (RUBRIC: phấn đấu, quyết tâm, "will" as a pledge). */
export const COMMIT = [
  'phấn đấu', 'quyết tâm', 'cam kết', 'đặt mục tiêu', 'đặt kế hoạch', 'lên kế hoạch', 'có kế hoạch', 'kế hoạch',
  'mục tiêu', 'sẽ', 'dự kiến', 'trình', 'thông qua', 'chủ trương', 'muốn',
];

/** Verbs that drive an instruction ("tiếp tục", "tăng cường" …): an action verb or its lead adverb. */
export const DRIVE = [
  'tiếp tục', 'tập trung', 'khẩn trương', 'tăng cường', 'đẩy mạnh', 'đẩy nhanh', 'chủ động', 'kiên quyết',
  'quyết liệt', 'sẵn sàng', 'chủ trì', 'thần tốc', 'nghiêm túc', 'triệt để', 'kịp thời', 'sớm',
];

/** Action verbs: the end of an addressee and the start of the action. */
export const ACTION_VERBS = [
  ...DRIVE, 'phối hợp', 'thực hiện', 'triển khai', 'rà soát', 'xây dựng', 'quản lý', 'kiểm soát', 'hoàn thành',
  'hoàn thiện', 'tổ chức', 'nghiên cứu', 'giám sát', 'cách ly', 'theo dõi', 'truy vết', 'xuất trình', 'thẩm định',
  'căn cứ', 'gửi', 'báo cáo', 'công khai', 'thông báo', 'xác định', 'lấy mẫu', 'điều tra', 'chuẩn bị', 'bố trí',
  'đề xuất', 'bảo đảm', 'đảm bảo', 'nâng cao', 'xem xét', 'giải quyết', 'xử lý', 'quán triệt', 'phát huy',
  'tuyên truyền', 'hướng dẫn', 'tăng', 'giảm', 'đưa', 'làm rõ', 'khoanh vùng', 'siết chặt', 'duy trì', 'dừng',
  'tạm dừng', 'đóng cửa', 'thành lập', 'lập kế hoạch', 'lập danh sách', 'cử', 'huy động', 'ưu tiên', 'tổng hợp', 'chấn chỉnh',
  'kiểm tra', 'trình', 'ban hành', 'cung cấp', 'hỗ trợ', 'đầu tư', 'cập nhật', 'đánh giá', 'sau khi', 'cần',
  'phải', 'không được', 'không để', 'phấn đấu', 'khắc phục', 'tháo gỡ', 'nắm chắc', 'đổi mới', 'chỉ đạo',
  'giao', 'yêu cầu', 'đề nghị', 'hoàn tất', 'nộp', 'xét chọn', 'tiếp nhận', 'bồi hoàn', 'chi trả', 'phát hành',
  'chia', 'chốt', 'tiến hành', 'áp dụng', 'lắng nghe', 'đối thoại', 'vận động', 'xin', 'ngay',
  'bàn giao', 'chuyển giao', 'phân luồng',
];
/**
 * Verbs of attitude: after an order verb they end the addressee ("yêu cầu các bộ coi giải ngân là nhiệm vụ trọng
 * tâm"); after a bare subject they mostly describe a habit ("doanh nghiệp coi trường như bạn hàng"), so they are
 * not task verbs of their own.
 */
export const ATTITUDE_VERBS = ['coi', 'chú trọng', 'quan tâm', 'bám sát', 'thúc đẩy', 'tạo điều kiện', 'làm tốt', 'hợp tác'];

/** Clause-initial verbs that start an instruction with an implied addressee (continuation of a list). */
export const IMPERATIVE_START = [
  ...DRIVE, 'tăng cường', 'đẩy mạnh', 'tổ chức', 'lấy mẫu', 'xây dựng', 'bảo đảm', 'đảm bảo', 'thành lập',
  'rà soát', 'triển khai', 'thực hiện', 'kiểm soát', 'quản lý', 'nâng cao', 'phát huy', 'khoanh vùng',
  'huy động', 'bố trí', 'chuẩn bị', 'không để', 'nghiêm cấm', 'yêu cầu', 'giao', 'chỉ đạo', 'cần', 'phải',
  'đối thoại', 'hoàn thành', 'hoàn thiện', 'đề nghị', 'xử lý', 'giám sát', 'kiểm tra', 'cách ly',
];

/** Connectors that open a continuation sentence ("Đồng thời, …"). */
export const CONNECTOR = /^(?:đồng thời|bên cạnh đó|cùng với đó|ngoài ra|theo đó|mặt khác|trước mắt|đặc biệt|trong đó|tiếp đó|sau đó|cùng với|song song)\s*,?\s*/iu;

/** Marks of a completed action reported as a fact. */
export const PAST = /(?<![\p{L}])(?:đã|vừa qua|vừa|từng|đã được|đã có)(?![\p{L}])/iu;
/** Past or ongoing: a party-task sentence in progress is a report, not an assignment. */
export const PAST_OR_ONGOING = /(?<![\p{L}])(?:đã|vừa|từng|đang|hiện|có|là|được|bị)(?![\p{L}])/iu;
/** Words that make a "sẽ" a prediction or a wish rather than a commitment. */
// "được cho là sẽ" reports a rumour, "chắc chắn sẽ" a forecast.
export const WILL_HEDGE = /(?:kỳ vọng|hy vọng|hi vọng|mong|mong muốn|có thể|liệu|chắc|chắc chắn|cho là|nên|thì|sạch|e rằng|lo ngại)\s+$/iu;
export const WILL_NOT_AFTER = /^sẽ\s+(?:có(?!\s+(?:thêm|(?:(?:những|các)\s+)?(?:kế hoạch|phương án|biện pháp|văn bản|hướng dẫn|hướng xử lý|ý kiến|thông báo|quyết định|báo cáo|hỗ trợ|chính sách|cơ chế)))|là|tốt|vướng|khó|không\s+(?:lên|có|được)|bị|được|do|trở thành|ngày càng|đến|(?:hết|nhận|vươn|ăn|uống|góp mặt|xuất hiện|diễn ra|kéo dài|gặp|đối đầu|đấu|thi đấu|tự động|cảm thấy|thấy|chết|rơi|đổ về|thắng|thua|hòa)(?![\p{L}]))/iu;
/** A belief or a wish about the future ("Tôi tin … sẽ", "khả năng … sẽ"): no one commits to anything. */
export const BELIEF = /(?<![\p{L}])(?:tin|tin tưởng|nghĩ|hy vọng|hi vọng|mong|cho rằng|khả năng|ý định|tiết lộ|dự đoán|dự báo)(?![\p{L}])/iu;
/** A subject that can act: a party, a proper name, an acronym, a pronoun. */
// Not "chúng ta"/"ta": the generic "we" of an opinion names no party.
export const PRONOUN = /^(?:chúng tôi|tôi|ông|bà|anh|chị|họ|mình|tỉnh|thành phố|ngân hàng)(?![\p{L}])/iu;
export const NOT_PARTY = /^(?:(?:các|những|mọi)\s+)?(?:toàn bộ|trường hợp|ngành đào tạo|ngành học|bộ phận|bộ máy|ban đầu|ban ngày|người học|tổ chức)(?![\p{L}])/iu;

/** Words that open a party (organisation or group) as a subject. */
export const PARTY_HEAD = /^(?:các\s+|những\s+|mỗi\s+|toàn\s+)?(?:bộ|ubnd|ủy ban|uỷ ban|hđnd|sở|ban|cơ sở|cơ quan|trường|ngân hàng|hđqt|hội đồng|đại hội|chính phủ|thủ tướng|tỉnh|thành phố|tp|huyện|thị xã|thị trấn|xã|phường|quận|ngành|lực lượng|địa phương|đơn vị|doanh nghiệp|công ty|tổng công ty|tập đoàn|cấp ủy|cấp uỷ|chính quyền|trung tâm|bệnh viện|sinh viên|học sinh|thí sinh|người dân|người|hộ|đảng ủy|thành ủy|tỉnh ủy|quân đội|công an|bộ đội|thanh tra|tổ|đoàn|văn phòng|cục|tổng cục|viện|nhà trường|giáo viên|cán bộ|lãnh đạo|giám đốc|chủ tịch|thủ trưởng|người đứng đầu|hiệu trưởng)(?![\p{L}])/iu;

/** Reporting frames: "X cho biết, …" — what follows is the content, not a subject. */
export const REPORT_FRAME = /(?:(?:cho biết|cho hay|nhấn mạnh|khẳng định|nói|chia sẻ|thông tin|lưu ý|phát biểu|kết luận|nêu rõ|nhận định|đánh giá)\s*(?:rằng|là)?\s*[,:]|(?:nghĩ|cho|tin|tin tưởng|nói)\s+rằng|(?:cho biết|cho hay|khẳng định|thông tin)\s+(?=\p{Ll}))\s*/giu;

export const ORDER_RE = wordsRe(ORDER_VERBS);
export const MODAL_RE = wordsRe(MODALS);
export const COMMIT_RE = wordsRe(COMMIT);
export const DRIVE_RE = wordsRe(DRIVE);
export const ACTION_RE = wordsRe(ACTION_VERBS);
/** Where the addressee of an order ends: an action verb or a verb of attitude. */
export const ADDRESSEE_END_RE = wordsRe([...ACTION_VERBS, ...ATTITUDE_VERBS]);
export const IMPERATIVE_RE = new RegExp(`^${wordsRe(IMPERATIVE_START, 'iu').source}`, 'iu');
