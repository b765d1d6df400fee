// Small helpers shared by route handlers.
import type { Page } from "@isnad/store";
import { ApiError, errorResponse } from "#errors.ts";
import { MAX_LIMIT } from "#openapi/schemas.ts";

/** The value, or a 404 in the error shape naming what was not found. */
export function found<T>(value: T | null | undefined, what: string, id: string): T {
  if (value === null || value === undefined) throw new ApiError("not_found", `No ${what} with id "${id}".`);
  return value;
}

/** Every item of a paginated store listing (page by page, at the largest page size). */
export async function collectAll<T>(
  fetch: (page: { limit: number; offset: number }) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const page = await fetch({ limit: MAX_LIMIT, offset });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export const readErrors = {
  400: errorResponse("Invalid query or path parameters (`validation`), listed in `error.issues`"),
  500: errorResponse("Unexpected server error (`internal`); the request id helps find it in the server log"),
} as const;

export const notFoundError = { 404: errorResponse("No such resource (`not_found`)") } as const;

export const bodyErrors = {
  400: errorResponse("Malformed JSON (`bad_request`) or a body that fails validation (`validation`, with `issues`)"),
  413: errorResponse("Body larger than the configured limit (`payload_too_large`)"),
  415: errorResponse("Body not sent as `application/json` (`unsupported_media_type`)"),
  500: errorResponse("Unexpected server error (`internal`)"),
} as const;
