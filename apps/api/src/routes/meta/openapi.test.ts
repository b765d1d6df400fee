import { Analysis, Article, Claim, Cluster, Entity, Quantity, Story } from "@isnad/core";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { z } from "zod";
import { call, createHarness, type Harness } from "#testing/harness.ts";

interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  tags?: string[];
}
interface Doc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
  [key: string]: unknown;
}

let h: Harness;
let doc: Doc;
beforeAll(async () => {
  h = await createHarness();
  const res = await call(h.app, "GET", "/openapi.json");
  expect(res.status).toBe(200);
  doc = res.body as Doc;
});
afterAll(async () => {
  await h.cleanup();
});

const METHODS = ["get", "post", "put", "patch", "delete"];
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ path, method, op })),
  );

describe("GET /openapi.json", () => {
  test("is an OpenAPI 3.1 document", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("isnad API");
  });

  test("validates against the OpenAPI 3.1 JSON schema", async () => {
    type Spec = Parameters<Validator["validate"]>[0];
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Spec);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // the validator does reject a broken document (a path parameter declared optional)
    const broken = structuredClone(doc);
    const param = broken.paths["/v1/claims/{id}"]?.get?.parameters?.[0];
    if (param) param.required = false;
    expect((await new Validator().validate(broken as unknown as Spec)).valid).toBe(false);
  });

  test("lists every route the app serves, and nothing it does not", () => {
    const served = new Set(
      h.app.routes
        .filter((r) => r.method !== "ALL")
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([^/]+)/g, "{$1}")}`),
    );
    const documented = new Set(operations().map(({ method, path }) => `${method} ${path}`));
    expect(documented).toEqual(served);
    for (const expected of [
      "get /v1/stories",
      "get /v1/stories/{id}",
      "get /v1/articles",
      "get /v1/articles/{id}",
      "post /v1/articles",
      "get /v1/claims",
      "get /v1/claims/{id}",
      "get /v1/clusters",
      "get /v1/clusters/{id}",
      "get /v1/entities",
      "get /v1/entities/{id}",
      "get /v1/search",
      "post /v1/analyze",
      "get /openapi.json",
      "get /docs",
      "get /healthz",
    ]) {
      expect(documented).toContain(expected);
    }
  });

  test("declares every path parameter, as required", () => {
    for (const { path, method, op } of operations()) {
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const name of names) {
        const param = op.parameters?.find((p) => p.in === "path" && p.name === name);
        expect(param, `${method} ${path} declares {${name}}`).toBeDefined();
        expect(param?.required, `${method} ${path} {${name}} required`).toBe(true);
      }
    }
  });

  test("list routes take limit/offset and answer a page; search requires q", () => {
    for (const path of ["/v1/stories", "/v1/articles", "/v1/claims", "/v1/clusters", "/v1/entities", "/v1/search"]) {
      const op = doc.paths[path]?.get;
      const names = op?.parameters?.filter((p) => p.in === "query").map((p) => p.name);
      expect(names, path).toEqual(expect.arrayContaining(["limit", "offset"]));
      const ref = JSON.stringify(op?.responses["200"]?.content?.["application/json"]?.schema);
      const page = doc.components.schemas[ref.match(/schemas\/(\w+)/)?.[1] ?? ""];
      expect(page?.required, path).toEqual(expect.arrayContaining(["items", "total", "limit", "offset"]));
    }
    const q = doc.paths["/v1/search"]?.get?.parameters?.find((p) => p.name === "q");
    expect(q?.required).toBe(true);
    const claimFilters = doc.paths["/v1/claims"]?.get?.parameters?.map((p) => p.name);
    expect(claimFilters).toEqual(expect.arrayContaining(["articleId", "storyId", "speaker", "kind", "q"]));
    const clusterFilters = doc.paths["/v1/clusters"]?.get?.parameters?.map((p) => p.name);
    expect(clusterFilters).toEqual(expect.arrayContaining(["storyId", "relation", "claimId"]));
  });

  test("component schemas are the core's zod schemas: same fields, same required fields", () => {
    const cases: [string, z.ZodObject][] = [
      ["Article", Article],
      ["Claim", Claim],
      ["Quantity", Quantity],
      ["Cluster", Cluster],
      ["Entity", Entity],
      ["Analysis", Analysis],
    ];
    for (const [name, schema] of cases) {
      const component = doc.components.schemas[name];
      expect(component, name).toBeDefined();
      expect(Object.keys(component?.properties ?? {}).sort(), name).toEqual(Object.keys(schema.shape).sort());
      const required = Object.entries(schema.shape)
        .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
        .map(([key]) => key)
        .sort();
      expect([...(component?.required ?? [])].sort(), name).toEqual(required);
    }
    expect(JSON.stringify(doc.components.schemas.Claim)).toContain("#/components/schemas/Quantity");
    const summary = doc.components.schemas.StoryRecord?.properties?.summary as { properties?: object };
    expect(Object.keys(summary?.properties ?? {}).sort()).toEqual(Object.keys(Story.shape).sort());
  });

  test("a field is nullable in the document exactly when the zod schema accepts null", () => {
    const allowsNull = (schema: unknown): boolean => {
      const s = schema as { type?: unknown; anyOf?: unknown[]; oneOf?: unknown[] };
      if (Array.isArray(s.type) ? s.type.includes("null") : s.type === "null") return true;
      return [...(s.anyOf ?? []), ...(s.oneOf ?? [])].some(allowsNull);
    };
    const cases: [string, z.ZodObject][] = [
      ["Article", Article],
      ["Claim", Claim],
      ["Cluster", Cluster],
      ["Entity", Entity],
      ["Analysis", Analysis],
    ];
    let nullable = 0;
    for (const [name, schema] of cases) {
      for (const [key, field] of Object.entries(schema.shape)) {
        const expected = (field as z.ZodType).safeParse(null).success;
        nullable += Number(expected);
        expect(allowsNull(doc.components.schemas[name]?.properties?.[key]), `${name}.${key}`).toBe(expected);
      }
    }
    expect(nullable).toBeGreaterThan(5);
    expect(allowsNull(doc.components.schemas.StoryRecord?.properties?.summary)).toBe(true);
  });

  test("every $ref resolves", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, kind, name] of refs) {
      expect(
        (doc.components as Record<string, Record<string, unknown>>)[kind ?? ""]?.[name ?? ""],
        `${kind}/${name}`,
      ).toBeDefined();
    }
  });

  test("errors are documented with the one error shape; writes need the bearer token", () => {
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400) {
          expect(JSON.stringify(response.content), `${method} ${path} ${status}`).toContain(
            "#/components/schemas/Error",
          );
        }
      }
      const writes = method !== "get" && path !== "/v1/analyze";
      expect(Boolean(op.security?.some((s) => "bearerAuth" in s)), `${method} ${path}`).toBe(writes);
    }
    expect(JSON.stringify(doc.components)).toContain('"bearerAuth":{"type":"http","scheme":"bearer"');
  });
});

describe("GET /docs", () => {
  test("is a self-contained HTML page that loads nothing from outside", async () => {
    const res = await call(h.app, "GET", "/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = res.text;
    expect(html).toContain("./openapi.json");
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(script|img|iframe)[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*rel=["']?stylesheet/i);
    expect(html).not.toMatch(/@import|url\(/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  test("its script parses", async () => {
    const html = (await call(h.app, "GET", "/docs")).text;
    const script = html.match(/<script>([\s\S]*)<\/script>/)?.[1] ?? "";
    expect(script.length).toBeGreaterThan(1000);
    expect(() => new Function(script)).not.toThrow();
  });
});

describe("GET /healthz", () => {
  test("reports ok, the store engine and the injected clock", async () => {
    const fixed = await createHarness({ now: () => new Date("2024-01-02T03:04:05Z") });
    try {
      const res = await call(fixed.app, "GET", "/healthz");
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: "ok", store: "sqlite", time: "2024-01-02T03:04:05.000Z" });
    } finally {
      await fixed.cleanup();
    }
  });
});
