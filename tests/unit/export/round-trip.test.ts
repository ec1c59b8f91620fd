// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImport, toBackup, toCsv, toW3cCollection } from '../../../lib/export';
import { COLORS, type Highlight } from '../../../lib/model/highlight';

/** Awkward text a reader may really highlight: Vietnamese in both normal forms, emoji, CRLF, tabs, quotes, markup. */
const PIECES = ['Giải ngân', 'Đà Nẵng', 'Nẵng'.normalize('NFD'), '😀👍🏽', '"quoted"', "it's", ',', ';', '\r\n', '\n', '\t', '  ', '=1+1', '-', '@x', '#tag', '[[x]]', '\\', '</p>', '\u200b', 'ﬁ'];

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const int = (n: number) => Math.floor(next() * n);
  const text = (min: number) => {
    let out = '';
    while (out.length < min || next() < 0.6) out += PIECES[int(PIECES.length)];
    return out;
  };
  return { int, text };
}

function randomHighlights(n: number, seed: number): Highlight[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const exact = r.text(1);
    const start = r.int(100_000);
    const url = `https://example.vn/bai-${r.int(20)}?q=${encodeURIComponent(r.text(0))}`;
    const when = new Date(Date.UTC(2020, 0, 1) + r.int(2e11)).toISOString();
    return {
      id: `${r.int(0xffffffff).toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      pageKey: url,
      url,
      title: r.text(0),
      text: exact,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: r.text(0), suffix: r.text(0) },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
      color: COLORS[r.int(COLORS.length)]!,
      note: r.int(3) ? r.text(0) : '',
      tags: Array.from({ length: r.int(4) }, () => r.text(1)),
      created: when,
      modified: r.int(2) ? when : '2027-03-04T05:06:07.089+07:00',
      state: r.int(4) ? 'anchored' : 'orphaned',
    } satisfies Highlight;
  });
}

describe('round trips with awkward text', () => {
  const highlights = randomHighlights(300, 20261126);

  it('backup gives back every highlight unchanged', () => {
    expect(parseImport(toBackup(highlights, [])).highlights).toEqual(highlights);
  });

  it('W3C gives back every highlight unchanged', () => {
    expect(parseImport(toW3cCollection(highlights)).highlights).toEqual(highlights);
  });

  it('CSV keeps one record per highlight however the text breaks lines', () => {
    const csv = toCsv(highlights);
    // Outside quoted cells, only record ends break lines: count CRLFs that are not inside quotes.
    let quoted = false;
    let records = 0;
    for (let i = 0; i < csv.length; i++) {
      if (csv[i] === '"') quoted = !quoted;
      else if (!quoted && csv[i] === '\r' && csv[i + 1] === '\n') records++;
    }
    expect(records).toBe(highlights.length + 1);
  });
});
