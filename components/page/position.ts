/**
 * Where to put a panel of `size` next to `rect` without covering it: below, else above. A selection
 * as tall as the window leaves room on neither side: the panel then goes over its lower end, always
 * inside the window (it was once placed below the window, out of reach).
 */
export function placeBeside(
  rect: { top: number; bottom: number; left: number; width: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
): { top: number; left: number } {
  const below = rect.bottom + gap;
  const above = rect.top - gap - size.height;
  const lowest = viewport.height - size.height - gap;
  const top = below <= lowest ? below : above >= gap ? above : Math.min(Math.max(below, gap), lowest);
  const centre = rect.left + rect.width / 2 - size.width / 2;
  const left = Math.max(gap, Math.min(centre, viewport.width - size.width - gap));
  return { top: Math.max(gap, top), left };
}
