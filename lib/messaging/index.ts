export * from './envelope';
export * from './protocol';
export { handleMessage, type CheckedSender, type Handlers, type Sender } from './handle';
export { sendToBackground, sendToTab } from './send';
export { friendlyError } from './friendly-error';
export { listenInBackground, listenInPage } from './listen';
