// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../lib/export';
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
    expect(header).toEqual(['Quote', 'Note', 'Tags', 'Colour', 'Page title', 'URL', 'Created', 'Modified']);
    expect(rows).toHaveLength(sampleHighlights.length);
    const [vn] = rows;
    expect(vn).toEqual([
      sampleHighlights[0]!.text,
      'Hạn chót: 31/1/2027.\nCần theo dõi Đà Nẵng, "điểm nóng" giải ngân chậm.',
      'đầu tư công, hạn chót',
      'pink',
      'Thủ tướng yêu cầu giải ngân 100% vốn đầu tư công',
      sampleHighlights[0]!.url,
      sampleHighlights[0]!.created,
      sampleHighlights[0]!.modified,
    ]);
    // A quote with commas, double quotes and a line break survives.
    expect(rows[3]![0]).toBe(sampleHighlights[2]!.text);
    expect(rows[3]![4]).toBe('Vietnam sets 8% growth target, "ambitious" say economists');
  });

  it('groups rows by page, in the order the pages first appear', () => {
    const urls = parseCsv(text.slice(1)).slice(1).map((r) => r[5]);
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
    expect(rows[4]![1]).toBe("'=SUM(A1:A9) looks like a formula; so does -5% and @mention");
  });

  it('uses the highlight title when no article is given', () => {
    const rows = parseCsv(toCsv([sampleHighlights[0]!]).slice(1));
    expect(rows[1]![4]).toBe(sampleHighlights[0]!.title);
  });
});
