// Test harness: a temp SQLite store filled with the repo's seeds and the web fixtures, and a `next start` server
// on a free loopback port reading it. Everything it creates is removed by the returned cleanup functions.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { StoryMeta } from "@isnad/core/schema";
import { type IngestResult, loadArticleFiles, openStore } from "@isnad/store";

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_DIR = resolve(WEB_DIR, "../..");
export const SEEDS_DIR = join(REPO_DIR, "seeds");
export const FIXTURES_DIR = join(WEB_DIR, "test", "fixtures");
/** The browser test's own build folder, apart from a developer's .next. */
export const E2E_DIST_DIR = ".next-e2e";

export interface SeededDb {
  dir: string;
  file: string;
  results: IngestResult[];
  stories: StoryMeta[];
  cleanup: () => void;
}

/** Create a temp SQLite file and ingest the seeds and every fixture story into it. */
export async function seedDatabase(sources: string[] = [SEEDS_DIR, ...fixtureDirs()]): Promise<SeededDb> {
  const dir = mkdtempSync(join(tmpdir(), "isnad-web-"));
  const file = join(dir, "isnad.sqlite");
  const store = await openStore({ file });
  const results: IngestResult[] = [];
  const stories: StoryMeta[] = [];
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    for (const src of sources) {
      const loaded = await loadArticleFiles([src]);
      if (!loaded.ok) throw new Error(`cannot load ${src}: ${loaded.error.message}`);
      stories.push(loaded.story);
      results.push(await store.ingest(loaded.story, loaded.inputs));
    }
  } catch (error) {
    await store.close();
    cleanup();
    throw error;
  }
  await store.close();
  return { dir, file, results, stories, cleanup };
}

export function fixtureDirs(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(FIXTURES_DIR, d.name));
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Whether the test build is missing or older than any source it is built from. */
export function buildIsStale(distDir = join(WEB_DIR, E2E_DIST_DIR)): boolean {
  const marker = join(distDir, "BUILD_ID");
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  const inputs = [
    join(WEB_DIR, "app"),
    join(WEB_DIR, "lib"),
    join(WEB_DIR, "next.config.ts"),
    join(WEB_DIR, "package.json"),
    join(REPO_DIR, "packages", "core", "src"),
    join(REPO_DIR, "packages", "store", "src"),
  ];
  return inputs.some((p) => newestMtime(p) > built);
}

const NEXT_BIN = () => join(WEB_DIR, "node_modules", "next", "dist", "bin", "next");

/** `next build` into the test's build folder when it is missing or stale. Throws with the build output on failure. */
export function ensureBuild(timeoutMs = 300_000): { built: boolean; ms: number } {
  if (!buildIsStale()) return { built: false, ms: 0 };
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [NEXT_BIN(), "build"], {
    cwd: WEB_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ISNAD_WEB_DIST_DIR: E2E_DIST_DIR, NODE_ENV: "production" },
    encoding: "utf8",
    timeout: timeoutMs,
  });
  if (r.status !== 0) {
    throw new Error(
      `next build failed (status ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`.slice(-6000),
    );
  }
  return { built: true, ms: Date.now() - t0 };
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** `next start` on 127.0.0.1 with the given database; resolves once the home page answers. */
export async function startServer(dbFile: string, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    ISNAD_WEB_DIST_DIR: E2E_DIST_DIR,
    ISNAD_DB_FILE: dbFile,
    NODE_ENV: "production",
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [NEXT_BIN(), "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: WEB_DIR,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => {
    log += String(d);
  });
  child.stderr?.on("data", (d) => {
    log += String(d);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
      }, 5_000);
      child.once("exit", () => {
        clearTimeout(timer);
        done();
      });
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(10_000) });
      if (res.ok) return { url, child, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer within ${timeoutMs} ms:\n${log}`);
}
