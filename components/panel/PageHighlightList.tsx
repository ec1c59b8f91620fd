import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/messaging';
import { COLORS, type Color } from '@/lib/model/highlight';
import type { EditOp } from '@/lib/model/edit';
import { t } from '@/lib/i18n';
import { colorLabel } from '../ColorPicker';
import type { PageHighlightsView } from '@/components/brief/use-page-highlights';
import { PanelHighlight } from './PanelHighlight';

const TAG_SUGGESTIONS = 'panel-tag-suggestions';

/** This page's highlights in reading order, then those not found on it; filtered by colour. */
export function PageHighlightList({
  list,
  onShow,
  onSave,
}: {
  list: PageHighlightsView;
  onShow: (id: string) => void;
  onSave: (id: string, ops: EditOp[]) => Promise<void>;
}) {
  const [color, setColor] = useState<Color | null>(null);
  // The reader's tags, offered while typing: here, in the extension's own page, and never in the page's DOM,
  // where the site could read them.
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => void sendToBackground('tags.list', {}).then(setTags, () => setTags([])), []);
  if (!list.known) return <p class="state">{t('loading')}</p>;
  const fits = (h: { color: Color }) => !color || h.color === color;
  const drawn = list.drawn.filter(fits);
  const orphans = list.orphans.filter(fits);
  const total = list.drawn.length + list.orphans.length;
  if (!total) return <p class="state" data-testid="no-highlights">{t('noHighlights')}</p>;
  return (
    <div class="page-highlights">
      <datalist id={TAG_SUGGESTIONS} data-testid="panel-tag-suggestions">
        {tags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <div class="color-filter" role="group" aria-label={t('filterByColor')}>
        <button type="button" class="small" data-testid="panel-color-all" aria-pressed={!color} onClick={() => setColor(null)}>
          {t('allColors')}
        </button>
        {COLORS.map((c) => (
          <button
            type="button"
            key={c}
            class={`swatch swatch-${c}`}
            data-testid={`panel-color-${c}`}
            aria-label={colorLabel(c)}
            title={colorLabel(c)}
            aria-pressed={color === c}
            onClick={() => setColor(color === c ? null : c)}
          />
        ))}
      </div>
      <ul class="panel-list">
        {drawn.map((h) => (
          <PanelHighlight key={h.id} highlight={h} orphan={false} onShow={onShow} onSave={onSave} tagSuggestions={TAG_SUGGESTIONS} />
        ))}
      </ul>
      {orphans.length > 0 && (
        <>
          <h2 class="orphans-head">
            {t('orphans')} ({orphans.length})
          </h2>
          <ul class="panel-list">
            {orphans.map((h) => (
              <PanelHighlight key={h.id} highlight={h} orphan onShow={onShow} onSave={onSave} tagSuggestions={TAG_SUGGESTIONS} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
