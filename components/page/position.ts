/** Where to put a panel of `size` next to `rect` without covering it: below, else above, kept on screen. */
export function placeBeside(
  rect: { top: number; bottom: number; left: number; width: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
): { top: number; left: number } {
  const below = rect.bottom + gap;
  const above = rect.top - gap - size.height;
  const top = below + size.height <= viewport.height || above < 0 ? below : above;
  const centre = rect.left + rect.width / 2 - size.width / 2;
  const left = Math.max(gap, Math.min(centre, viewport.width - size.width - gap));
  return { top: Math.max(gap, top), left };
}
