import { handleMessage, type Handlers } from './handle';
import { backgroundProtocol, contentProtocol, type BackgroundProtocol, type ContentProtocol } from './protocol';

type Protocol = BackgroundProtocol | ContentProtocol;

function listen<P extends Protocol>(protocol: P, handlers: Handlers<P>, accepts: (type: string) => boolean) {
  const options = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    // Messages meant for another context pass through untouched so that context can answer.
    const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type) : '';
    if (!accepts(type)) return false;
    handleMessage(protocol, handlers, raw, sender, options).then(sendResponse);
    return true; // the reply is sent asynchronously
  });
}

/** Registers the background's handlers; call synchronously at start. */
export function listenInBackground(handlers: Handlers<BackgroundProtocol>): void {
  // The background answers every message sent to it, invalid ones too: a page.* message (a content
  // script's) gets a typed error instead of no reply. Content scripts never receive runtime messages.
  listen(backgroundProtocol, handlers, () => true);
}

/** Registers a content script's handlers. */
export function listenInPage(handlers: Handlers<ContentProtocol>): void {
  listen(contentProtocol, handlers, (type) => Object.hasOwn(contentProtocol, type));
}
