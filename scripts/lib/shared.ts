// Where the read-only shared material lives: ../shared beside the repository root (CI clones it the same way).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const hasShared = () => existsSync(sharedDir);
