// createApp(deps): the whole HTTP API as a Hono app. server.ts only serves it; tests call app.request().
import { OpenAPIHono } from "@hono/zod-openapi";
import { StoreError } from "@isnad/store";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { trimTrailingSlash } from "hono/trailing-slash";
import type { ZodError } from "zod";
import type { AppDeps, AppEnv } from "#env.ts";
import {
  ApiError,
  codeForStatus,
  ERROR_STATUS,
  type ErrorCode,
  errorBody,
  STORE_ERROR_CODE,
  type ValidationIssue,
} from "#errors.ts";
import { analyzeRoutes } from "#routes/analyze/index.ts";
import { articleRoutes } from "#routes/articles/index.ts";
import { claimRoutes } from "#routes/claims/index.ts";
import { clusterRoutes } from "#routes/clusters/index.ts";
import { entityRoutes } from "#routes/entities/index.ts";
import { docs } from "#routes/meta/docs.ts";
import { health } from "#routes/meta/health.ts";
import { openapiDocument } from "#routes/meta/openapi.ts";
import { searchRoutes } from "#routes/search/index.ts";
import { storyRoutes } from "#routes/stories/index.ts";

export type { AppDeps } from "#env.ts";

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
export const API_TITLE = "isnad API";
export const API_VERSION = "1.0.0";

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  bad_request: "Bad request.",
  validation: "The request is invalid.",
  unauthorized: "Authentication required.",
  forbidden: "Forbidden.",
  not_found: "Not found.",
  method_not_allowed: "Method not allowed.",
  conflict: "Conflict with the stored state.",
  payload_too_large: "Request body too large.",
  unsupported_media_type: "Send the request body as JSON with `Content-Type: application/json`.",
  internal: "Internal server error.",
  unavailable: "Service unavailable.",
};

export function createApp(deps: AppDeps) {
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new RangeError(`maxBodyBytes must be a positive integer, got ${maxBodyBytes}`);
  }
  const now = deps.now ?? (() => new Date());
  // An empty or blank token would match nothing yet look configured: treat it as "no token" (writes disabled).
  const token = deps.token?.trim() || null;
  const logError = deps.logError ?? ((entry) => console.error("[isnad api] unexpected error", entry));

  const base = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = toIssues(result.target, result.error);
        throw new ApiError("validation", summarize(result.target, issues), issues);
      }
    },
  });

  base.use(requestId());
  base.use(secureHeaders({ strictTransportSecurity: false }));
  base.use(trimTrailingSlash());
  base.use(
    methodNotAllowed({
      app: base,
      onMethodNotAllowed: (c, methods) =>
        respond(
          c,
          "method_not_allowed",
          `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(", ")}.`,
          undefined,
          {
            Allow: methods.join(", "),
          },
        ),
    }),
  );
  base.use(async (c, next) => {
    c.set("store", deps.store);
    c.set("token", token);
    c.set("now", now);
    await next();
  });
  base.use(
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError(
          "payload_too_large",
          `Request body exceeds the ${maxBodyBytes}-byte limit (configurable with ISNAD_MAX_BODY_BYTES).`,
        );
      },
    }),
  );

  let document: Record<string, unknown> | undefined;
  const app = base.openapiRoutes([
    ...storyRoutes,
    ...articleRoutes,
    ...claimRoutes,
    ...clusterRoutes,
    ...entityRoutes,
    ...searchRoutes,
    ...analyzeRoutes,
    health,
    openapiDocument(() => {
      document ??= buildDocument(base) as unknown as Record<string, unknown>;
      return document;
    }),
    docs(API_TITLE),
  ]);
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "The server's ISNAD_API_TOKEN",
  });

  app.notFound((c) =>
    respond(c, "not_found", `No route ${c.req.method} ${c.req.path}. The API reference is at /docs.`),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) return respond(c, error.code, error.message, error.issues, error.headers);
    if (error instanceof StoreError) return respond(c, STORE_ERROR_CODE[error.code], error.message);
    if (error instanceof HTTPException) {
      const code = codeForStatus(error.status);
      if (code === "unsupported_media_type") {
        const got = c.req.header("content-type");
        return respond(c, code, `${DEFAULT_MESSAGES[code]} Got ${got ? `\`${got}\`` : "no Content-Type"}.`);
      }
      if (code !== "internal") return respond(c, code, error.message || DEFAULT_MESSAGES[code]);
    }
    const rid = c.get("requestId") ?? "unknown";
    logError({ requestId: rid, method: c.req.method, path: c.req.path, error });
    return respond(c, "internal", `Internal server error. Quote request id ${rid} when reporting it.`);
  });

  return app;
}

export type AppType = ReturnType<typeof createApp>;

function buildDocument(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: API_TITLE,
      version: API_VERSION,
      description:
        "Who said what across Arabic news reports of one event: articles with structure blocks, claims with speaker, " +
        "reporting verb and chain of transmission (`via`), figures, entities, and clusters of claims labelled " +
        "corroborates / conflicts / compatible / single-source. Every error has the shape " +
        "`{ error: { code, message, requestId } }`; list routes take `limit`/`offset` and answer `{ items, total, limit, offset }`.",
    },
    tags: [
      { name: "stories", description: "A story groups the articles about one event, with a computed summary" },
      { name: "articles", description: "Stored articles (original text + structure blocks); ingest" },
      { name: "claims", description: "Who said what: attributed and reported claims" },
      { name: "clusters", description: "Claims about the same thing across articles, with their relation" },
      { name: "entities", description: "People, organisations, places, outlets and agencies" },
      { name: "search", description: "Full-text search on normalised Arabic" },
      { name: "analysis", description: "Stateless analysis of posted texts" },
      { name: "meta", description: "Health, this description and its reference page" },
    ],
  });
}

function respond(
  c: Context<AppEnv>,
  code: ErrorCode,
  message: string,
  issues?: ValidationIssue[],
  headers?: Record<string, string>,
) {
  const rid = c.get("requestId") ?? "unknown";
  for (const [name, value] of Object.entries(headers ?? {})) c.header(name, value);
  return c.json(errorBody(code, message, rid, issues), ERROR_STATUS[code]);
}

function toIssues(target: string, error: ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: [target === "param" ? "path" : target === "json" ? "body" : target, ...issue.path.map(String)].join("."),
    message: issue.message,
    code: issue.code,
  }));
}

function summarize(target: string, issues: ValidationIssue[]): string {
  const where = target === "param" ? "path parameters" : target === "json" ? "request body" : `${target} parameters`;
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? "s" : ""})` : "";
  return first ? `Invalid ${where}: ${first.path}: ${first.message}${more}.` : `Invalid ${where}.`;
}
