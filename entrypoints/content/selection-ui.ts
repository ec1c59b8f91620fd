import { render, h } from 'preact';
import type { ContentScriptContext } from '#imports';
import { createShadowRootUi } from '#imports';
import type { Color, Highlight } from '@/lib/model/highlight';
import type { EditOp } from '@/lib/model/edit';
import type { PageHighlights } from '@/lib/page/highlighter';
import type { Settings } from '@/lib/settings';
import { friendlyError } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { UI_TAG } from '@/lib/anchoring';
import { PageUi } from '@/components/page/PageUi';
import { Observable, type PageUiActions, type PageUiState, type Toast } from '@/components/page/state';
import { LIMITS } from '@/lib/model/limits';
import '@/components/page/page-ui.css';

export interface SelectionUi {
  highlightSelection(color?: Color): Promise<Highlight | null>;
  highlightRange(range: Range, color?: Color): Promise<Highlight | null>;
  /** Saves an edit made elsewhere (the side panel) and shows it in an open editor. Throws when it fails. */
  edit(id: string, ops: EditOp[]): Promise<Highlight>;
}

const UI_NAME = UI_TAG;

/*
 * The page must never act for the reader nor read what is theirs: the UI lives in a closed shadow
 * root (no page script can reach its buttons or fields), every action comes from a trusted event
 * (a page's synthetic mouseup, click or key press does nothing), and the keys typed into the
 * editor stop at its root (a page listening on the document would otherwise read a note as it is typed).
 */
const KEPT_INSIDE = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut'];

const insideUi = (node: Node | null) => !!(node && (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(UI_NAME));

/**
 * The selection toolbar and highlight editor. The shadow-root UI is created on first use, so a
 * page that is only read pays nothing for it.
 */
export function selectionUi(
  ctx: ContentScriptContext,
  highlights: PageHighlights,
  page: () => { pageKey: string; url: string; title: string },
  settings: () => Promise<Settings>,
): SelectionUi {
  const state = new Observable<PageUiState>({ view: 'hidden' });
  const toast = new Observable<Toast | null>(null);
  let savedRange: Range | null = null;
  let mounted: Promise<unknown> | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  let shadow: ShadowRoot | null = null;
  let host: HTMLElement | null = null;

  /** The UI, mounted on first use; put back when the page has taken our element out of its DOM. */
  const ready = () => {
    mounted ??= mount();
    return mounted.then(() => {
      if (host && !host.isConnected) document.body.append(host);
    });
  };
  const show = (next: PageUiState) => {
    void ready().then(() => state.set(next));
  };
  const showToast = (next: Toast | null, ms = 8000) => {
    clearTimeout(toastTimer);
    void ready().then(() => toast.set(next));
    if (next) toastTimer = setTimeout(() => toast.set(null), ms);
  };
  const close = () => state.set({ view: 'hidden' });


  const highlightRange = async (range: Range, color?: Color): Promise<Highlight | null> => {
    if (range.collapsed || !range.toString().trim() || insideUi(range.commonAncestorContainer)) return null;
    // Refused here with what to do, rather than by the background's schema with a generic sentence.
    if (range.toString().length > LIMITS.quote) {
      show({ view: 'toolbar', rect: range.getBoundingClientRect(), error: t('errorTooLong') });
      return null;
    }
    const chosen = color ?? (await settings()).defaultColor;
    try {
      const saved = await highlights.create(range, chosen, page());
      close();
      window.getSelection()?.removeAllRanges();
      return saved;
    } catch (error) {
      // Keep the toolbar and the selection so the reader can try again: nothing is dropped silently.
      show({ view: 'toolbar', rect: range.getBoundingClientRect(), error: friendlyError(error) });
      return null;
    }
  };

  const currentRange = (): Range | null => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return insideUi(range.commonAncestorContainer) ? null : range;
  };

  const edit = async (id: string, ops: EditOp[]): Promise<Highlight> => {
    const updated = await highlights.edit(id, ops);
    const current = state.value;
    if (current.view === 'editor' && current.highlight.id === id) state.set({ ...current, highlight: updated });
    return updated;
  };

  const actions: PageUiActions = {
    highlight: (color) => {
      const range = currentRange() ?? savedRange;
      if (range) void highlightRange(range, color);
    },
    edit: async (id, ops) => {
      try {
        await edit(id, ops);
      } catch (error) {
        showToast({ text: friendlyError(error) });
      }
    },
    remove: (id) => {
      void highlights
        .remove(id)
        .then((removed) => {
          close();
          showToast({
            text: t('deleted'),
            undo: () => {
              showToast(null);
              void highlights.restore(removed).catch((error) => showToast({ text: friendlyError(error) }));
            },
          });
        })
        .catch((error) => showToast({ text: friendlyError(error) }));
    },
    copy: (text) => {
      void navigator.clipboard.writeText(text).then(() => showToast({ text: t('copied') }, 2000));
    },
    close,
  };

  async function mount() {
    const ui = await createShadowRootUi(ctx, {
      name: UI_NAME,
      mode: 'closed',
      isolateEvents: KEPT_INSIDE,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => {
        render(h(PageUi, { state, toast, actions }), container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    shadow = ui.shadow;
    host = ui.shadowHost;
    ui.mount();
  }

  const onSelectionEnd = (event: Event) => {
    if (!event.isTrusted || insideUi(event.target as Node)) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      const range = currentRange();
      if (range && range.toString().trim()) {
        savedRange = range.cloneRange();
        show({ view: 'toolbar', rect: range.getBoundingClientRect() });
      } else if (state.value.view === 'toolbar') {
        close();
      }
    }, 0);
  };
  const openEditor = (id: string, focus: boolean) => {
    const highlight = highlights.all.get(id);
    const range = highlights.rangeOf(id);
    if (!highlight || !range) return;
    // No tag suggestions here: the reader's tags of other pages and sites must never be in the page's DOM.
    show({ view: 'editor', rect: range.getBoundingClientRect(), highlight, focus });
  };
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || insideUi(event.target as Node) || !window.getSelection()?.isCollapsed) return;
    const id = highlights.hitTest(event.clientX, event.clientY);
    if (!id) {
      if (state.value.view === 'editor') close();
      return;
    }
    openEditor(id, false);
  };

  // The toolbar and the editor stay beside their text as the page scrolls, and go when it leaves the window:
  // never floating over unrelated text.
  const follow = () => {
    const current = state.value;
    if (current.view === 'hidden') return;
    const range = current.view === 'editor' ? highlights.rangeOf(current.highlight.id) : (currentRange() ?? savedRange);
    const rect = range?.getBoundingClientRect();
    if (!rect || rect.bottom < 0 || rect.top > window.innerHeight || (rect.width === 0 && rect.height === 0)) return close();
    state.set({ ...current, rect });
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });

  ctx.addEventListener(document, 'mouseup', onSelectionEnd);
  ctx.addEventListener(document, 'keyup', (e) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') close();
    else if (e.shiftKey) onSelectionEnd(e);
  });
  // Keyboard readers reach the toolbar with Tab while it is open over their selection.
  ctx.addEventListener(document, 'keydown', (e) => {
    if (!e.isTrusted || e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || state.value.view !== 'toolbar') return;
    const button = shadow?.querySelector<HTMLButtonElement>('[data-testid="highlight-button"]');
    if (!button) return;
    e.preventDefault();
    button.focus();
  });
  ctx.addEventListener(document, 'click', onClick);
  // Enter with the caret in a highlight (caret browsing, or a click into it) opens its editor, focused.
  ctx.addEventListener(document, 'keydown', (e) => {
    if (!e.isTrusted || e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || state.value.view === 'editor') return;
    const target = e.target as Element | null;
    if (insideUi(target) || target?.closest?.('input, textarea, select, button, a[href], [contenteditable]:not([contenteditable="false"])')) return;
    const selection = window.getSelection();
    if (!selection?.focusNode) return;
    const id = highlights.at(selection.focusNode, selection.focusOffset);
    if (!id) return;
    e.preventDefault();
    openEditor(id, true);
  });

  return {
    highlightSelection: async (color) => {
      const range = currentRange();
      return range ? highlightRange(range, color) : null;
    },
    highlightRange,
    edit,
  };
}
