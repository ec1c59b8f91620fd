// `npm run bench`: runs each benchmark in turn; each prints its figures and writes bench/results/<name>.json.
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
mkdirSync(path.join(here, 'results'), { recursive: true });
const only = process.argv.slice(2);
const benches = ['brief', 'anchoring', 'content-script', 'storage'].filter((b) => !only.length || only.includes(b));
let failed = 0;
for (const name of benches) {
  const file = path.join(here, `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n== bench: ${name} ==`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
