import { describe, expect, it } from 'vitest';
import { placeBeside } from '../../../components/page/position';

const viewport = { width: 1000, height: 800 };
const size = { width: 200, height: 40 };
const overlaps = (a: { top: number; bottom: number }, top: number) => top < a.bottom && top + size.height > a.top;

describe('where the toolbar goes', () => {
  it('sits below the selection when there is room', () => {
    const selection = { top: 100, bottom: 120, left: 300, width: 100 };
    const at = placeBeside(selection, size, viewport);
    expect(at.top).toBe(128);
    expect(overlaps(selection, at.top)).toBe(false);
  });

  it('goes above a selection at the bottom of the screen, still not covering it', () => {
    const selection = { top: 770, bottom: 790, left: 300, width: 100 };
    const at = placeBeside(selection, size, viewport);
    expect(at.top + size.height).toBeLessThanOrEqual(770);
    expect(overlaps(selection, at.top)).toBe(false);
  });

  it('stays on screen next to a selection at the right edge', () => {
    const at = placeBeside({ top: 100, bottom: 120, left: 960, width: 40 }, size, viewport);
    expect(at.left + size.width).toBeLessThanOrEqual(viewport.width);
    expect(at.left).toBeGreaterThanOrEqual(0);
  });
});

describe('the toolbar of a selection as tall as the window', () => {
  // The probe: selections 886 to 944 px tall in a 900 px window put the toolbar off screen.
  it.each([
    [{ top: 4, bottom: 890 }],
    [{ top: -20, bottom: 924 }],
    [{ top: 0, bottom: 944 }],
    [{ top: 380, bottom: 1300 }],
  ])('stays inside the window (%o)', (span) => {
    const tall = { height: 900, width: 1200 };
    const at = placeBeside({ ...span, left: 100, width: 600 }, size, tall);
    expect(at.top).toBeGreaterThanOrEqual(0);
    expect(at.top + size.height).toBeLessThanOrEqual(tall.height);
  });
});
