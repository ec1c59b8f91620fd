// `npm run --silent brief -- FILE...`: one JSON line per file with the brief of the article.
import { computeBrief } from '../lib/brief/index';
import { loadArticle } from './lib/load';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (!files.length) {
  console.error('usage: npm run --silent brief -- FILE.html|FILE.txt ...');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  try {
    const a = loadArticle(file);
    const b = computeBrief(a.text, a.lang, { published: a.published });
    const strip = <T extends { quote: unknown }>({ quote: _q, ...rest }: T) => rest;
    console.log(JSON.stringify({ doc: a.doc, lang: a.lang, title: a.title, published: a.published, supported: b.supported, directives: b.directives.map(strip), targets: b.targets.map(strip) }));
  } catch (e) {
    failed++;
    const msg = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    console.error(`brief: ${file}: ${msg}`);
  }
}
process.exit(failed ? 1 : 0);
