export * from './envelope';
export * from './protocol';
export { handleMessage, type Handlers, type Sender } from './handle';
export { sendToBackground, sendToTab } from './send';
export { listenInBackground, listenInPage } from './listen';
