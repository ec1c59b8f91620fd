import type { Highlight } from '../../lib/model/highlight';
import type { Article } from '../../lib/model/article';
import { COLORS } from '../../lib/model/highlight';

/**
 * A seeded library the size the issue names: 100,000 highlights on 5,000 pages, half Vietnamese
 * news, half English, with notes, tags and every colour. Same seed, same library.
 */

/** The seeded generator the anchoring suite uses too: same seed, same library. */
export { seededRng as prng } from '../../scripts/lib/prng';
import { seededRng as prng } from '../../scripts/lib/prng';

const VI_PHRASES = [
  'Thủ tướng yêu cầu', 'các bộ, ngành, địa phương', 'đẩy nhanh tiến độ', 'giải ngân vốn đầu tư công', 'trước ngày 31/12',
  'tăng trưởng kinh tế', 'đạt trên 8%', 'Ngân hàng Nhà nước', 'điều hành lãi suất', 'hỗ trợ doanh nghiệp', 'nhà ở xã hội',
  'dự án đường cao tốc Bắc - Nam', 'giải phóng mặt bằng', 'Hà Nội và TP Hồ Chí Minh', 'Đà Nẵng', 'cải cách thủ tục hành chính',
  'xuất khẩu nông sản', 'giá xăng dầu', 'thị trường bất động sản', 'chuyển đổi số', 'năng lượng tái tạo', 'y tế cơ sở',
  'giáo dục phổ thông', 'biến đổi khí hậu', 'Đồng bằng sông Cửu Long', 'thu ngân sách', 'kiểm soát lạm phát', 'Quốc hội thông qua',
  'nghị quyết', 'người lao động', 'bảo hiểm xã hội', 'khu công nghiệp', 'vốn FDI', 'sân bay Long Thành', 'đường sắt tốc độ cao',
];
const EN_PHRASES = [
  'the government said', 'public investment', 'disbursement rose', 'by the end of the year', 'the central bank',
  'interest rates', 'economic growth of at least 8%', 'foreign direct investment', 'the trade surplus', 'electricity prices',
  'renewable energy projects', 'the Mekong Delta', 'exports of rice and coffee', 'the stock market', 'housing prices',
  'officials warned', 'a new expressway', 'digital transformation', 'supply chains', 'manufacturing output', 'inflation stayed below 4%',
  'the National Assembly approved', 'climate change', 'semiconductor plants', 'tourism recovered', 'the ministry of finance',
];
// Places and names give each page words of its own, as real news does: most words of a library are rare.
const VI_PLACES = ['Hà Giang', 'Lào Cai', 'Yên Bái', 'Thái Nguyên', 'Bắc Ninh', 'Hải Phòng', 'Quảng Ninh', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình',
  'Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Khánh Hòa', 'Gia Lai', 'Đắk Lắk', 'Lâm Đồng', 'Bình Dương', 'Đồng Nai',
  'Long An', 'Tiền Giang', 'Bến Tre', 'Cần Thơ', 'Cà Mau', 'Kiên Giang', 'An Giang', 'Sóc Trăng', 'Vĩnh Long', 'Trà Vinh'];
const EN_PLACES = ['Hanoi', 'Haiphong', 'Quang Ninh', 'Binh Duong', 'Dong Nai', 'Can Tho', 'Samsung', 'Intel', 'Foxconn', 'VinFast',
  'Vietcombank', 'Petrovietnam', 'EVN', 'the IMF', 'the World Bank', 'ASEAN', 'Japan', 'South Korea', 'Singapore', 'Thailand'];
const VI_TAGS = ['đầu tư công', 'hạn chót', 'kinh tế', 'hạ tầng', 'chính sách', 'ngân hàng', 'địa phương', 'xã hội'];
const EN_TAGS = ['growth', 'policy', 'energy', 'markets', 'trade', 'follow-up', 'numbers', 'infrastructure'];
const VI_SITES = ['vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'baochinhphu.vn', 'vietnamnet.vn'];
const EN_SITES = ['www.reuters.com', 'e.vnexpress.net', 'www.bloomberg.com', 'asia.nikkei.com', 'www.ft.com'];

export interface Library {
  highlights: Highlight[];
  articles: Article[];
  pageKeys: string[];
}

const hex = (rand: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
const uuid = (rand: () => number) => `${hex(rand, 8)}-${hex(rand, 4)}-4${hex(rand, 3)}-${'89ab'[Math.floor(rand() * 4)]}${hex(rand, 3)}-${hex(rand, 12)}`;

export function generateLibrary(highlightCount = 100_000, pageCount = 5_000, seed = 20261126): Library {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentence = (phrases: readonly string[], min: number, max: number, places: readonly string[] = []) => {
    const n = min + Math.floor(rand() * (max - min + 1));
    const parts = Array.from({ length: n }, () => (places.length && rand() < 0.25 ? `${pick(places)} ${Math.floor(rand() * 1000)}` : pick(phrases)));
    const s = parts.join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  const start = Date.parse('2025-01-01T00:00:00Z');
  const span = 700 * 24 * 3600 * 1000;
  const highlights: Highlight[] = [];
  const articles: Article[] = [];
  const pageKeys: string[] = [];
  const perPage = highlightCount / pageCount;
  for (let p = 0; p < pageCount; p++) {
    const vi = p % 2 === 0;
    const site = pick(vi ? VI_SITES : EN_SITES);
    const url = `https://${site}/${vi ? 'tin-tuc' : 'news'}/${p}-${hex(rand, 6)}.html`;
    const title = sentence(vi ? VI_PHRASES : EN_PHRASES, 2, 4).slice(0, -1);
    const pageTime = start + Math.floor(rand() * span);
    pageKeys.push(url);
    if (p % 4 === 0) {
      articles.push({
        pageKey: url, url, title, site, lang: vi ? 'vi' : 'en', byline: null,
        published: new Date(pageTime - 3600_000).toISOString(),
        brief: { lang: vi ? 'vi' : 'en', supported: true, directives: [], targets: [] },
        computed: new Date(pageTime).toISOString(), textHash: hex(rand, 12),
      });
    }
    for (let i = 0; i < perPage; i++) {
      const text = sentence(vi ? VI_PHRASES : EN_PHRASES, 3, 8, vi ? VI_PLACES : EN_PLACES);
      const created = new Date(pageTime + i * 45_000 + Math.floor(rand() * 30_000)).toISOString();
      const startAt = Math.floor(rand() * 8000);
      highlights.push({
        id: uuid(rand), pageKey: url, url, title, text,
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: text, prefix: 'trước đó ', suffix: ' sau đó' },
          position: { type: 'TextPositionSelector', start: startAt, end: startAt + text.length },
        },
        color: pick(COLORS),
        note: rand() < 0.3 ? sentence(vi ? VI_PHRASES : EN_PHRASES, 1, 3) : '',
        tags: rand() < 0.4 ? [pick(vi ? VI_TAGS : EN_TAGS)] : [],
        created, modified: created,
        state: rand() < 0.03 ? 'orphaned' : 'anchored',
      });
    }
  }
  return { highlights, articles, pageKeys };
}
