// `npm run --silent labels:text -- SOURCE [--sentences]`: the article text exactly as the brief sees it
// (what every label key must be a verbatim substring of). SOURCE is a path relative to ../shared, as in a
// label's "source". With --sentences, one sentence a line, numbered, as the brief splits them.
import path from 'node:path';
import { splitSentences } from '../../lib/brief/text';
import { loadArticle } from '../lib/load';
import { sharedDir } from '../lib/shared';

const args = process.argv.slice(2).filter((a) => a !== '--');
const sentences = args.includes('--sentences');
const sources = args.filter((a) => !a.startsWith('--'));
if (!sources.length) {
  console.error('usage: npm run --silent labels:text -- corpus/vi-gov/gov_….txt [--sentences]');
  process.exit(2);
}
for (const source of sources) {
  try {
    const a = loadArticle(path.isAbsolute(source) ? source : path.join(sharedDir, source));
    if (!sentences) {
      process.stdout.write(a.text + '\n');
      continue;
    }
    for (const [i, s] of splitSentences(a.text, a.lang).entries()) console.log(`${i}\t¶${s.para}\t${s.text}`);
  } catch (e) {
    console.error(`labels:text: ${source}: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
