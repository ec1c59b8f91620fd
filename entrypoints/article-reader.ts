import { briefOfPage } from '@/lib/page/brief-request';

// Readability and the brief's rules, loaded by the content script only when the popup asks for
// a brief, so that pages pay nothing for them on load. It runs in the content script's world.
export default defineUnlistedScript(() => {
  (globalThis as { brieflightReader?: unknown }).brieflightReader = { briefOfPage };
});
