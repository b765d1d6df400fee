// BOOTSTRAP: the store implementation (SQLite + PostgreSQL) replaces this file. Keep the signature.
import type { IsnadStore } from "#types.ts";

export interface OpenStoreOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite */
  url?: string | null;
  /** SQLite file path (default `.data/isnad.sqlite` under the current directory); ":memory:" for tests */
  file?: string;
}

export async function openStore(_options: OpenStoreOptions = {}): Promise<IsnadStore> {
  throw new Error("store not implemented yet");
}
