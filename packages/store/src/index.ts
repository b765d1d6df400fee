// openStore({ url?: string; file?: string }) → IsnadStore: DATABASE_URL=postgres://… selects PostgreSQL,
// otherwise SQLite at the given file (default .data/isnad.sqlite). Implemented in #open.ts.
export { type OpenStoreOptions, openStore } from "#open.ts";
export * from "#types.ts";
