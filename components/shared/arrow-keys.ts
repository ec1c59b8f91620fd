// Arrow keys move the focus through a group's buttons (a toolbar, a row of swatches), as in every toolbar
// since the first desktops; Home and End go to the ends. Tab still leaves the group.
const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

export function moveFocusWithArrows(event: KeyboardEvent): void {
  const group = event.currentTarget as HTMLElement;
  if (!NEXT.has(event.key) && !PREVIOUS.has(event.key) && event.key !== 'Home' && event.key !== 'End') return;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  if (!buttons.length) return;
  const root = group.getRootNode() as Document | ShadowRoot;
  const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : NEXT.has(event.key) ? (at + 1) % buttons.length : (at - 1 + buttons.length) % buttons.length;
  event.preventDefault();
  buttons[next]!.focus();
}
