// The one store this server process reads, opened on first use and shared by every request.
// The engine follows the store's environment contract (openStoreFromEnv): DATABASE_URL (postgres://…) →
// PostgreSQL; else SQLite at ISNAD_DB_FILE; else <workspace root>/.data/isnad.sqlite (found from the working
// directory, which is apps/web under `next start`).
import { type IsnadStore, openStoreFromEnv } from "@isnad/store";

const KEY = Symbol.for("isnad.web.store");
type Holder = { [KEY]?: Promise<IsnadStore> };

/** The process-wide store. A failed open is not cached, so the next request tries again. */
export function getStore(): Promise<IsnadStore> {
  const holder = globalThis as Holder;
  let p = holder[KEY];
  if (!p) {
    p = openStoreFromEnv(process.env);
    holder[KEY] = p;
    p.catch(() => {
      if (holder[KEY] === p) delete holder[KEY];
    });
  }
  return p;
}
