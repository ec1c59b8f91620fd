// Label files of the brief (data/brief/labels/<doc>.json): the gold format of ../shared/eval/RUBRIC.md,
// plus who labelled it. One schema for the check script, the trainer and the evaluation.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot, sharedDir } from './shared';

const text = z.string().trim().min(1);
const party = text.nullable();

export const labelDirective = z.strictObject({
  key: text,
  issuer: party,
  addressee: party,
  action: party,
  deadline: party,
  required: z.boolean(),
});
export type LabelDirective = z.infer<typeof labelDirective>;

export const labelTarget = z.strictObject({
  key: text,
  kind: z.enum(['quantity', 'deadline']),
  metric: party,
  comparator: z.enum(['>=', '>', '<=', '<', '=', '~']).nullable(),
  value: z.union([z.number(), text]).nullable(),
  unit: party,
  by: party,
  required: z.boolean(),
});
export type LabelTarget = z.infer<typeof labelTarget>;

export const labelFile = z.strictObject({
  doc: text,
  source: text,
  lang: z.enum(['vi', 'en']),
  labeller: text,
  directives: z.array(labelDirective),
  targets: z.array(labelTarget),
});
export type LabelFile = z.infer<typeof labelFile>;

export const labelsDir = path.join(repoRoot, 'data', 'brief', 'labels');
export const secondLabelsDir = path.join(repoRoot, 'data', 'brief', 'labels-second');

/** The articles that may be labelled, trained on and tuned to (paths relative to ../shared). */
export function trainPool(): Set<string> {
  const lines = readFileSync(path.join(sharedDir, 'eval', 'train-pool.txt'), 'utf8').split('\n');
  return new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/** Every label file of a folder, parsed (throws on the first bad one; the check script reports them all). */
export function readLabels(dir = labelsDir): LabelFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => labelFile.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
}
