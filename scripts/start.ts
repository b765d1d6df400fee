// `pnpm start`: load seeds/ into the store (idempotently), then serve the API and the web site on loopback.
// Configuration (environment): DATABASE_URL (postgres://… → PostgreSQL) or ISNAD_DB_FILE (SQLite file, default
// .data/isnad.sqlite), ISNAD_HOST (127.0.0.1), ISNAD_API_PORT (8787), ISNAD_WEB_PORT (3000), ISNAD_API_TOKEN
// (bearer token for POST /v1/articles; a random one is generated and printed when unset), ISNAD_SEEDS (seeds).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readApiConfig, startApiServer } from "@isnad/api";
import { defaultSqliteFile, loadArticleFiles, openStoreFromEnv } from "@isnad/store";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env };
function fail(message: string): never {
  console.error(`isnad start: ${message}`);
  process.exit(1);
}

const tokenGiven = Boolean(env.ISNAD_API_TOKEN?.trim());
if (!tokenGiven) env.ISNAD_API_TOKEN = randomBytes(24).toString("base64url");
const config = readApiConfig(env);
if (!config.ok) fail(config.error);
const { host, port: apiPort, token, maxBodyBytes } = config.config;
const webPort = Number(env.ISNAD_WEB_PORT ?? 3000);
if (!Number.isInteger(webPort) || webPort < 0 || webPort > 65_535) fail(`ISNAD_WEB_PORT must be a port number`);
if (!env.DATABASE_URL && !env.ISNAD_DB_FILE) env.ISNAD_DB_FILE = defaultSqliteFile();

const store = await openStoreFromEnv(env);
const seedsDir = resolve(root, env.ISNAD_SEEDS ?? "seeds");
const loaded = await loadArticleFiles([seedsDir]);
if (!loaded.ok) fail(`${loaded.error.message} (${loaded.error.path})`);
const ingested = await store.ingest(loaded.story, loaded.inputs);
console.log(
  `seeds: story ${ingested.storyId}, ${ingested.articleIds.length} articles (${ingested.inserted} new), ` +
    `${ingested.analysis.claims.length} claims, ${ingested.analysis.clusters.length} clusters ` +
    `in ${store.dialect === "sqlite" ? env.ISNAD_DB_FILE : "PostgreSQL"}`,
);

const api = await startApiServer({ store, token, maxBodyBytes }, { host, port: apiPort });

const require = createRequire(join(root, "apps/web/package.json"));
const nextBin = join(dirname(require.resolve("next/package.json")), "dist/bin/next");
const web: ChildProcess = spawn(process.execPath, [nextBin, "start", "-H", host, "-p", String(webPort)], {
  cwd: join(root, "apps/web"),
  env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "inherit", "inherit"],
});

console.log(`API   ${api.url}  (docs ${api.url}/docs, OpenAPI ${api.url}/openapi.json)`);
console.log(`Web   http://${host}:${webPort}`);
console.log(`Token ${tokenGiven ? "(from ISNAD_API_TOKEN)" : token}  — for POST /v1/articles`);
console.log("Press Ctrl+C to stop.");

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  web.kill("SIGTERM");
  await api.close();
  await store.close();
  process.exit(code);
}
web.on("exit", (code) => {
  if (!stopping) {
    console.error(`isnad start: the web server exited (${code ?? "signal"})`);
    void stop(1);
  }
});
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
