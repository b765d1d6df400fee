// pnpm bench [-- N] — ingest and search figures for the store. Prints figures only; asserts nothing.
//   SQLite: a temp file (removed afterwards).
//   PostgreSQL: ISNAD_TEST_DATABASE_URL, else the throwaway cluster (scripts/pg-test-cluster.sh) when Debian's
//   server binaries exist; a bench database is created and dropped.
// Machine load matters: the core analysis dominates ingest, so figures swing with other work on the host.
// Workload: the 5 seeds copied N times (each copy made distinct by a line naming the copy), ingested as
//   (a) N stories of 5 articles, one ingest each; (b) one story of 5×N articles in one ingest;
//   (c) one more article into that story (the whole story is re-analysed); then search latency over (a)+(b)+(c).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type ArticleInput, analyze } from "@isnad/core";
import pg from "pg";
import { type KyselyStore, loadArticleFiles, openStore, workspaceRoot } from "../src/index.ts";

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20);
const QUERIES = [
  "الامم المتحده",
  "قوات سوريا الديمقراطية",
  "الباغوز",
  "مدنيين",
  "تنظيم الدولة الإسلامية",
  "600",
  "المرصد السوري لحقوق الإنسان",
  "التحالف الدولي بقيادة الولايات المتحدة",
  "جيب",
  "كلمة غير موجودة",
];

function copy(inputs: readonly ArticleInput[], k: number, storyId: string): ArticleInput[] {
  return inputs.map((i) => ({ ...i, storyId, source: `${i.source}#${k}`, text: `${i.text}\n\nنسخة رقم ${k}\n` }));
}

function ms(t0: number): number {
  return performance.now() - t0;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
}

interface Internals {
  replaceStory(
    trx: unknown,
    storyId: string,
    inputs: { input: ArticleInput; id: string }[],
    analysis: unknown,
    now: string,
  ): Promise<void>;
}

const fmt = (x: number) => `${x.toFixed(1)} ms`;

async function bench(name: string, store: KyselyStore): Promise<void> {
  const loaded = await loadArticleFiles([join(workspaceRoot(), "seeds")]);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const seeds = loaded.inputs;
  console.log(`\n${name} — seeds ×${N} (${seeds.length} articles each)`);

  let t0 = performance.now();
  const first = await store.ingest({ id: "bench-0", title: "bench" }, copy(seeds, 0, "bench-0"));
  const firstMs = ms(t0);
  t0 = performance.now();
  for (let k = 1; k < N; k++) await store.ingest({ id: `bench-${k}`, title: "bench" }, copy(seeds, k, `bench-${k}`));
  const restMs = ms(t0);
  console.log(
    `  (a) ${N} stories × ${seeds.length} articles: first ${fmt(firstMs)}, then ${fmt(restMs / Math.max(1, N - 1))}/story`,
  );
  console.log(`      ${first.analysis.claims.length} claims, ${first.analysis.clusters.length} clusters per story`);

  const big = Array.from({ length: N }, (_, k) => copy(seeds, 1000 + k, "bench-big")).flat();
  t0 = performance.now();
  analyze(big, { story: { id: "bench-big", title: "bench big" } });
  const analysisMs = ms(t0);
  t0 = performance.now();
  const bigResult = await store.ingest({ id: "bench-big", title: "bench big" }, big);
  const bigMs = ms(t0);
  console.log(
    `  (b) one story of ${big.length} articles: ${fmt(bigMs)} (${fmt(bigMs / big.length)}/article; ${bigResult.analysis.claims.length} claims, ${bigResult.analysis.clusters.length} clusters)`,
  );
  console.log(`      core analysis alone: ${fmt(analysisMs)}`);
  // The store's own share: rewriting the stored story's rows from an analysis already made (median of 3).
  const inputs = big.map((input, i) => ({ input, id: bigResult.analysis.articles[i]!.id }));
  const writes: number[] = [];
  for (let r = 0; r < 3; r++) {
    t0 = performance.now();
    await store.db
      .transaction()
      .execute((trx) =>
        (store as unknown as Internals).replaceStory(
          trx,
          "bench-big",
          inputs,
          bigResult.analysis,
          new Date().toISOString(),
        ),
      );
    writes.push(ms(t0));
  }
  console.log(
    `      store rewrite of that story from a ready analysis (one transaction): ${fmt(quantile(writes, 0.5))}`,
  );
  t0 = performance.now();
  await store.ingest({ id: "bench-big", title: "bench big" }, copy(seeds.slice(0, 1), 9999, "bench-big"));
  console.log(`  (c) +1 article into that story (whole story re-analysed): ${fmt(ms(t0))}`);
  t0 = performance.now();
  const again = await store.ingest({ id: "bench-big", title: "bench big" }, big);
  console.log(`      idempotent re-ingest of the ${big.length}: ${fmt(ms(t0))} (inserted ${again.inserted})`);

  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      t0 = performance.now();
      const page = await store.search(q, { limit: 20 });
      times.push(ms(t0));
      if (round === 0) hits += page.total;
    }
  }
  const filtered: number[] = [];
  for (const q of QUERIES) {
    t0 = performance.now();
    await store.listClaims({ q, storyId: "bench-big", limit: 50 });
    filtered.push(ms(t0));
  }
  const docs = await store.db
    .selectFrom("search_docs")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  console.log(
    `  search over ${Number(docs.n)} docs (${QUERIES.length} queries ×5, ${hits} hits per round): median ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}`,
  );
  console.log(
    `  listClaims({ q, storyId }): median ${fmt(quantile(filtered, 0.5))}, p95 ${fmt(quantile(filtered, 0.95))}`,
  );
}

async function sqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "isnad-bench-"));
  const store = await openStore({ file: join(dir, "bench.sqlite") });
  try {
    await bench("SQLite (temp file, WAL)", store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(): Promise<void> {
  let base = process.env.ISNAD_TEST_DATABASE_URL?.trim();
  const script = join(workspaceRoot(), "scripts", "pg-test-cluster.sh");
  if (!base && existsSync("/usr/lib/postgresql")) {
    base = execFileSync("bash", [script, "start"], { encoding: "utf8" }).trim().split("\n").pop();
  }
  if (!base) {
    console.log("\nPostgreSQL: skipped (no ISNAD_TEST_DATABASE_URL, no /usr/lib/postgresql)");
    return;
  }
  const database = `isnad_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(base);
  url.pathname = `/${database}`;
  const store = await openStore({ url: url.toString() });
  try {
    await bench("PostgreSQL (loopback)", store);
  } finally {
    await store.close();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

await sqlite();
await postgres();
