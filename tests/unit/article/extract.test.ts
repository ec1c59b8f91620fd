// extractArticle on a real DOM (happy-dom, like the content script) and on linkedom (Node, like the CLI).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/index';

const para = (s: string) => `<p>${s} ${'Người dân được hướng dẫn di dời đến nơi an toàn trước khi bão đổ bộ vào đất liền. '.repeat(3)}</p>`;
const html = `<!doctype html><html lang="vi"><head><title>Phó Thủ tướng yêu cầu gia cố đê - Báo Mẫu</title>
<meta property="og:site_name" content="Báo Mẫu"><meta property="article:published_time" content="2024-08-12T08:00:00Z"></head>
<body><nav><a href="/">Trang chủ</a><a href="/xa-hoi">Xã hội</a></nav>
<article><h1>Phó Thủ tướng yêu cầu gia cố đê</h1><p class="byline">Nguyễn Hải</p>
${para('Chiều 12/8, Phó Thủ tướng đã kiểm tra đê biển tại Quảng Nam.')}
${para('Phó Thủ tướng yêu cầu UBND tỉnh khẩn trương rà soát các đoạn đê xung yếu.')}
<p>Dòng một<br>Dòng hai của cùng đoạn văn, đủ dài để được giữ lại trong bài viết này.</p>
${para('Tỉnh phấn đấu đến năm 2025 giảm tối thiểu 30% số hộ dân sống trong vùng sạt lở.')}
<ul><li>Ý thứ nhất của danh sách các nhiệm vụ trọng tâm.</li><li>Ý thứ hai của danh sách các nhiệm vụ trọng tâm.</li></ul>
</article><footer>Bản quyền</footer></body></html>`;

function checks(doc: Document) {
  const before = doc.documentElement.outerHTML;
  const a = extractArticle(doc, 'https://bao.example/xa-hoi/gia-co-de.htm');
  expect(a).not.toBeNull();
  expect(doc.documentElement.outerHTML).toBe(before); // the live page is never touched
  const lines = a!.text.split('\n');
  expect(lines.some((l) => l.startsWith('Chiều 12/8, Phó Thủ tướng đã kiểm tra'))).toBe(true);
  expect(lines.some((l) => l.startsWith('Phó Thủ tướng yêu cầu UBND tỉnh'))).toBe(true);
  // Paragraphs, list items and <br> keep their boundaries: one per line.
  expect(lines).toContain('Dòng một');
  expect(lines).toContain('Ý thứ hai của danh sách các nhiệm vụ trọng tâm.');
  expect(a!.text).not.toContain('Trang chủ');
  expect(a!.text).toBe(a!.text.normalize('NFC'));
  expect(a!.lang).toBe('vi');
  expect(a!.site).toBe('Báo Mẫu');
  expect(a!.title).toContain('Phó Thủ tướng yêu cầu gia cố đê');
  expect(a!.published).toBe('2024-08-12T08:00:00Z');
}

describe('extractArticle', () => {
  it('works on the browser DOM (happy-dom) without mutating the page', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    checks(doc);
  });

  it('works on linkedom documents', () => {
    checks(parseHTML(html).document as unknown as Document);
  });

  it('returns null for a page that is not an article', () => {
    const doc = parseHTML('<html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>').document as unknown as Document;
    expect(extractArticle(doc, 'https://example.org/')).toBeNull();
  });

  it('falls back to the hostname and to the text language', () => {
    const en = html.replace('lang="vi"', '').replace(/<meta property="og:site_name"[^>]*>/, '');
    const a = extractArticle(parseHTML(en).document as unknown as Document, 'https://www.bao.example/a');
    expect(a?.site).toBe('bao.example');
    expect(a?.lang).toBe('vi');
  });
});

describe('publication date', () => {
  const page = (head: string, body = '') => `<!doctype html><html lang="en"><head><title>Council orders repairs</title>${head}</head><body><article><h1>Council orders repairs</h1>${body}
${'<p>The council ordered landlords to repair the heating systems of older apartment blocks by June 30, after many complaints from tenants.</p>'.repeat(4)}</article></body></html>`;
  it('reads the date from common meta tags or the article\'s <time datetime>', () => {
    const { document: a } = parseHTML(page('<meta name="date" content="2025-03-03">'));
    expect(extractArticle(a as unknown as Document, 'https://news.example/a')?.published).toBe('2025-03-03');
    const { document: b } = parseHTML(page('', '<p class="byline">By Ann Lee · <time datetime="2025-03-03T10:00:00Z">March 3, 2025</time></p>'));
    expect(extractArticle(b as unknown as Document, 'https://news.example/b')?.published).toMatch(/^2025-03-03/);
    const { document: c } = parseHTML(page(''));
    expect(extractArticle(c as unknown as Document, 'https://news.example/c')?.published).toBeNull();
  });
});
