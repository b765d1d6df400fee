// One error shape for every failure the API reports: { "error": { "code", "message", "requestId" } }.
// Codes are a closed union; ERROR_STATUS maps each to its HTTP status, so a new code fails the typecheck until mapped.
import { z } from "@hono/zod-openapi";
import type { StoreErrorCode } from "@isnad/store";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const ErrorCode = z
  .enum([
    "bad_request",
    "validation",
    "unauthorized",
    "forbidden",
    "not_found",
    "method_not_allowed",
    "conflict",
    "payload_too_large",
    "unsupported_media_type",
    "internal",
    "unavailable",
  ])
  .openapi("ErrorCode");
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ERROR_STATUS = {
  bad_request: 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

/** How the store's expected failures surface over HTTP. */
export const STORE_ERROR_CODE: Record<StoreErrorCode, ErrorCode> = {
  not_found: "not_found",
  invalid_input: "validation",
  conflict: "conflict",
  unavailable: "unavailable",
};

export const ValidationIssue = z
  .object({
    path: z.string().describe("where the problem is, e.g. `query.limit` or `body.articles.0.text`"),
    message: z.string(),
    code: z.string().describe("zod issue code, e.g. invalid_type, too_small, unrecognized_keys"),
  })
  .openapi("ValidationIssue");
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      requestId: z.string(),
      issues: z.array(ValidationIssue).optional().describe("present on `validation` errors"),
    }),
  })
  .openapi("Error");
export type ErrorBody = z.infer<typeof ErrorBody>;

/** An expected failure raised inside a handler or middleware; app.onError renders it in the error shape. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ValidationIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code];
  }
}

export function errorBody(code: ErrorCode, message: string, requestId: string, issues?: ValidationIssue[]): ErrorBody {
  return { error: { code, message, requestId, ...(issues && issues.length > 0 ? { issues } : {}) } };
}

/** The HTTP status hono (or a middleware) chose, mapped back onto our closed set of codes. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 409:
      return "conflict";
    case 413:
      return "payload_too_large";
    case 415:
      return "unsupported_media_type";
    case 503:
      return "unavailable";
    default:
      return status >= 400 && status < 500 ? "bad_request" : "internal";
  }
}

/** Error response for `responses` in createRoute: one entry per status a route can answer with. */
export function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: ErrorBody } } } as const;
}
