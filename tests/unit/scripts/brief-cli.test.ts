// @vitest-environment node
// The brief's command line on files it cannot read: one clear line on stderr each, the other files still briefed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const run = (...files: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/brief.ts'), ...files], { cwd: root, encoding: 'utf8' });

describe('npm run brief', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brieflight-cli-'));
  const good = path.join(dir, 'good.txt');
  writeFileSync(good, '# lang: vi\nThủ tướng yêu cầu các bộ khẩn trương hoàn thành trước ngày 30/6/2025.\n');
  const empty = path.join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const big = path.join(dir, 'big.txt');
  writeFileSync(big, 'a '.repeat(2.6 * 1024 * 1024));
  const binary = path.join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
  const locked = path.join(dir, 'locked.txt');
  writeFileSync(locked, 'Some text.');
  chmodSync(locked, 0o000);

  it('says what is wrong with each file it cannot brief, and still briefs the others', () => {
    const r = run(empty, big, binary, path.join(dir, 'missing.txt'), dir, good);
    expect(r.status).toBe(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      `brief: ${empty} is empty`,
      `brief: ${big} is 5.2 MB: the brief reads articles of up to 2 MB`,
      `brief: ${binary} is not a text or HTML file (it holds binary data)`,
      `brief: ${path.join(dir, 'missing.txt')} no such file`,
      `brief: ${dir} is a folder, not a file`,
    ]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { doc: string; directives: unknown[] });
    expect(lines.map((l) => l.doc)).toEqual(['good']);
    expect(lines[0]!.directives.length).toBeGreaterThan(0);
  });

  it.skipIf(process.getuid?.() === 0)('says a file it may not read cannot be read', () => {
    expect(run(locked).stderr.trim()).toBe(`brief: ${locked} cannot be read: permission denied`);
  });
});
