// Opening a store: PostgreSQL for postgres:// URLs, otherwise SQLite (a file, WAL mode). Migrations run on open.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type Sqlite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import type { Database } from "#db.ts";
import { KyselyStore } from "#store.ts";
import { StoreError } from "#types.ts";

export interface OpenStoreOptions {
  /** postgres://… (or postgresql://…) selects PostgreSQL; sqlite:PATH / file:PATH selects SQLite at PATH */
  url?: string | null;
  /** SQLite file path (default `<workspace root>/.data/isnad.sqlite`); ":memory:" for a throwaway store */
  file?: string;
  /** SQLite: how long a write waits for another process's write lock before failing as unavailable (default 5000) */
  busyTimeoutMs?: number;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;
const SQLITE_URL = /^(?:sqlite|file):(?:\/\/)?/i;

/** The folder holding pnpm-workspace.yaml, walking up from `from` (default: the current directory); else `from`. */
export function workspaceRoot(from: string = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

/** `<workspace root>/.data/isnad.sqlite`. */
export function defaultSqliteFile(from?: string): string {
  return join(workspaceRoot(from), ".data", "isnad.sqlite");
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// The drivers load on demand: a PostgreSQL deployment never loads the native SQLite module, and the reverse.
async function openSqlite(file: string, busyTimeoutMs: number): Promise<Kysely<Database>> {
  const memory = file === ":memory:" || file === "";
  if (!memory) {
    const path = resolve(file);
    if (existsSync(path) && statSync(path).isDirectory()) {
      throw new StoreError("unavailable", `cannot open SQLite database ${path}: it is a directory`);
    }
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StoreError("unavailable", `cannot create the folder for ${path}: ${message(error)}`);
    }
  }
  let database: Sqlite.Database;
  try {
    const { default: Driver } = await import("better-sqlite3");
    database = new Driver(memory ? ":memory:" : resolve(file));
    if (!memory) database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
    database.pragma("foreign_keys = ON");
    database.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  } catch (error) {
    throw new StoreError("unavailable", `cannot open SQLite database ${file}: ${message(error)}`);
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

async function openPostgres(url: string): Promise<Kysely<Database>> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reports the error.
  pool.on("error", () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}

/** Open (and migrate) a store. Throws StoreError("unavailable") when the database cannot be reached or migrated. */
export async function openStore(options: OpenStoreOptions = {}): Promise<KyselyStore> {
  const url = options.url?.trim() || null;
  let store: KyselyStore;
  if (url && POSTGRES_URL.test(url)) {
    store = new KyselyStore(await openPostgres(url), "postgres");
    try {
      await store.migrate();
    } catch (error) {
      await store.close().catch(() => {});
      throw new StoreError("unavailable", `cannot use PostgreSQL at ${redact(url)}: ${message(error)}`);
    }
    return store;
  }
  let file = options.file ?? defaultSqliteFile();
  if (url) {
    if (!SQLITE_URL.test(url)) {
      throw new StoreError("invalid_input", `unsupported database URL ${redact(url)}: use postgres://… or sqlite:PATH`);
    }
    file = url.replace(SQLITE_URL, "");
  }
  store = new KyselyStore(await openSqlite(file, options.busyTimeoutMs ?? 5000), "sqlite");
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error instanceof StoreError ? error : new StoreError("unavailable", message(error));
  }
  return store;
}

/**
 * Open the store the environment asks for: DATABASE_URL (postgres://…) → PostgreSQL; else ISNAD_DB_FILE → SQLite
 * at that file; else SQLite at `<workspace root>/.data/isnad.sqlite`.
 */
export async function openStoreFromEnv(env: Record<string, string | undefined> = process.env): Promise<KyselyStore> {
  const url = env.DATABASE_URL?.trim();
  if (url) return openStore({ url });
  const file = env.ISNAD_DB_FILE?.trim();
  return openStore({ file: file || defaultSqliteFile() });
}
