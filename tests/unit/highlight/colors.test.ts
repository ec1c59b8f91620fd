import { describe, expect, it } from 'vitest';
import { COLORS } from '../../../lib/model/highlight';
import { COLOR_VALUES, TEXT_ON_HIGHLIGHT } from '../../../lib/highlight/styles';

describe('highlight colours', () => {
  it('are opaque and distinct, so two that overlap show the top one, never a blend of both', () => {
    const values = COLORS.map((c) => COLOR_VALUES[c]);
    for (const v of values) expect(v, v).toMatch(/^#[0-9a-f]{6}$/i);
    expect(new Set(values).size).toBe(COLORS.length);
  });

  it('keep their text dark enough to read on every one of them', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const c of COLORS) {
      const contrast = (luminance(COLOR_VALUES[c]) + 0.05) / (luminance(TEXT_ON_HIGHLIGHT) + 0.05);
      expect(contrast, c).toBeGreaterThanOrEqual(7); // WCAG AAA for body text
    }
  });
});
