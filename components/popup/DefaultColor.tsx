import { useEffect, useState } from 'preact/hooks';
import type { Color } from '@/lib/model/highlight';
import { loadSettings, saveSettings } from '@/lib/settings';
import { t } from '@/lib/i18n';
import { ColorPicker } from '../ColorPicker';

/** The colour that "Highlight", the keyboard command and the context menu use. */
export function DefaultColor() {
  const [color, setColor] = useState<Color | null>(null);
  useEffect(() => void loadSettings().then((s) => setColor(s.defaultColor)), []);
  return (
    <div class="default-color">
      <span>{t('defaultColor')}</span>
      <ColorPicker current={color} testIdPrefix="default-color-" onPick={(c) => void saveSettings({ defaultColor: c }).then((s) => setColor(s.defaultColor))} />
    </div>
  );
}
