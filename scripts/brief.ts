// `npm run --silent brief -- FILE...`: one JSON line per file with the brief of the article. A file that cannot be
// briefed (missing, unreadable, empty, binary, too large) gets one clear line on stderr; the others still are.
import { readFileSync, statSync } from 'node:fs';
import { computeBrief } from '../lib/brief/index';
import { loadArticle } from './lib/load';

/** Larger than any news article (the longest pages seen are under 500 KB of text): refused with a message. */
export const MAX_BYTES = 2 * 1024 * 1024;

/** Why a file cannot be briefed, in the reader's words, or null when it can. */
export function problemOf(file: string): string | null {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return 'is a folder, not a file';
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'cannot be read: permission denied' : `cannot be read: ${(e as Error).message}`;
  }
  if (size === 0) return 'is empty';
  if (size > MAX_BYTES) return `is ${(size / 1024 / 1024).toFixed(1)} MB: the brief reads articles of up to ${MAX_BYTES / 1024 / 1024} MB`;
  let head: Buffer;
  try {
    head = readFileSync(file).subarray(0, 8192);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EACCES' ? 'cannot be read: permission denied' : `cannot be read: ${(e as Error).message}`;
  }
  // Text has no NUL bytes and decodes as UTF-8 (a few replacement characters at most).
  if (head.includes(0)) return 'is not a text or HTML file (it holds binary data)';
  const bad = (head.toString('utf8').match(/\uFFFD/g) ?? []).length;
  if (bad > 8) return 'is not UTF-8 text';
  return null;
}

function main() {
  const files = process.argv.slice(2).filter((a) => a !== '--');
  if (!files.length) {
    console.error('usage: npm run --silent brief -- FILE.html|FILE.txt ...');
    process.exit(2);
  }
  let failed = 0;
  for (const file of files) {
    const problem = problemOf(file);
    if (problem) {
      failed++;
      console.error(`brief: ${file} ${problem}`);
      continue;
    }
    try {
      const a = loadArticle(file);
      if (!a.text.trim()) {
        failed++;
        console.error(`brief: ${file} holds no article text`);
        continue;
      }
      const b = computeBrief(a.text, a.lang, { published: a.published });
      const strip = <T extends { quote: unknown }>({ quote: _q, ...rest }: T) => rest;
      console.log(JSON.stringify({ doc: a.doc, lang: a.lang, title: a.title, published: a.published, supported: b.supported, directives: b.directives.map(strip), targets: b.targets.map(strip) }));
    } catch (e) {
      failed++;
      console.error(`brief: ${file}: ${(e as Error).message}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
