// Versioned migrations, listed statically (no filesystem discovery at run time, so bundles work).
// Add a migration: create `NNNN_name.ts` exporting a `(dialect) => Migration` factory and list it here.
import type { Migration, MigrationProvider } from "kysely";
import type { Dialect } from "#db.ts";
import { initial } from "#migrations/0001_initial.ts";
import { storeMeta } from "#migrations/0002_store_meta.ts";

const MIGRATIONS: Record<string, (dialect: Dialect) => Migration> = {
  "0001_initial": initial,
  "0002_store_meta": storeMeta,
};

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      return Object.fromEntries(Object.entries(MIGRATIONS).map(([name, make]) => [name, make(dialect)]));
    },
  };
}

export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS);
