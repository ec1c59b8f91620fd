// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvCell, localDateTime, passageLink, toCsv } from '../../../lib/export';
import { sampleArticles, sampleHighlights } from '../../fixtures/export/sample';

/** A small RFC 4180 reader, as a spreadsheet program would read the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe('CSV export', () => {
  const text = toCsv(sampleHighlights, sampleArticles);

  it('starts with a byte order mark so spreadsheets read Vietnamese as UTF-8', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });

  it('has one row per highlight under a header, and every cell reads back intact', () => {
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(['id', 'Quote', 'Note', 'Tags', 'Colour', 'Page title', 'URL', 'Passage link', 'Created', 'Modified', 'Created UTC', 'Modified UTC', 'Page note']);
    expect(rows).toHaveLength(sampleHighlights.length);
    const [vn] = rows;
    const h = sampleHighlights[0]!;
    expect(vn).toEqual([
      h.id,
      h.text,
      'Hạn chót: 31/1/2027.\nCần theo dõi Đà Nẵng, "điểm nóng" giải ngân chậm.',
      'đầu tư công, hạn chót',
      'pink',
      'Thủ tướng yêu cầu giải ngân 100% vốn đầu tư công',
      h.url,
      passageLink(h),
      localDateTime(h.created),
      localDateTime(h.modified),
      new Date(h.created).toISOString(),
      new Date(h.modified).toISOString(),
      '',
    ]);
    // A quote with commas, double quotes and a line break survives.
    expect(rows[3]![1]).toBe(sampleHighlights[2]!.text);
    expect(rows[3]![5]).toBe('Vietnam sets 8% growth target, "ambitious" say economists');
  });

  it('writes dates as a spreadsheet reads them: local YYYY-MM-DD HH:MM:SS, beside the ISO instant in UTC', () => {
    const at = new Date(2026, 10, 20, 9, 5, 7);
    expect(localDateTime(at.toISOString())).toBe('2026-11-20 09:05:07');
    const rows = parseCsv(text.slice(1)).slice(1);
    for (const row of rows) {
      expect(row[8]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      // The same instant, to the second: the local time read back as local time.
      expect(new Date(row[8]!.replace(' ', 'T')).getTime()).toBe(Math.floor(Date.parse(row[10]!) / 1000) * 1000);
    }
  });

  it('carries the page note on each of its page’s rows', () => {
    const h = sampleHighlights[0]!;
    const rows = parseCsv(toCsv([h], sampleArticles, new Map([[h.pageKey, { note: '=Ghi chú\ncả trang', modified: '2026-11-22T00:00:00.000Z' }]])).slice(1));
    expect(rows[1]![12]).toBe("'=Ghi chú\ncả trang");
  });

  it('groups rows by page, in the order the pages first appear', () => {
    const urls = parseCsv(text.slice(1)).slice(1).map((r) => r[6]);
    const vn = sampleHighlights[0]!.url;
    const en = sampleHighlights[2]!.url;
    expect(urls).toEqual([vn, vn, vn, en, en]);
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+84 912')).toBe("'+84 912");
    expect(csvCell('-5%')).toBe("'-5%");
    expect(csvCell('@mention')).toBe("'@mention");
    expect(csvCell('a=b')).toBe('a=b');
    const rows = parseCsv(text.slice(1));
    expect(rows[4]![2]).toBe("'=SUM(A1:A9) looks like a formula; so does -5% and @mention");
  });

  it('uses the highlight title when no article is given', () => {
    const rows = parseCsv(toCsv([sampleHighlights[0]!]).slice(1));
    expect(rows[1]![5]).toBe(sampleHighlights[0]!.title);
  });
});
