import { ContentScriptContext } from '#imports';

/**
 * WXT stops a content script when a newer copy of it announces itself with a "script started"
 * event on the document. A page can dispatch that event too (WXT posts its name to the page), and
 * would switch our UI off for good. A newer copy only exists once this one's extension is gone
 * (reloaded or updated), so while our runtime is alive the announcement is forged: it is stopped
 * before WXT's listener sees it.
 */
export function ignoreForgedStartUp(target: Window = window): void {
  // WXT keeps the event's name private; tests/e2e/hostile.e2e.test.ts replays it and notices a rename.
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  target.addEventListener(
    name,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
