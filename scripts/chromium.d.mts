/** Flags every Chromium we start here needs: no sandbox as root, no network chatter. */
export const CHROMIUM_ARGS: string[];
/** The system Chromium: CHROMIUM_PATH, else Debian's; throws with how to install one. */
export function findChromium(): string;
/** The extension's service worker once its `chrome.*` APIs are set up (waits for a worker just started). */
export function extensionWorker(context: import('playwright-core').BrowserContext, options?: { timeoutMs?: number }): Promise<import('playwright-core').Worker>;
