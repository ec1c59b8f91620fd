// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Utf8Pages } from '../../../lib/export/utf8-pages';

const decode = (parts: Uint8Array[]) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(parts));

describe('UTF-8 pages', () => {
  it('keeps text and copied bytes in order across pages, Vietnamese, emoji and a lone surrogate included', () => {
    const pages = new Utf8Pages();
    const pieces: string[] = [];
    const views: Uint8Array[] = [];
    // About 20 MB: several 8 MB pages, and one piece bigger than a page.
    for (let i = 0; i < 60_000; i++) {
      const piece = `${i}. Giải ngân đạt 95% 📈 "${'x'.repeat(i % 500)}"\n`;
      pieces.push(piece);
      views.push(pages.text(piece));
    }
    const huge = 'đ'.repeat(5_000_000);
    pages.text(huge);
    pages.bytes(views[3]!);
    pages.text('\ud800 end');
    const parts = pages.parts();
    expect(parts.length).toBeGreaterThan(2);
    expect(decode(parts)).toBe(pieces.join('') + huge + pieces[3] + '\ufffd end');
    // Each view still holds its own piece after later pages were started.
    expect(new TextDecoder().decode(views[10])).toBe(pieces[10]);
  });
});
