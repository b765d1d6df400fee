// Test harness: a real SQLite store in a temp folder, an app over it, and the article texts used as fixtures
// (the repo's seeds plus this package's own Arabic fixture articles). Everything is removed by cleanup().
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleInput, StoryMeta } from "@isnad/core";
import { type IsnadStore, openStore } from "@isnad/store";
import { type AppDeps, createApp } from "#app.ts";
import { ErrorBody } from "#errors.ts";
import { IngestResponse } from "#openapi/schemas.ts";

export const TOKEN = "test-token-0123456789abcdef";
const SEEDS_DIR = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/derna/", import.meta.url));

interface SeedManifest {
  story: StoryMeta;
  articles: { file: string; language?: string; outlet?: string | null; publishedAt?: string | null }[];
}

/** The repo's sample articles and the story the manifest says they form. */
export function readSeeds(): { story: StoryMeta; articles: ArticleInput[] } {
  const manifest = JSON.parse(readFileSync(join(SEEDS_DIR, "manifest.json"), "utf8")) as SeedManifest;
  const articles = manifest.articles.map((entry) => ({
    source: `seeds/${entry.file}`,
    text: readFileSync(join(SEEDS_DIR, entry.file), "utf8"),
    language: entry.language ?? "ar",
    outlet: entry.outlet ?? null,
    publishedAt: entry.publishedAt ?? null,
  }));
  return { story: manifest.story, articles };
}

export const DERNA_STORY: StoryMeta = {
  id: "derna-floods-2023-09",
  title: "فيضانات درنة، أيلول 2023",
  description: "Fixture story written for the API tests: conflicting death tolls after the Derna floods",
};

/** This package's own fixture articles (written for the tests, in the style of Arabic wire copy). */
export function readFixtures(): ArticleInput[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ source: `fixtures/derna/${name}`, text: readFileSync(join(FIXTURES_DIR, name), "utf8") }));
}

export interface Harness {
  app: ReturnType<typeof createApp>;
  store: IsnadStore;
  dir: string;
  /** Logged unexpected errors (the app's logError), so tests can assert nothing blew up. */
  errors: unknown[];
  cleanup(): Promise<void>;
}

export async function createHarness(deps: Partial<Omit<AppDeps, "store">> = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "isnad-api-test-"));
  const store = await openStore({ file: join(dir, "isnad.sqlite") });
  const errors: unknown[] = [];
  const app = createApp({
    token: TOKEN,
    logError: (entry) => errors.push(entry.error),
    ...deps,
    store,
  });
  return {
    app,
    store,
    dir,
    errors,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Seeded extends Harness {
  seeds: IngestResponse;
  derna: IngestResponse;
}

/** A harness whose store holds the seeds story and the Derna fixture story, ingested through the API itself. */
export async function createSeededHarness(deps: Partial<Omit<AppDeps, "store">> = {}): Promise<Seeded> {
  const harness = await createHarness(deps);
  const { story, articles } = readSeeds();
  const seeds = IngestResponse.parse(
    (await call(harness.app, "POST", "/v1/articles", { body: { story, articles }, token: TOKEN })).body,
  );
  const derna = IngestResponse.parse(
    (
      await call(harness.app, "POST", "/v1/articles", {
        body: { story: DERNA_STORY, articles: readFixtures() },
        token: TOKEN,
      })
    ).body,
  );
  return { ...harness, seeds, derna };
}

export interface CallOptions {
  body?: unknown;
  /** a raw body sent as is (for malformed JSON), with `contentType` */
  raw?: string | Uint8Array | ReadableStream<Uint8Array>;
  contentType?: string | null;
  token?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** One request through app.request(); the body is parsed as JSON when the response says it is JSON. */
export async function call(
  app: Harness["app"],
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  let body: RequestInit["body"];
  if (options.raw !== undefined) {
    body = options.raw as RequestInit["body"];
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
  }
  const contentType =
    options.contentType === undefined && body !== undefined ? "application/json" : options.contentType;
  if (contentType) headers["content-type"] = contentType;
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const init: RequestInit & { duplex?: "half" } = { method, headers, body };
  if (body instanceof ReadableStream) init.duplex = "half";
  const res = await app.request(path, init);
  const text = await res.text();
  const isJson = (res.headers.get("content-type") ?? "").includes("application/json");
  return { status: res.status, headers: res.headers, body: isJson && text ? JSON.parse(text) : text, text };
}

/** Asserts the one error shape and returns it (throws a readable zod error otherwise). */
export function parseError(result: CallResult): ErrorBody["error"] {
  return ErrorBody.parse(result.body).error;
}

/** Every item of a list route, page by page (so tests do not depend on one page holding everything). */
export async function collect<T>(
  app: Harness["app"],
  path: string,
  parse: (body: unknown) => { items: T[]; total: number },
) {
  const items: T[] = [];
  const sep = path.includes("?") ? "&" : "?";
  for (let offset = 0; ; offset += 500) {
    const res = await call(app, "GET", `${path}${sep}limit=500&offset=${offset}`);
    if (res.status !== 200) throw new Error(`GET ${path} → ${res.status}: ${res.text}`);
    const page = parse(res.body);
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}
