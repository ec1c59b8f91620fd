import type { briefOfPage } from '@/lib/page/brief-request';

export interface ArticleReader {
  briefOfPage: typeof briefOfPage;
}

let loading: Promise<ArticleReader> | null = null;

/** Loads Readability and the brief on first use (a separate file of the extension). */
export function articleReader(): Promise<ArticleReader> {
  loading ??= (async () => {
    await import(/* @vite-ignore */ browser.runtime.getURL('/article-reader.js'));
    const reader = (globalThis as { brieflightReader?: ArticleReader }).brieflightReader;
    if (!reader) throw new Error('The article reader did not load.');
    return reader;
  })();
  loading.catch(() => {
    loading = null; // let a later request try again
  });
  return loading;
}
