import { z } from 'zod';
import { color } from '../model/highlight';

/** The reader's settings, stored in `storage.local`; unknown or broken values fall back to defaults. */
export const settingsSchema = z.object({
  defaultColor: color.catch('yellow'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { defaultColor: 'yellow' };
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    const parsed = settingsSchema.safeParse(stored[KEY] ?? {});
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await loadSettings()), ...changes });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
