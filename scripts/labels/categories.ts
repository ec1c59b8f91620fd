// The category of a corpus article, from its path: "vi-gov", "news_society", "bbc_politics", "readability".
import path from 'node:path';

export function categoryOf(source: string): string {
  const parts = source.split('/');
  const corpus = parts[1] ?? '';
  if (corpus === 'vi-gov') return 'vi-gov';
  if (corpus === 'readability-pages' || corpus === 'news-en') return corpus;
  return path.basename(source).replace(/_\d+\.txt$/, '');
}

/** Categories where an article rarely holds a directive: the labelled set must teach what is not one. */
export const QUIET_CATEGORIES = new Set(['news_sport', 'news_entertainment', 'news_tech', 'news_travel', 'bbc_sport', 'bbc_entertainment']);
