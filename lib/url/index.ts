export { normalizeUrl, pageKey, pageKeyOf, siteName } from './page-key';
