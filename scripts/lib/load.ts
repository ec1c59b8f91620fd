// Loads an article file for the command-line tools: .html through extractArticle (the extension's path), .txt as text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/article/index';
import { detectLanguage } from '../../lib/brief/detect';

export interface LoadedArticle {
  doc: string;
  lang: string;
  title: string;
  text: string;
  /** Publication date as the page or the file states it (ISO or YYYYMMDD), or null. */
  published: string | null;
}

/** Doc name: the file name without extension; for ".../bbc-1/source.html" the folder name. */
export function docName(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  return base === 'source' ? path.basename(path.dirname(path.resolve(file))) : base;
}

/** `.txt`: leading lines starting with "# " are metadata ("# key = value" or "# key: value"). */
export function parseTxt(raw: string): { meta: Record<string, string>; text: string } {
  const meta: Record<string, string> = {};
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  for (; i < lines.length && lines[i]!.startsWith('# '); i++) {
    const m = /^#\s+([\w-]+)\s*[=:]\s*(.*)$/.exec(lines[i]!);
    if (m) meta[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return { meta, text: lines.slice(i).join('\n').normalize('NFC') };
}

export function loadHtml(html: string, url: string): { lang: string; title: string; text: string; published: string | null } | null {
  const { document } = parseHTML(html);
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ||
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const a = extractArticle(document as unknown as Document, canonical && /^https?:/.test(canonical) ? canonical : url);
  return a ? { lang: a.lang, title: a.title, text: a.text, published: a.published } : null;
}

/** Throws with a readable message when the file cannot be read or holds no article. */
export function loadArticle(file: string): LoadedArticle {
  const raw = readFileSync(file, 'utf8');
  const doc = docName(file);
  if (/\.html?$/i.test(file)) {
    const a = loadHtml(raw, pathToFileURL(path.resolve(file)).href);
    if (!a) return { doc, lang: detectLanguage(''), title: '', text: '', published: null };
    return { doc, ...a };
  }
  const { meta, text } = parseTxt(raw);
  const firstLine = text.split('\n').find((l) => l.trim()) ?? '';
  const published = meta.published ?? meta.date ?? null;
  return { doc, lang: detectLanguage(text, meta.lang ?? meta.language), title: meta.title ?? firstLine.trim(), text, published };
}
