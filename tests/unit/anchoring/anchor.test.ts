import { beforeEach, describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeRange } from '../../../lib/anchoring/anchor';
import { buildTextModel } from '../../../lib/anchoring/text-model';

beforeEach(() => {
  document.body.innerHTML =
    '<article><p>First <b>bold</b> paragraph with <a href="#">a link</a>.</p>' +
    '<script>var hidden = "not text";</script><brieflight-ui>toolbar</brieflight-ui>' +
    '<div data-brieflight-ui>our panel</div><p>Second paragraph, <em>emphasised</em> words.</p></article>';
});

describe('text model', () => {
  it('skips scripts and our own UI', () => {
    const { text } = buildTextModel(document.body);
    expect(text).toBe('First bold paragraph with a link.Second paragraph, emphasised words.');
  });
});

describe('describeRange and anchor', () => {
  it('round-trips a range that crosses element boundaries', () => {
    const [p1, p2] = Array.from(document.querySelectorAll('p'));
    const range = document.createRange();
    range.setStart(p1!.querySelector('b')!.firstChild!, 2); // "ld"
    range.setEnd(p2!.querySelector('em')!.firstChild!, 4); // "emph"
    const selectors = describeRange(document.body, range);
    expect(selectors.quote.exact).toBe('ld paragraph with a link.Second paragraph, emph');
    expect(selectors.quote.prefix).toBe('First bo');
    const result = anchor(document.body, selectors)!;
    expect(result.method).toBe('position');
    // (Range.toString would include the script's text; compare boundaries instead.)
    expect(result.range.startContainer).toBe(range.startContainer);
    expect(result.range.startOffset).toBe(2);
    expect(result.range.endContainer).toBe(range.endContainer);
    expect(result.range.endOffset).toBe(4);
  });

  it('describes a range given by element boundaries', () => {
    const p2 = document.querySelectorAll('p')[1]!;
    const range = document.createRange();
    range.selectNodeContents(p2);
    expect(describeRange(document.body, range).quote.exact).toBe('Second paragraph, emphasised words.');
  });

  it('anchors many highlights against one reading of the page, after the page changed', () => {
    const ranges = ['bold', 'emphasised'].map((word) => {
      const r = document.createRange();
      r.selectNodeContents(Array.from(document.querySelectorAll('b, em')).find((e) => e.textContent === word)!);
      return describeRange(document.body, r);
    });
    document.body.insertAdjacentHTML('afterbegin', '<p>Update: new text on top.</p>');
    const results = anchorAll(document.body, ranges);
    expect(results.map((r) => r?.range.toString())).toEqual(['bold', 'emphasised']);
    expect(results.map((r) => r?.method)).toEqual(['quote', 'quote']);
  });
});
