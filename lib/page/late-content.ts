import { UI_ATTRIBUTE, UI_TAG } from '../anchoring/text-model';
import { MARK_TAG } from '../highlight/styles';

/**
 * Watches the page for content that arrives after load (and for content the page replaces),
 * calling `onChange` debounced, and stops by itself: after `quietMs` without anything left to
 * find, or `maxMs` in all, so a busy page never pays for us forever.
 */
export function watchLateContent(
  root: Node,
  onChange: () => { waiting: number },
  { debounceMs = 150, quietMs = 10_000, maxMs = 60_000 } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const started = Date.now();
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let wait = debounceMs;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(quietTimer);
  };
  const armQuiet = () => {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(stop, quietMs);
  };
  const observer = new MutationObserver((records) => {
    // Our own drawing (marks fallback, UI host) must not wake us.
    if (records.every(isOurs)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (stopped) return;
      const before = performance.now();
      onChange();
      // On a huge page a pass is costly: wait longer before the next one, so we never take more
      // than about a fifth of the page's time.
      wait = Math.max(debounceMs, (performance.now() - before) * 4);
      if (Date.now() - started > maxMs) stop();
      else armQuiet();
    }, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  armQuiet();
  return stop;
}

const OURS = `${UI_TAG}, ${MARK_TAG}, [${UI_ATTRIBUTE}]`;

function within(node: Node | null): boolean {
  const el = node?.nodeType === 1 ? (node as Element) : node?.parentElement;
  return !!el?.closest(OURS);
}

/** A change we made: inside our UI or marks, adding our elements, or moving text into a mark. */
function isOurs(record: MutationRecord): boolean {
  if (within(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => within(n) || within(n.parentNode));
}
