import { describe, expect, it } from 'vitest';
import { orderPlaces } from '../../../lib/db/library-order';

const place = (id: string, pageKey: string, title: string, start: number) => ({ id, pageKey, title, start });

describe('the library’s page orders', () => {
  // Newest first, as the queries give them: the page read last has the newest highlight.
  const newestFirst = [
    place('c', 'https://b.example/', 'Bão số 3', 900),
    place('a', 'https://a.example/', 'Ảnh hưởng', 40),
    place('d', 'https://b.example/', 'Bão số 3', 12),
    place('b', 'https://a.example/', 'Ảnh hưởng', 5),
  ];

  it('lists each page’s highlights as the text runs, pages in the order of their newest highlight', () => {
    expect(orderPlaces(newestFirst, 'reading')).toEqual(['d', 'c', 'b', 'a']);
  });

  it('puts pages in title order as the reader’s language sorts them (Ả before B)', () => {
    expect(orderPlaces(newestFirst, 'page')).toEqual(['b', 'a', 'd', 'c']);
  });
});
