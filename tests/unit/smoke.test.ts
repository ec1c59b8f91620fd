import { describe, expect, it } from 'vitest';
import { highlight } from '../../lib/model/highlight';
describe('model', () => {
  it('rejects a highlight without a quote', () => {
    expect(highlight.safeParse({}).success).toBe(false);
  });
});
