import type { ContentProtocol, Handlers } from '@/lib/messaging';
import type { PageHighlights } from '@/lib/page/highlighter';
import type { Painter } from '@/lib/highlight';
import { anchor } from '@/lib/anchoring';
import type { SelectionUi } from './selection-ui';
import { articleReader } from './article-reader';
import type { briefCache as BriefCache } from './store';

interface Deps {
  highlights: PageHighlights;
  painter: Painter;
  ui: SelectionUi;
  page: () => { pageKey: string; url: string; title: string };
  ready: () => Promise<void>;
  briefCache: typeof BriefCache;
}

/** Finds a brief item's quote on the live page. */
function findQuote(quote: { exact: string; prefix: string; suffix: string }, start = 0) {
  return anchor(document.body, {
    quote: { type: 'TextQuoteSelector', ...quote },
    // The brief's offsets count article text, not page text: only a hint for ordering.
    position: { type: 'TextPositionSelector', start, end: start + quote.exact.length },
  });
}

/** The element where a range starts, to scroll to: a range may start at an element boundary. */
function elementAt(range: Range): Element | null {
  const { startContainer, startOffset } = range;
  if (startContainer.nodeType !== Node.ELEMENT_NODE) return startContainer.parentElement;
  const child = startContainer.childNodes[startOffset];
  if (child?.nodeType === Node.ELEMENT_NODE) return child as Element;
  return child?.parentElement ?? (startContainer as Element);
}

/** Scrolls a range into the middle of the window and flashes it. */
function show(painter: Painter, range: Range): void {
  const target = elementAt(range);
  // Smooth scrolling stalls in a hidden tab and bothers readers who asked for less motion.
  const smooth = document.visibilityState === 'visible' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
  painter.flash(range);
}

export function pageHandlers(deps: Deps): Handlers<ContentProtocol> {
  return {
    'page.info': async () => {
      await deps.ready();
      const orphans = deps.highlights.orphans();
      return {
        ...deps.page(),
        highlightCount: deps.highlights.all.size,
        orphans,
        pending: orphans.length,
        contentType: document.contentType,
      };
    },
    'page.brief': async () => {
      // Loaded on demand: Readability and the brief's rules are not part of page start-up.
      const reader = await articleReader();
      return reader.briefOfPage(document, deps.page().pageKey, deps.briefCache);
    },
    'page.jump': ({ quote, start }) => {
      const found = findQuote(quote, start);
      if (!found) return false;
      show(deps.painter, found.range);
      return true;
    },
    'page.highlightQuote': async ({ quote, start, color }) => {
      const found = findQuote(quote, start);
      if (!found) return null;
      const existing = deps.highlights.covering(found.range);
      if (existing) return { highlight: existing, created: false };
      const saved = await deps.ui.highlightRange(found.range, color);
      return saved ? { highlight: saved, created: true } : null;
    },
    'page.highlights': async ({ known }) => {
      await deps.ready();
      const { revision } = deps.highlights;
      if (known === revision) return { revision };
      return { revision, drawn: deps.highlights.inReadingOrder(), orphans: deps.highlights.orphans() };
    },
    'page.showHighlight': ({ id }) => {
      const range = deps.highlights.rangeOf(id);
      if (!range) return false;
      show(deps.painter, range);
      return true;
    },
    'page.editHighlight': ({ id, ops }) => deps.ui.edit(id, ops),
    'page.highlightSelection': async ({ color }) => deps.ui.highlightSelection(color),
  };
}
