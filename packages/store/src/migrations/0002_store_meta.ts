// 0002 — a key/value table for the store's own bookkeeping. First key: `search_index`, a fingerprint of how search
// text is folded and stemmed (it depends on the core's engine). When the core changes it, open() rebuilds the
// index so stored text and new queries fold the same way.
import type { Kysely, Migration } from "kysely";
import type { Dialect } from "#db.ts";

export function storeMeta(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("store_meta")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("store_meta").ifExists().execute();
    },
  };
}
