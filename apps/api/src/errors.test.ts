import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_MAX_BODY_BYTES } from "#app.ts";
import { ERROR_STATUS, ErrorCode } from "#errors.ts";
import { call, createHarness, type Harness, parseError, readFixtures, TOKEN } from "#testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await h.cleanup();
});

const smallBody = () => ({ articles: readFixtures().slice(0, 1) });

describe("error codes", () => {
  test("every code maps to a 4xx/5xx status", () => {
    for (const code of ErrorCode.options) expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
    expect(ERROR_STATUS.validation).toBe(400);
    expect(ERROR_STATUS.payload_too_large).toBe(413);
  });
});

describe("unknown routes", () => {
  test.each([
    ["GET", "/"],
    ["GET", "/v2/stories"],
    ["GET", "/v1/stories/a/b/c"],
    ["POST", "/v1/nothing"],
  ])("%s %s → 404 in the error shape, pointing to /docs", async (method, path) => {
    const res = await call(h.app, method, path);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
    const error = parseError(res);
    expect(error.code).toBe("not_found");
    expect(error.message).toContain("/docs");
  });
});

describe("known paths, wrong method", () => {
  test.each([
    ["PUT", "/v1/stories", "GET, HEAD"],
    ["POST", "/v1/claims", "GET, HEAD"],
    ["DELETE", "/v1/articles/abc", "GET, HEAD"],
    ["GET", "/v1/analyze", "POST"],
    ["PATCH", "/v1/stories/abc", "GET, HEAD, DELETE"],
  ])("%s %s → 405 with Allow: %s", async (method, path, allow) => {
    const res = await call(h.app, method, path);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")?.split(", ").sort()).toEqual(allow.split(", ").sort());
    expect(parseError(res).code).toBe("method_not_allowed");
  });
});

describe("paths and headers", () => {
  test("a trailing slash redirects to the canonical path", async () => {
    const res = await h.app.request("/v1/stories/?limit=1");
    expect(res.status).toBe(301);
    expect(new URL(res.headers.get("location") ?? "").pathname).toBe("/v1/stories");
    expect(new URL(res.headers.get("location") ?? "").search).toBe("?limit=1");
  });

  test("responses carry defensive headers", async () => {
    const res = await call(h.app, "GET", "/v1/stories");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("request bodies", () => {
  test.each([["{"], ['{"articles": [}'], ["articles=1"], [""], ["\u0000\u0001"]])(
    "malformed JSON %j → 400 bad_request",
    async (raw) => {
      const res = await call(h.app, "POST", "/v1/analyze", { raw, contentType: "application/json" });
      expect(res.status).toBe(400);
      const error = parseError(res);
      expect(error.code).toBe("bad_request");
      expect(error.message).toMatch(/JSON/);
    },
  );

  test("malformed JSON on ingest (with the token) → 400 and nothing stored", async () => {
    const res = await call(h.app, "POST", "/v1/articles", {
      raw: '{"articles":[',
      contentType: "application/json",
      token: TOKEN,
    });
    expect(res.status).toBe(400);
    expect(parseError(res).code).toBe("bad_request");
    expect(((await call(h.app, "GET", "/v1/articles")).body as { total: number }).total).toBe(0);
  });

  test.each([["text/plain"], ["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"]])(
    "a body sent as %s → 415",
    async (contentType) => {
      const res = await call(h.app, "POST", "/v1/analyze", { raw: JSON.stringify(smallBody()), contentType });
      expect(res.status).toBe(415);
      const error = parseError(res);
      expect(error.code).toBe("unsupported_media_type");
      expect(error.message).toContain("application/json");
    },
  );

  test("a body without any Content-Type → 415", async () => {
    const res = await call(h.app, "POST", "/v1/analyze", { raw: JSON.stringify(smallBody()), contentType: null });
    expect(res.status).toBe(415);
  });

  test("JSON with a charset parameter is accepted", async () => {
    const res = await call(h.app, "POST", "/v1/analyze", {
      raw: JSON.stringify(smallBody()),
      contentType: "application/json; charset=utf-8",
    });
    expect(res.status).toBe(200);
  });

  test("a body over the limit (declared length) → 413 naming the limit", async () => {
    const text = "نص ".repeat(20_000);
    const res = await call(h.app, "POST", "/v1/analyze", { body: { articles: [{ source: "big", text }] } });
    expect(res.status).toBe(413);
    const error = parseError(res);
    expect(error.code).toBe("payload_too_large");
    expect(error.message).toContain(String(64 * 1024));
  });

  test("a streamed body over the limit (no Content-Length) → 413", async () => {
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await call(h.app, "POST", "/v1/analyze", { raw: stream, contentType: "application/json" });
    expect(res.status).toBe(413);
    expect(parseError(res).code).toBe("payload_too_large");
  });

  test("an oversized ingest is refused before anything is stored, even with the token", async () => {
    const text = "قال المتحدث إن 5 أشخاص قتلوا. ".repeat(4000);
    const res = await call(h.app, "POST", "/v1/articles", {
      body: { articles: [{ source: "big", text }] },
      token: TOKEN,
    });
    expect(res.status).toBe(413);
    expect(((await call(h.app, "GET", "/v1/articles")).body as { total: number }).total).toBe(0);
  });

  test("the default limit is 5 MB", async () => {
    const big = await createHarness();
    try {
      const text = "ا".repeat(DEFAULT_MAX_BODY_BYTES / 2 + 10);
      const res = await call(big.app, "POST", "/v1/analyze", { body: { articles: [{ source: "big", text }] } });
      expect(res.status).toBe(413);
      expect(parseError(res).message).toContain(String(DEFAULT_MAX_BODY_BYTES));
    } finally {
      await big.cleanup();
    }
  });
});

describe("request ids", () => {
  test("each response carries a fresh X-Request-Id, repeated in error bodies", async () => {
    const a = await call(h.app, "GET", "/v1/nothing");
    const b = await call(h.app, "GET", "/v1/nothing");
    const idA = a.headers.get("x-request-id");
    expect(idA).toBeTruthy();
    expect(idA).not.toBe(b.headers.get("x-request-id"));
    expect(parseError(a).requestId).toBe(idA);
    expect((await call(h.app, "GET", "/healthz")).headers.get("x-request-id")).toBeTruthy();
  });

  test("a caller's well-formed X-Request-Id is kept; a malformed one is replaced", async () => {
    const kept = await call(h.app, "GET", "/v1/claims/none", { headers: { "x-request-id": "trace-42_abc" } });
    expect(parseError(kept).requestId).toBe("trace-42_abc");
    const replaced = await call(h.app, "GET", "/v1/claims/none", { headers: { "x-request-id": "<script>" } });
    expect(parseError(replaced).requestId).not.toBe("<script>");
  });
});

describe("validation errors", () => {
  test("list every issue with a dotted path, message and code", async () => {
    const res = await call(h.app, "GET", "/v1/claims?limit=0&kind=nope&extra=1");
    expect(res.status).toBe(400);
    const error = parseError(res);
    expect(error.code).toBe("validation");
    const paths = error.issues?.map((i) => i.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["query.limit", "query.kind"]));
    expect(error.issues?.some((i) => i.code === "unrecognized_keys" && i.message.includes("extra"))).toBe(true);
    expect(error.message).toMatch(/^Invalid query parameters: /);
  });
});

describe("store failures", () => {
  test("an unexpected store error → 500 internal with the request id, logged; healthz → 503", async () => {
    const broken = await createHarness();
    await broken.store.close();
    try {
      const res = await call(broken.app, "GET", "/v1/stories");
      expect(res.status).toBe(500);
      const error = parseError(res);
      expect(error.code).toBe("internal");
      expect(error.message).toContain(error.requestId);
      expect(broken.errors).toHaveLength(1);
      const health = await call(broken.app, "GET", "/healthz");
      expect(health.status).toBe(503);
      expect(parseError(health).code).toBe("unavailable");
    } finally {
      rmSync(broken.dir, { recursive: true, force: true });
    }
  });
});
