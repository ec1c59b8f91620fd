import { useEffect, useState } from 'preact/hooks';
import { COLORS, type Color } from '@/lib/model/highlight';
import { loadSettings, saveSettings } from '@/lib/settings';
import { t, type MessageKey } from '@/lib/i18n';

const label = (c: Color) => t(`color${c[0]!.toUpperCase()}${c.slice(1)}` as MessageKey);

/** The colour that "Highlight", the keyboard command and the context menu use. */
export function DefaultColor() {
  const [color, setColor] = useState<Color | null>(null);
  useEffect(() => void loadSettings().then((s) => setColor(s.defaultColor)), []);
  return (
    <fieldset class="default-color">
      <legend>{t('defaultColor')}</legend>
      {COLORS.map((c) => (
        <button
          type="button"
          key={c}
          class={`swatch swatch-${c}`}
          data-testid={`default-color-${c}`}
          aria-label={label(c)}
          title={label(c)}
          aria-pressed={color === c}
          onClick={() => void saveSettings({ defaultColor: c }).then((s) => setColor(s.defaultColor))}
        />
      ))}
    </fieldset>
  );
}
