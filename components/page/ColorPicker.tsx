import { COLORS, type Color } from '@/lib/model/highlight';
import { t, type MessageKey } from '@/lib/i18n';

const label = (c: Color) => t(`color${c[0]!.toUpperCase()}${c.slice(1)}` as MessageKey);

/** Five colour swatches; the current one is pressed. */
export function ColorPicker({ current, onPick }: { current?: Color; onPick: (c: Color) => void }) {
  return (
    <div class="colors" role="group">
      {COLORS.map((c) => (
        <button
          type="button"
          class={`swatch swatch-${c}`}
          data-testid={`color-${c}`}
          aria-label={label(c)}
          title={label(c)}
          aria-pressed={current === c}
          onClick={() => onPick(c)}
        />
      ))}
    </div>
  );
}
