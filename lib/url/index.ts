export { normalizeUrl, pageKey, pageKeyOf, siteName, siteOf } from './page-key';
