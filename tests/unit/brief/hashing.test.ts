// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { featureHash, Features } from '../../../lib/brief/hashing';

describe('feature hashes', () => {
  it('hash the parts of a feature as the joined name would hash', () => {
    const f = new Features(new Set([featureHash('pre:modal:hậu')]));
    f.add('u:', 'phải');
    f.add('b:', 'hậu', 'vệ');
    f.add('pre:modal:', 'hậu');
    f.add('gp:', 'order', 'modal', 'x');
    f.add('bias');
    expect(f.hashes).toEqual([featureHash('u:phải'), featureHash('b:hậu_vệ'), featureHash('pre:modal:hậu'), featureHash('gp:order_modal_x'), featureHash('bias')]);
    expect([...f.named]).toEqual([[featureHash('pre:modal:hậu'), 'pre:modal:hậu']]);
  });

  it('count a feature added twice twice', () => {
    const f = new Features();
    f.add('u:', 'cần');
    f.add('u:', 'cần');
    expect(f.hashes).toHaveLength(2);
  });
});
