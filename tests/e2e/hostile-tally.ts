// The hostile-page suites count what they tried per category and how much held, and print the table
// the closing note asks for (tried / held / failed), also written to test-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, it } from 'vitest';

type Row = { tried: number; held: number; failed: number };

/** `attack(category, name, fn)` is an `it` that counts as tried, then held or failed. */
export function hostileTally(browser: string) {
  const rows = new Map<string, Row>();
  const attack = (category: string, name: string, fn: () => Promise<void>, timeout?: number) => {
    if (!rows.has(category)) rows.set(category, { tried: 0, held: 0, failed: 0 });
    it(
      name,
      async () => {
        const row = rows.get(category)!;
        row.tried++;
        try {
          await fn();
          row.held++;
        } catch (error) {
          row.failed++;
          throw error;
        }
      },
      timeout,
    );
  };
  afterAll(() => {
    const lines = ['| category | tried | held | failed |', '| --- | ---: | ---: | ---: |'];
    for (const [category, r] of rows) lines.push(`| ${category} | ${r.tried} | ${r.held} | ${r.failed} |`);
    const table = lines.join('\n');
    console.log(`hostile pages, ${browser}:\n${table}`);
    const dir = path.resolve(import.meta.dirname, '../../test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `hostile-${browser}.md`), `${table}\n`);
  });
  return attack;
}
