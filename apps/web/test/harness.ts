// Test harness: a temp SQLite store filled with the repo's seeds and the web fixtures, and a `next start` server
// on a free loopback port reading it. Everything it creates is removed by the returned cleanup functions.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { StoryMeta } from "@isnad/core/schema";
import { type IngestResult, loadArticleFiles, openStore } from "@isnad/store";

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_DIR = resolve(WEB_DIR, "../..");
export const SEEDS_DIR = join(REPO_DIR, "seeds");
export const FIXTURES_DIR = join(WEB_DIR, "test", "fixtures");
/** The browser test's own build folders (one per source fingerprint), apart from a developer's .next. */
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

function listFiles(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  if (!statSync(path).isDirectory()) {
    out.push(path);
    return out;
  }
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    listFiles(join(path, entry.name), out);
  }
  return out;
}

/** Everything the site's build is made from: this app's sources and the workspace packages it bundles. */
const BUILD_INPUTS = [
  join(WEB_DIR, "app"),
  join(WEB_DIR, "lib"),
  join(WEB_DIR, "next.config.ts"),
  join(WEB_DIR, "package.json"),
  join(REPO_DIR, "packages", "core", "src"),
  join(REPO_DIR, "packages", "core", "package.json"),
  join(REPO_DIR, "packages", "store", "src"),
  join(REPO_DIR, "packages", "store", "package.json"),
];

/** Content hash of the build inputs: a build is reused only for exactly these sources. */
export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const files = BUILD_INPUTS.flatMap((p) => listFiles(p))
    .filter((f) => !/\.test\.tsx?$/u.test(f))
    .sort();
  for (const f of files) {
    hash.update(relative(REPO_DIR, f));
    hash.update("\0");
    hash.update(readFileSync(f));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

const NEXT_BIN = () => join(WEB_DIR, "node_modules", "next", "dist", "bin", "next");

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Hold a directory lock (atomic mkdir) while `fn` runs; a lock older than `staleMs` is taken over. */
function withLock<T>(lockDir: string, fn: () => T, waitMs: number, staleMs = 10 * 60_000): T {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > staleMs) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lockDir}`);
      else sleepSync(500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export interface TestBuild {
  /** distDir relative to apps/web, for ISNAD_WEB_DIST_DIR */
  distDir: string;
  built: boolean;
  ms: number;
}

/**
 * A production build of the site for exactly the current sources, in `.next-e2e/<fingerprint>`: reused when it
 * exists, else built (under a lock, so concurrent test runs neither build twice nor serve a half-written build).
 * Builds of other source states are pruned after half an hour. Throws with the build output on failure.
 */
export function ensureBuild(timeoutMs = 300_000): TestBuild {
  const root = join(WEB_DIR, E2E_DIST_DIR);
  mkdirSync(root, { recursive: true });
  const fp = sourceFingerprint();
  const distDir = `${E2E_DIST_DIR}/${fp}`;
  const done = () => existsSync(join(WEB_DIR, distDir, "BUILD_ID")) && existsSync(join(WEB_DIR, distDir, "built-ok"));
  if (done()) return { distDir, built: false, ms: 0 };
  return withLock(
    join(root, "build.lock"),
    () => {
      if (done()) return { distDir, built: false, ms: 0 };
      // builds of other sources, unless recent (a concurrent test run may still be serving one)
      for (const entry of readdirSync(root)) {
        if (entry === fp || entry === "build.lock") continue;
        const age = Date.now() - statSync(join(root, entry)).mtimeMs;
        if (age > 30 * 60_000) rmSync(join(root, entry), { recursive: true, force: true });
      }
      const t0 = Date.now();
      const r = spawnSync(process.execPath, [NEXT_BIN(), "build"], {
        cwd: WEB_DIR,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ISNAD_WEB_DIST_DIR: distDir, NODE_ENV: "production" },
        encoding: "utf8",
        timeout: timeoutMs,
      });
      if (r.status !== 0) {
        throw new Error(
          `next build failed (status ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`.slice(-6000),
        );
      }
      writeFileSync(join(WEB_DIR, distDir, "built-ok"), new Date().toISOString());
      return { distDir, built: true, ms: Date.now() - t0 };
    },
    timeoutMs + 60_000,
  );
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
export async function startServer(dbFile: string, distDir: string, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    ISNAD_WEB_DIST_DIR: distDir,
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
