import { listenInBackground } from '@/lib/messaging';
import { openDatabase } from '@/lib/db';
import { backgroundHandlers } from './handlers';
import { registerMenus } from './menus';

export default defineBackground(() => {
  // The worker can be stopped at any moment: every listener is registered synchronously here,
  // and no state lives only in memory (Dexie reopens the database on demand).
  const db = openDatabase();
  listenInBackground(backgroundHandlers(db));
  registerMenus();
});
