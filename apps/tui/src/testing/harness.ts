// Test harness: temporary folders and real SQLite stores that clean up after themselves, and an in-process CLI run.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type IsnadStore, loadArticleFiles, openStore } from "@isnad/store";
import type { Env } from "#commands/io.ts";
import { QUAKE_DIR } from "#fixtures/quake.ts";
import { runCli } from "#run.ts";

export const REPO_ROOT = resolve(fileURLToPath(import.meta.url), "../../../../..");
export const SEEDS_DIR = join(REPO_ROOT, "seeds");

export interface TempDir {
  path: string;
  cleanup(): Promise<void>;
}

export async function tempDir(): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), "isnad-tui-"));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

export interface TempStore extends TempDir {
  file: string;
  store: IsnadStore;
}

/** A real SQLite store in a temporary folder; `seed` loads the seeds and the quake fixtures into it. */
export async function tempStore(options: { seed?: boolean } = {}): Promise<TempStore> {
  const dir = await tempDir();
  const file = join(dir.path, "isnad.sqlite");
  const store = await openStore({ file });
  if (options.seed) {
    for (const folder of [SEEDS_DIR, QUAKE_DIR]) {
      const loaded = await loadArticleFiles([folder]);
      if (!loaded.ok) throw new Error(loaded.error.message);
      await store.ingest(loaded.story, loaded.inputs);
    }
  }
  return {
    ...dir,
    file,
    store,
    async cleanup() {
      await store.close();
      await dir.cleanup();
    },
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output; stdout is not a terminal unless `tty` says so. */
export async function cli(argv: string[], options: { env?: Env; tty?: boolean; cwd?: string } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
    cwd: options.cwd ?? REPO_ROOT,
    stdin: { isTTY: options.tty ?? false } as NodeJS.ReadStream,
  });
  return { code, stdout, stderr };
}
