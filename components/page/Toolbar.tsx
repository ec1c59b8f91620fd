import { t } from '@/lib/i18n';
import type { Color } from '@/lib/model/highlight';
import { ColorPicker } from '../ColorPicker';
import { moveFocusWithArrows } from '../shared/arrow-keys';

/** The toolbar shown over a selection: highlight in the default colour or pick one. Tab or the arrow keys move
 * through its buttons, Enter picks. */
export function Toolbar({ onHighlight, error }: { onHighlight: (c?: Color) => void; error?: string }) {
  return (
    <div class="toolbar" role="toolbar" aria-label="Brieflight" onKeyDown={moveFocusWithArrows}>
      <button type="button" class="primary" data-testid="highlight-button" onClick={() => onHighlight()}>
        {t('highlight')}
      </button>
      <ColorPicker onPick={(c) => onHighlight(c)} />
      {error && (
        <p class="error" role="alert" data-testid="toolbar-error">
          {error}
        </p>
      )}
    </div>
  );
}
