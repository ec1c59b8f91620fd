import { COLORS, type Color } from '@/lib/model/highlight';
import { t, type MessageKey } from '@/lib/i18n';
import './swatches.css';

/** The colour's name in the reader's language. */
export const colorLabel = (c: Color) => t(`color${c[0]!.toUpperCase()}${c.slice(1)}` as MessageKey);

/** Five colour swatches; the current one is pressed. Test ids are `<testIdPrefix><colour>`. */
export function ColorPicker({ current, onPick, testIdPrefix = 'color-' }: { current?: Color | null; onPick: (c: Color) => void; testIdPrefix?: string }) {
  return (
    <div class="colors" role="group">
      {COLORS.map((c) => (
        <button
          type="button"
          key={c}
          class={`swatch swatch-${c}`}
          data-testid={`${testIdPrefix}${c}`}
          aria-label={colorLabel(c)}
          title={colorLabel(c)}
          aria-pressed={current === c}
          onClick={() => onPick(c)}
        />
      ))}
    </div>
  );
}
