import type { BrieflightDB } from './database';
import type { Article } from '../model/article';

export async function getArticle(db: BrieflightDB, pageKey: string): Promise<Article | null> {
  return (await db.articles.get(pageKey)) ?? null;
}

export async function putArticle(db: BrieflightDB, article: Article): Promise<void> {
  await db.articles.put(article);
}
