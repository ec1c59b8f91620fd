// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeBrief } from '../../../lib/brief/index';
import { brief as briefSchema } from '../../../lib/model/brief';
import { parseTxt } from '../../../scripts/lib/load';

const { text } = parseTxt(readFileSync(path.resolve(__dirname, '../../fixtures/briefs/vi-phong-chong-lu.txt'), 'utf8'));
const b = computeBrief(text, 'vi');
const has = (items: { text: string }[], s: string) => items.some((i) => i.text.includes(s));
/** The directives (of one rule, if given) that each sentence alone yields: none is expected. */
const expectNoDirectives = (sentences: string[], rule?: string) => {
  for (const s of sentences) expect(computeBrief(s, 'vi').directives.filter((d) => !rule || d.rule === rule), s).toEqual([]);
};

describe('computeBrief (vi)', () => {
  it('fits the shared schema', () => {
    expect(briefSchema.safeParse(b).success).toBe(true);
    expect(b.supported).toBe(true);
  });

  it('lists the orders with who gives them, who must act and the deadline', () => {
    const order = b.directives.find((d) => d.text.includes('yêu cầu UBND tỉnh Quảng Nam'));
    expect(order?.issuer).toContain('Phó Thủ tướng Trần Văn Minh');
    expect(order?.addressee).toBe('UBND tỉnh Quảng Nam');
    expect(order?.action).toMatch(/^khẩn trương rà soát/);
    expect(order?.deadline).toBe('trước ngày 15/9/2024');
    const assigned = b.directives.find((d) => d.text.includes('giao Bộ Nông nghiệp'));
    expect(assigned?.addressee).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
  });

  it('keeps continuation sentences with the implied addressee', () => {
    const cont = b.directives.find((d) => d.text.startsWith('Tăng cường kiểm tra'));
    expect(cont?.addressee).toMatch(/Quảng Nam/);
  });

  it('does not list reported facts as directives', () => {
    expect(has(b.directives, 'đã kiểm tra hệ thống đê')).toBe(false);
    expect(has(b.directives, 'đã có 12 ý kiến')).toBe(false);
    expect(has(b.directives, 'Tỉnh hiện có 86 km')).toBe(false);
  });

  it('finds goals with comparator, value and unit', () => {
    const t = b.targets.find((x) => x.text === 'tối thiểu đạt trên 90%');
    expect(t).toMatchObject({ kind: 'quantity', comparator: '>', value: 90, unit: '%' });
    expect(b.targets.find((x) => x.text === 'giảm tối thiểu 30%')).toMatchObject({ comparator: '>=', value: 30 });
    expect(b.targets.find((x) => x.text === '15.000 người')?.value).toBe(15000);
    expect(b.targets.find((x) => x.text === '2,5 nghìn tỷ đồng')).toMatchObject({ value: 2.5, unit: 'nghìn tỷ đồng' });
    expect(b.targets.find((x) => x.kind === 'deadline' && x.text === 'trước ngày 15/9/2024')).toMatchObject({ value: '2024-09-15', comparator: '<' });
  });

  it('leaves out statistics, results, counts of existing things', () => {
    for (const s of ['1.245 hộ', '312 tỷ', '86 km', '23 km', '12 ý kiến', '4.423 tỷ']) expect(has(b.targets, s), s).toBe(false);
  });

  it('points every item at its text (offsets into the NFC text) with a quote selector', () => {
    const nfc = text.normalize('NFC');
    for (const item of [...b.directives, ...b.targets]) {
      expect(nfc.slice(item.start, item.end)).toBe(item.text);
      expect(item.quote.exact).toBe(item.text);
      expect(nfc.slice(Math.max(0, item.start - item.quote.prefix.length), item.start)).toBe(item.quote.prefix);
      expect(item.quote.prefix.length).toBeLessThanOrEqual(32);
      expect(item.rule).toMatch(/^vi\./);
    }
  });

  it('gives the same brief for decomposed (NFD) input', () => {
    const nfd = text.normalize('NFD');
    expect(nfd).not.toBe(text);
    expect(computeBrief(nfd, 'vi')).toEqual(b);
  });

  it('does not end a sentence at a semicolon, but does at a line break', () => {
    const r = computeBrief('UBND tỉnh yêu cầu các sở, ngành khẩn trương rà soát các dự án; đồng thời báo cáo kết quả về Sở Kế hoạch\nTăng cường kiểm tra các công trình.', 'vi');
    expect(r.directives.map((d) => d.text)).toEqual([
      'UBND tỉnh yêu cầu các sở, ngành khẩn trương rà soát các dự án; đồng thời báo cáo kết quả về Sở Kế hoạch',
      'Tăng cường kiểm tra các công trình.',
    ]);
  });
});

describe('unsupported languages', () => {
  it('returns an empty, unsupported brief', () => {
    expect(computeBrief('Le conseil a demandé aux propriétaires de réparer le chauffage.', 'fr')).toEqual({ lang: 'fr', supported: false, directives: [], targets: [] });
  });
});

// Speed is measured by `npm run bench` (bench/brief.ts: ms per KB, smallest vs largest articles); here the work is
// counted, deterministically: every regex execution reports the characters it read (to its match, or to the end
// of the input when it fails; anchored and sticky ones what they matched). Linear work means the same count per
// repeated unit at 1× and 4× the text; a rescan of the sentence per trigger would make it grow 4×.
function regexWork(run: () => void): number {
  const exec = RegExp.prototype.exec;
  let chars = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const r = exec.call(this, input);
    const anchored = this.sticky || (this.source.startsWith('^') && !this.multiline);
    chars += anchored ? (r ? r[0].length + 1 : 1) : r ? r.index + r[0].length - from : input.length - from;
    return r;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return chars;
}

describe('work on a huge run-on sentence full of triggers (no page freeze)', () => {
  const cases: [string, string][] = [
    ['vi', 'UBND tỉnh đề nghị các sở cần phải tăng 5% và giao cho Bộ Y tế sẽ đạt 10% trước ngày 1/1/2025, '],
    ['en', 'The council urged the city to cut costs by at least 5 percent by June 30 and the mayor said he would hire 40 new inspectors, '],
  ];
  for (const [lang, unit] of cases) {
    it(`${lang}: reads about the same characters per unit at 1× and 4× the text`, () => {
      const perUnit = (n: number) => regexWork(() => computeBrief(unit.repeat(n), lang)) / n;
      const small = perUnit(1000);
      const large = perUnit(4000);
      expect(small).toBeGreaterThan(0);
      expect(large / small).toBeLessThan(1.25);
    });
  }
  it('briefs a 376 KB sentence into bounded results', () => {
    const text = cases[0]![1].repeat(4000);
    expect(text.length).toBeGreaterThan(370_000);
    const r = computeBrief(text, 'vi');
    expect(r.directives.length).toBe(1); // one sentence, one directive at most
    // Never more targets than values written in the text (two percentages and a date per unit).
    expect(r.targets.length).toBeLessThanOrEqual(3 * 4000);
    for (const t of r.targets.slice(0, 50)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('plans versus results (business news)', () => {
  const { text: agm } = parseTxt(readFileSync(path.resolve(__dirname, '../../fixtures/briefs/vi-dai-hoi-co-dong.txt'), 'utf8'));
  const r = computeBrief(agm, 'vi');
  it('keeps the plan figures and drops last year\'s results', () => {
    for (const s of ['185.400', '1.980', 'tăng 12%', '1,8%', '560 tỷ']) expect(has(r.targets, s), s).toBe(false);
    expect(r.targets.find((t) => t.text.includes('2.500 tỷ đồng'))?.value).toBe(2500);
  });
  it('resolves "ngân hàng" and "HĐQT" to the bank the article is about', () => {
    expect(r.directives.find((d) => d.text.startsWith('Ngân hàng cũng phấn đấu'))?.addressee).toBe('BMBank');
    expect(r.directives.find((d) => d.text.startsWith('HĐQT trình'))?.addressee).toBe('HĐQT BMBank');
  });
});

describe('addressees of orders and duties', () => {
  it('ends the addressee before the action verb', () => {
    const r = computeBrief('Bộ trưởng yêu cầu các sở, ngành, địa phương coi chuyển đổi số là nhiệm vụ trọng tâm của năm.', 'vi');
    expect(r.directives[0]?.addressee).toBe('các sở, ngành, địa phương');
    expect(r.directives[0]?.action).toMatch(/^coi chuyển đổi số/);
  });
  it('keeps the head of a party list that follows a report verb', () => {
    const r = computeBrief('Chủ tịch UBND tỉnh lưu ý thủ trưởng các sở, ban, ngành phải chịu trách nhiệm nếu để dự án chậm tiến độ.', 'vi');
    expect(r.directives[0]?.addressee).toBe('thủ trưởng các sở, ban, ngành');
    expect(r.directives[0]?.action).toMatch(/^chịu trách nhiệm/);
  });
  it('does not cut an action at a thousands separator', () => {
    const r = computeBrief('Tổng công ty phấn đấu đến năm 2026 lắp đặt tối thiểu 1.500 trạm sạc xe điện.', 'vi');
    expect(r.directives[0]?.action).toContain('1.500 trạm');
  });
});

describe('names in orders', () => {
  it('"Ngoại giao" is a ministry, not "giao" (assign); one capitalised word after the order verb is a party', () => {
    const r = computeBrief('Bộ trưởng Ngoại giao Bulgaria Ekaterina Zaharieva yêu cầu Nga hợp tác toàn diện trong cuộc điều tra về các vụ nổ.', 'vi');
    expect(r.directives.map((d) => [d.rule, d.issuer, d.addressee])).toEqual([['vi.order', 'Bộ trưởng Ngoại giao Bulgaria Ekaterina Zaharieva', 'Nga']]);
    expect(computeBrief('Bộ Ngoại giao Thái Lan hôm 30/4 cho biết 220 người dân ở các khu vực biên giới đã được sơ tán.', 'vi').directives).toEqual([]);
  });
});

describe('where the addressee ends', () => {
  it('at "bàn giao" (hand over), and not inside "Ngoại giao"', () => {
    const handOver = computeBrief('UBND TP. Hà Nội yêu cầu Tập đoàn Vingroup bàn giao kết quả đã nghiên cứu cho thành phố.', 'vi');
    expect(handOver.directives.map((d) => d.addressee)).toEqual(['Tập đoàn Vingroup']);
    const ministries = computeBrief('Thủ tướng yêu cầu các Bộ Ngoại giao, Công an, Y tế siết chặt quản lý các chuyến bay.', 'vi');
    expect(ministries.directives.map((d) => d.addressee)).toEqual(['các Bộ Ngoại giao, Công an, Y tế']);
  });
  it('not at a verb that only ends a noun: "chương trình", "vắc xin", "bầu cử", "cơ quan quản lý"', () => {
    expectNoDirectives([
      'Sinh viên theo học chương trình sẽ được thực tập tại các doanh nghiệp nhằm tăng cường tính thực tiễn.',
      'Những người đến tiêm vắc xin ngừa Covid-19 ghi phiếu đồng thuận.',
      'Đơn vị bầu cử số 3 gồm quận 5, quận 8 và quận 11.',
      'Cơ quan quản lý tại Mỹ đang xem xét áp dụng các quy định khắt khe hơn.',
    ]);
    const r = computeBrief('Bộ Y tế yêu cầu các tỉnh khẩn trương tiêm vắc xin cho người dân.', 'vi');
    expect(r.directives.map((d) => [d.rule, d.addressee])).toEqual([['vi.order', 'các tỉnh']]);
  });
  it('a photo caption describes the picture, not a task', () => {
    expect(computeBrief('Người dân tập trung tiêm vắc xin Covid-19 tại Mumbai, Ấn Độ ngày 26/4 (Ảnh: Reuters).', 'vi').directives).toEqual([]);
  });
});

describe('"Cần" in a place name', () => {
  it('"Cần Thơ", "Cần Giờ" put no duty on anyone; "TP Cần Thơ cần …" does, on the city', () => {
    expect(computeBrief('Huyện Cần Giờ bắn pháo hoa đợt này cũng nhân dịp huyện được công nhận đạt chuẩn nông thôn mới.', 'vi').directives).toEqual([]);
    expect(computeBrief('Tại TP Cần Thơ, từ sau Tết Nguyên đán đến nay, giá cát tăng phi mã.', 'vi').directives).toEqual([]);
    const r = computeBrief('TP Cần Thơ cần thực hiện dự án một cách đầy đủ, hoàn chỉnh.', 'vi');
    expect(r.directives.map((d) => [d.rule, d.addressee])).toEqual([['vi.modal', 'TP Cần Thơ']]);
  });
});

describe('descriptions are not tasks', () => {
  it('a verb of attitude after a bare subject describes a habit', () => {
    expectNoDirectives(['Các trường nghề chú trọng thực hành nên học sinh phải làm nhiều bài tập.', 'Nhiều doanh nghiệp coi trường đại học như một đối tác lâu dài.'], 'vi.party-task');
  });
  it('"sẽ có" predicts; "sẽ có kế hoạch/thêm …" commits', () => {
    expect(computeBrief('Theo dự báo, các tỉnh miền núi phía Bắc đêm nay sẽ có mưa rào và dông.', 'vi').directives).toEqual([]);
    expect(computeBrief('Lãnh đạo Sở sẽ có thêm các buổi làm việc với từng huyện trong tháng tới.', 'vi').directives).toHaveLength(1);
  });
  it('"sẽ" of what a product does or what will befall someone commits no one; a party\'s "sẽ tổ chức" does', () => {
    expectNoDirectives([
      'Theo đó, khi kích hoạt vSIM, người dùng sẽ nhận được gói dữ liệu 4G miễn phí trong 18 tháng.',
      'Memory Cleaner là phần mềm nhỏ gọn, sẽ tự động tối ưu bộ nhớ RAM trên máy tính.',
      'Trịnh Sảng và Trương Hằng sẽ gặp nhau tại tòa vào tuần này.',
      'Các CLB sẽ đấu 2 trận play-off, chọn ra 2 đội vào chung kết.',
      'Trận tới cũng sẽ như vậy, Muangthong United sẽ thắng mọi đối thủ.',
      'Những người hành hương sẽ đổ về ngôi đền thiêng nằm trong hang động Amarnath.',
    ]);
    expect(computeBrief('Bộ GDĐT sẽ tổ chức tập huấn cho giáo viên cốt cán trong tháng 6.', 'vi').directives).toHaveLength(1);
  });
  it('"buộc phải" (forced by circumstance) orders no one; "Ban chỉ đạo" is a committee, not an order', () => {
    expectNoDirectives([
      'Đến tháng 2/2019, Maria Sharapova buộc phải nghỉ thi đấu vì một chấn thương vai nghiêm trọng.',
      'Các bệnh viện ở New Delhi buộc phải từ chối tiếp nhận bệnh nhân sau khi hết nguồn cung ôxy.',
      'Ông Phạm Quang Ngọc, Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo chủ trì hội nghị.',
    ], 'vi.order');
    const r = computeBrief('Ban chỉ đạo yêu cầu Sở Y tế các tỉnh hoàn thành việc xét nghiệm trong ngày.', 'vi');
    expect(r.directives.map((d) => [d.rule, d.addressee])).toEqual([['vi.order', 'Sở Y tế các tỉnh']]);
  });
  it('"nuốt phải" (by accident), "(phải)" in a caption and "góc phải" put no duty on anyone', () => {
    expectNoDirectives([
      'Tương tự, một trường hợp khác là bé N.Q.N (7 tuổi, trú tại Nghệ An) cũng nuốt phải que tăm vào bụng.',
      'Ông Gama (phải) nhận thất bại trong ngày tái ngộ đội bóng cũ Muangthong.',
      'Phút thứ 4, McTominay băng lên dứt điểm hướng vào góc phải nhưng bóng đi chệch cột dọc.',
    ]);
    expect(computeBrief('Để tồn tại, các doanh nghiệp kinh doanh nhà hàng ăn uống cần phải thay đổi cách bán hàng.', 'vi').directives).toHaveLength(1);
  });
  it('a rumour ("được cho là sẽ"), a forecast ("chắc chắn sẽ") and "trình độ" (a level) commit no one', () => {
    expectNoDirectives([
      'Brooklyn Beckham và Nicola được cho là sẽ tổ chức đám cưới vào mùa hè năm sau.',
      'HLV Lê Huỳnh Đức cho biết, nếu gặp lại HA Gia Lai, Đà Nẵng chắc chắn sẽ chơi khác.',
      'Năm 2017, trường tuyển sinh trình độ thạc sĩ vượt chỉ tiêu được thông báo.',
    ]);
  });
  it('an opinion ("cho rằng") or what is not yet done ("chưa") is no task of the party', () => {
    expectNoDirectives([
      'Chủ tịch UBND tỉnh Phan Ngọc Thọ cho rằng, xây dựng trường học hạnh phúc là nhiệm vụ lâu dài.',
      'Huyện Đông Anh chưa ra quyết định cách ly xã hội toàn bộ xã Việt Hùng.',
    ], 'vi.party-task');
  });
  it('"không được đánh giá cao" (not valued) is a passive; "không được thay đổi" is a ban', () => {
    expectNoDirectives([
      'Ông Biden không được đánh giá cao về cách thức ông xử lý tình hình nhập cư.',
      'Từ đó tới nay, Vương Phi và Tạ Đình Phong vẫn là cặp tình nhân không được công chúng yêu mến.',
    ]);
    expect(computeBrief('Học sinh không được thay đổi nguyện vọng dự tuyển sau khi đã đăng ký.', 'vi').directives.map((d) => d.addressee)).toEqual(['Học sinh']);
  });
  it('a party named inside a lead-in clause is not the subject of the next one', () => {
    const r = computeBrief('Trong văn bản do Bộ Y tế ban hành, người dân được yêu cầu đeo khẩu trang nơi công cộng.', 'vi');
    expect(r.directives[0]?.addressee).toBe('người dân');
  });
});
