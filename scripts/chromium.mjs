// Where the system Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium binary. ' +
        'Branded Google Chrome cannot load unpacked extensions from the command line.',
    );
  }
  return found;
}

/**
 * The extension's service worker once its `chrome.*` APIs are there. Chromium reports a worker it
 * has just started before those are set up: an evaluate then finds no `chrome` (about half of the
 * launches here), so callers wait for them instead of failing now and then.
 */
export async function extensionWorker(context, { timeoutMs = 10_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
      ?? (await context.waitForEvent('serviceworker', { timeout: Math.max(1, deadline - Date.now()) }));
    const ready = await worker.evaluate(() => typeof chrome === 'object' && !!chrome.tabs).catch(() => false);
    if (ready) return worker;
    if (Date.now() > deadline) throw new Error(`The extension's service worker (${worker.url()}) has no chrome.tabs after ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
