// Wraps article text into an ordinary news page: header, navigation, figure, related links and footer.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function newsPage({ title, paragraphs, lang = 'vi', site = 'Báo Điện tử (mẫu)' }: { title: string; paragraphs: string[]; lang?: string; site?: string }): string {
  const [lead, ...rest] = paragraphs;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(title)} - ${escape(site)}</title>
<meta property="og:site_name" content="${escape(site)}"><meta property="og:title" content="${escape(title)}"></head>
<body><header><strong>${escape(site)}</strong><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a> <a href="/xa-hoi">Xã hội</a></nav></header>
<main><article><h1>${escape(title)}</h1><p class="sapo"><strong>${escape(lead ?? '')}</strong></p>
<figure><img alt="" width="640" height="360"><figcaption>Ảnh minh hoạ.</figcaption></figure>
${rest.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main>
<aside><h2>Tin liên quan</h2><ul><li><a href="/a">Giá xăng dầu điều chỉnh</a></li><li><a href="/b">Thời tiết cuối tuần</a></li><li><a href="/c">Kết quả xổ số</a></li></ul></aside>
<footer>© ${escape(site)}. Liên hệ quảng cáo.</footer></body></html>`;
}
