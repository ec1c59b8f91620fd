// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { featureHash, Features } from '../../../lib/brief/hashing';
import { score, strongest } from '../../../lib/brief/model';
import { DEFAULT_SETTINGS, train, trainRanker } from '../../../scripts/lib/logistic';
import { seededRng } from '../../../scripts/lib/prng';

const features = (...names: string[]) => {
  const f = new Features();
  for (const n of names) f.add(n);
  return f;
};

describe('a linear model', () => {
  const model = { bias: -1, features: [featureHash('a'), featureHash('b'), 0], weights: [2, -0.5, 0.25] };
  it('adds the weights of the features it knows to its bias', () => {
    expect(score(model, features('a', 'b', 'unknown'))).toBeCloseTo(0.5);
    expect(score(model, features('a', 'a'))).toBeCloseTo(3);
  });
  it('names its strongest positive features', () => {
    expect(strongest(model, features('b', 'a'))).toEqual([featureHash('a')]);
  });
});

describe('training', () => {
  const examples = Array.from({ length: 200 }, (_, i) => {
    const rand = seededRng(i + 1);
    const duty = i % 2 === 0;
    const names = [duty ? 'w:phải' : 'w:đã', `noise:${Math.floor(rand() * 5)}`, 'bias'];
    return { features: names.map(featureHash), y: (duty ? 1 : 0) as 0 | 1 };
  });

  it('learns which features mark a positive', () => {
    const m = train(examples);
    const w = (name: string) => m.weights[m.features.indexOf(featureHash(name))] ?? 0;
    expect(w('w:phải')).toBeGreaterThan(1);
    expect(w('w:đã')).toBeLessThan(-1);
  });

  it('gives byte-identical weights for the same examples', () => {
    expect(JSON.stringify(train(examples))).toBe(JSON.stringify(train(examples)));
    expect(JSON.stringify(train(examples, { ...DEFAULT_SETTINGS, seed: 2 }))).not.toBe(JSON.stringify(train(examples)));
  });

  it('leaves out features seen in fewer examples than minCount', () => {
    const m = train([...examples, { features: [featureHash('rare')], y: 1 }]);
    expect(m.features).not.toContain(featureHash('rare'));
  });

  it('ranks the right candidate of each group first', () => {
    const choices = Array.from({ length: 60 }, (_, i) => ({
      candidates: [[featureHash('src:none')], [featureHash('src:subject'), featureHash(`len:${i % 3}`)], [featureHash('src:named')]],
      answer: 1,
    }));
    const m = trainRanker(choices);
    const s = (names: string[]) => names.reduce((sum, n) => sum + (m.weights[m.features.indexOf(featureHash(n))] ?? 0), 0);
    expect(s(['src:subject', 'len:0'])).toBeGreaterThan(s(['src:none']));
    expect(s(['src:subject', 'len:2'])).toBeGreaterThan(s(['src:named']));
  });
});
