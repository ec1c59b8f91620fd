// `npx tsx scripts/revisions/build.ts <mirrors dir>`: rebuilds data/revisions from
// local mirrors of the repositories in sources.json (<mirrors dir>/<owner>+<name>/repo,
// bare git directories with their history). For each file: its versions from
// `git log --follow`, rendered to text; pairs of versions far enough apart to have
// changed prose (2% to 25% of characters) but not rewritten; each pair trimmed to
// its changed paragraphs with a margin of unchanged ones; written with a manifest
// that names the source, both commits and the licence.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import DiffMatchPatch from 'diff-match-patch';
import { z } from 'zod';
import { render, type SourceFormat } from './render';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../data/revisions');
const Sources = z.object({
  sources: z.array(z.object({ repo: z.string(), licence: z.string(), format: z.enum(['markdown', 'rst']), files: z.array(z.string()) })),
});

/** Share of characters a pair changes: enough to test re-anchoring, not a rewrite. */
const MIN_CHANGE = 0.02;
const MAX_CHANGE = 0.25;
/** How far apart (in versions) a pair's two versions may be. */
const MAX_STEP = 10;
const PAIRS_PER_FILE = 3;
/** Unchanged paragraphs kept on each side of a change (their text is context and look-alikes). */
const MARGIN_PARAGRAPHS = 6;

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 2;

function changeRatio(a: string, b: string): number {
  const diffs = dmp.diff_main(a, b);
  dmp.diff_cleanupSemantic(diffs);
  const changed = diffs.filter(([op]) => op !== 0).reduce((n, [, t]) => n + t.length, 0);
  return changed / (a.length + b.length);
}

/** Both texts with the middle of each long unchanged run of paragraphs left out. */
function trim(a: string, b: string): { old: string; new: string } {
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(a.replace(/\n\n/g, '\n'), b.replace(/\n\n/g, '\n'));
  const diffs = dmp.diff_main(chars1, chars2, false);
  const keptA: string[] = [];
  const keptB: string[] = [];
  const lines = (s: string): string[] => [...s].map((c) => lineArray[c.charCodeAt(0)]!.replace(/\n$/, ''));
  diffs.forEach(([op, chunk], k) => {
    const ps = lines(chunk);
    if (op === -1) keptA.push(...ps);
    else if (op === 1) keptB.push(...ps);
    else {
      const head = k === 0 ? [] : ps.slice(0, MARGIN_PARAGRAPHS);
      const tail = k === diffs.length - 1 ? [] : ps.slice(Math.max(head.length, ps.length - MARGIN_PARAGRAPHS));
      keptA.push(...head, ...tail);
      keptB.push(...head, ...tail);
    }
  });
  return { old: keptA.join('\n\n') + '\n', new: keptB.join('\n\n') + '\n' };
}

const git = (dir: string, ...args: string[]): string => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

function versions(dir: string, file: string, format: SourceFormat): { commit: string; path: string; text: string }[] {
  let log: string;
  try {
    log = git(dir, 'log', '--follow', '--format=@%H', '--name-only', '--', file);
  } catch (e) {
    // A mirror may lack an old object; the history read up to it is still good.
    log = String((e as { stdout?: unknown }).stdout ?? '');
    log = log.slice(0, log.lastIndexOf('@'));
  }
  const list: { commit: string; path: string }[] = [];
  for (const block of log.split('@').filter(Boolean)) {
    const [commit, ...rest] = block.split('\n').filter(Boolean);
    if (commit && rest[0]) list.push({ commit, path: rest[0] });
  }
  const texts = list.reverse().flatMap((v) => {
    try {
      return [{ ...v, text: render(git(dir, 'show', `${v.commit}:${v.path}`), format) }];
    } catch {
      return [];
    }
  });
  // Versions whose rendered text did not change (code or markup edits) are one version.
  return texts.filter((v, i) => i === 0 || v.text !== texts[i - 1]!.text);
}

const mirrors = process.argv[2];
if (!mirrors) {
  console.error('usage: build.ts <mirrors dir>');
  process.exit(2);
}
const { sources } = Sources.parse(JSON.parse(readFileSync(path.join(here, 'sources.json'), 'utf8')));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const manifest: object[] = [];
for (const source of sources) {
  const dir = path.join(mirrors, source.repo.replace('/', '+'), 'repo');
  for (const file of source.files) {
    const vs = versions(dir, file, source.format).filter((v) => v.text.length > 2000);
    let made = 0;
    // Start points spread over the file's history, newest half first (today's prose).
    const starts = Array.from({ length: 8 }, (_, k) => Math.floor(((k + 0.5) * vs.length) / 8)).reverse();
    let lastStart = Infinity;
    for (const i of starts) {
      if (made >= PAIRS_PER_FILE || i >= lastStart) continue;
      for (let j = i + 1; j < Math.min(vs.length, i + 1 + MAX_STEP) && j < lastStart; j++) {
        const ratio = changeRatio(vs[i]!.text, vs[j]!.text);
        if (ratio < MIN_CHANGE) continue;
        if (ratio <= MAX_CHANGE) {
          const id = `${String(manifest.length + 1).padStart(3, '0')}-${path.basename(file).replace(/\.\w+$/, '')}`;
          const pair = trim(vs[i]!.text, vs[j]!.text);
          mkdirSync(path.join(out, id));
          writeFileSync(path.join(out, id, 'old.txt'), pair.old);
          writeFileSync(path.join(out, id, 'new.txt'), pair.new);
          manifest.push({
            id,
            repo: source.repo,
            licence: source.licence,
            old: { commit: vs[i]!.commit, path: vs[i]!.path },
            new: { commit: vs[j]!.commit, path: vs[j]!.path },
            changed: Math.round(ratio * 1000) / 1000,
          });
          made++;
          lastStart = i;
        }
        break;
      }
    }
    console.log(`${source.repo} ${file}: ${vs.length} versions, ${made} pairs`);
  }
}
writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ about: 'Pairs of real versions of prose documents, rendered to text (scripts/revisions/build.ts). old.txt and new.txt keep the changed paragraphs and up to six unchanged ones around each change.', pairs: manifest }, null, 2) + '\n');
console.log(`${manifest.length} pairs`);
