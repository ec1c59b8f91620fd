import { t } from '@/lib/i18n';

export type Quote = { exact: string; prefix: string; suffix: string };

export interface ItemActions {
  jump(quote: Quote, start: number): void;
  highlight(quote: Quote, start: number): void;
}

/** The "highlight this" action of a brief item. */
export function ItemButtons({ quote, start, actions }: { quote: Quote; start: number; actions: ItemActions }) {
  return (
    <button type="button" class="small" data-testid="highlight-item" title={t('highlightItem')} onClick={() => actions.highlight(quote, start)}>
      ✎ {t('highlightItem')}
    </button>
  );
}
