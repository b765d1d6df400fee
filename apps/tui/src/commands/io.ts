// What a command needs from the outside world, passed in so tests run commands in-process.
import { isAbsolute, resolve } from "node:path";
import { type IsnadStore, openStore, openStoreFromEnv } from "@isnad/store";

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export type Env = Record<string, string | undefined>;

export interface CliIO {
  stdout: Output;
  stderr: Output;
  env: Env;
  /** the current directory relative paths are read from (default: process.cwd()) */
  cwd?: string;
  /** the keyboard, for the interactive browser (default: process.stdin) */
  stdin?: NodeJS.ReadStream;
}

export interface StoreOptions {
  /** SQLite file, overriding ISNAD_DB_FILE / DATABASE_URL */
  db?: string;
}

/** Open the store the options or environment name (DATABASE_URL → PostgreSQL, ISNAD_DB_FILE → SQLite). */
export async function openCliStore(io: CliIO, options: StoreOptions): Promise<IsnadStore> {
  if (options.db) return openStore({ file: resolve(baseDir(io), options.db) });
  return openStoreFromEnv(io.env);
}

/**
 * The directory relative paths on the command line refer to. Under `pnpm isnad …` pnpm runs the script from the
 * workspace root, but INIT_CWD keeps the directory the user typed the command in.
 */
export function baseDir(io: CliIO): string {
  const cwd = io.cwd ?? process.cwd();
  const viaPnpm = io.env.npm_lifecycle_event === "isnad" || io.env.npm_lifecycle_event === "tui";
  return viaPnpm && io.env.INIT_CWD ? io.env.INIT_CWD : cwd;
}

/** Paths as the loader should see them: unchanged when relative to the process's own directory. */
export function inputPaths(io: CliIO, paths: readonly string[]): string[] {
  const base = baseDir(io);
  const cwd = io.cwd ?? process.cwd();
  return paths.map((p) => (isAbsolute(p) || resolve(base) === resolve(cwd) ? p : resolve(base, p)));
}

/** Mirrors Ink's own CI detection (is-in-ci): CI or CONTINUOUS_INTEGRATION set to anything but 0/false. */
export function isCi(env: Env): boolean {
  const set = (key: string) => key in env && env[key] !== undefined && env[key] !== "0" && env[key] !== "false";
  return set("CI") || set("CONTINUOUS_INTEGRATION");
}

/** The browser needs a keyboard and a screen: both streams are terminals, not CI, not TERM=dumb. */
export function canBrowse(io: CliIO): boolean {
  const stdin = io.stdin ?? process.stdin;
  return Boolean(io.stdout.isTTY && stdin.isTTY) && !isCi(io.env) && io.env.TERM !== "dumb";
}

export function line(out: Output, text = ""): void {
  out.write(`${text}\n`);
}
