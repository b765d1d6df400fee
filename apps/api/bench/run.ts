// API benchmark: prints latencies of the main routes over a temp SQLite store seeded with the repo's seeds and the
// fixture reports, and the throughput of POST /v1/analyze on growing batches. Figures only; nothing is asserted.
import { performance } from "node:perf_hooks";
import { call, createSeededHarness, DERNA_STORY, TOKEN } from "#testing/harness.ts";

const h = await createSeededHarness();
const ROUNDS = 50;

async function time(label: string, method: string, path: string, body?: unknown) {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    const res = await call(h.app, method, path, body === undefined ? {} : { body, token: TOKEN });
    samples.push(performance.now() - start);
    if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status}: ${res.text}`);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]?.toFixed(2);
  console.log(`${label.padEnd(34)} p50 ${pick(0.5)} ms   p95 ${pick(0.95)} ms`);
}

try {
  const claimId = ((await call(h.app, "GET", "/v1/claims?limit=1")).body as { items: { id: string }[] }).items[0]?.id;
  const cluster = (
    (await call(h.app, "GET", "/v1/clusters?limit=500")).body as { items: { id: string; claimIds: string[] }[] }
  ).items.sort((a, b) => b.claimIds.length - a.claimIds.length)[0];
  console.log(`routes (${ROUNDS} requests each, app.request, SQLite):`);
  await time("GET /v1/stories", "GET", "/v1/stories");
  await time("GET /v1/articles/{id}", "GET", `/v1/articles/${h.seeds.articleIds[0]}`);
  await time("GET /v1/claims?storyId", "GET", `/v1/claims?storyId=${h.seeds.storyId}&limit=100`);
  await time("GET /v1/claims/{id}", "GET", `/v1/claims/${claimId}`);
  await time(`GET /v1/clusters/{id} (${cluster?.claimIds.length} claims)`, "GET", `/v1/clusters/${cluster?.id}`);
  await time("GET /v1/search?q=", "GET", `/v1/search?q=${encodeURIComponent("قوات سوريا الديمقراطية")}`);
  await time("GET /v1/stories/{id}/analysis", "GET", `/v1/stories/${DERNA_STORY.id}/analysis`);
  await time("GET /openapi.json", "GET", "/openapi.json");

  console.log("POST /v1/analyze (whole pipeline, no store):");
  const seeds = (
    (await call(h.app, "GET", `/v1/stories/${h.seeds.storyId}/analysis`)).body as {
      articles: { source: string; text: string }[];
    }
  ).articles.map(({ source, text }) => ({ source, text }));
  for (const copies of [1, 4, 16]) {
    // distinct texts (a marker line per copy) so every copy is a separate article
    const articles = Array.from({ length: copies }, (_, i) =>
      seeds.map((a) => ({ source: `${a.source}#${i}`, text: `${a.text}\n${i}` })),
    ).flat();
    const bytes = Buffer.byteLength(JSON.stringify({ articles }));
    const start = performance.now();
    const res = await call(h.app, "POST", "/v1/analyze", { body: { articles } });
    const ms = performance.now() - start;
    if (res.status !== 200) throw new Error(`analyze → ${res.status}: ${res.text.slice(0, 200)}`);
    console.log(
      `${String(articles.length).padStart(3)} articles, ${(bytes / 1024).toFixed(0).padStart(5)} KiB   ${ms.toFixed(0).padStart(6)} ms   ${((bytes / 1024 / ms) * 1000).toFixed(0)} KiB/s`,
    );
  }
} finally {
  await h.cleanup();
}
