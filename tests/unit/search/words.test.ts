// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexWordFor, matchesQuery, MAX_INDEXED_WORDS, queryWords, searchWords, wordsOfHighlight } from '../../../lib/search';
import { sampleHighlights } from '../../fixtures/export/sample';

const [vn, danang, en] = sampleHighlights as [typeof sampleHighlights[0], typeof sampleHighlights[0], typeof sampleHighlights[0]];

/** What the library does: the index narrows by one word, matchesQuery decides. */
const search = (query: string, site?: string) => sampleHighlights.filter((h) => matchesQuery(h, queryWords(query), site)).map((h) => h.id);

describe('search words', () => {
  it('folds Vietnamese diacritics and đ, lower-cases, splits and de-duplicates', () => {
    expect(searchWords('Giải NGÂN vốn, giải ngân!')).toEqual(['giai', 'ngan', 'von']);
    expect(searchWords('Đà Nẵng')).toEqual(searchWords('da nang'));
    expect(searchWords('ĐỒNG đồng')).toEqual(['dong']);
    expect(searchWords('ÐÀ NẴNG')).toEqual(['da', 'nang']); // Ð typed with the Icelandic eth
  });

  it('reads composed and decomposed input the same', () => {
    expect(searchWords('Nẵng'.normalize('NFD'))).toEqual(searchWords('Nẵng'.normalize('NFC')));
  });

  it('"giai ngan" finds "giải ngân", and "giai" alone finds it as a prefix', () => {
    expect(search('giai ngan')).toContain(vn.id);
    expect(search('giai')).toEqual(expect.arrayContaining([vn.id, danang.id]));
    expect(search('giả ngâ')).toContain(vn.id);
  });

  it('"da nang" finds "Đà Nẵng" and "Đà Nẵng" finds it too', () => {
    expect(search('da nang')).toEqual(expect.arrayContaining([vn.id, danang.id]));
    expect(search('ĐÀ NẴNG')).toEqual(search('da nang'));
  });

  it('needs every word of the query', () => {
    expect(search('giai growth')).toEqual([]);
    expect(search('growth officials')).toEqual([en.id]);
  });

  it('finds highlights by note, tag, page title and site', () => {
    expect(search('diem nong')).toEqual([vn.id]); // note
    expect(search('han chot')).toEqual([vn.id]); // tag "hạn chót" (also in the note)
    expect(search('targets')).toContain(en.id); // tag
    expect(search('economists say')).toContain(en.id); // title
    expect(search('reuters', 'Reuters')).toHaveLength(sampleHighlights.length);
    expect(search('reuters')).toEqual([]);
  });

  it('matches at the start of words only', () => {
    expect(search('ngan')).toContain(vn.id);
    expect(search('gan')).toEqual([]);
  });

  it('indexes the words of every field, without single letters, and bounded', () => {
    const words = wordsOfHighlight(vn, 'VnExpress');
    expect(words).toEqual(expect.arrayContaining(['dau', 'tu', 'cong', 'han', 'chot', 'thu', 'tuong', 'vnexpress', 'diem', 'nong']));
    expect(words.every((w) => w.length >= 2)).toBe(true);
    const long = { ...vn, text: Array.from({ length: 2000 }, (_, i) => `từ${i}`).join(' ') };
    const capped = wordsOfHighlight(long);
    expect(capped).toHaveLength(MAX_INDEXED_WORDS);
    expect(capped).toEqual(expect.arrayContaining(['dau', 'tu', 'han', 'chot'])); // tags survive the cap
  });

  it('asks the index with the longest query word', () => {
    expect(indexWordFor(queryWords('ở Đà Nẵng'))).toBe('nang');
    expect(indexWordFor(queryWords('a b'))).toBeNull();
  });
});
