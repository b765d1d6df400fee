// Bearer-token guard for write routes. Runs before the body is parsed, so an unauthenticated caller never
// gets its payload read or validated.
import { createHash, timingSafeEqual } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "#env.ts";
import { ApiError } from "#errors.ts";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Compares in constant time (over fixed-length digests) so response timing does not leak the token. */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export const requireBearer = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.get("token");
  if (expected === null) {
    throw new ApiError(
      "forbidden",
      "Writes (ingest, delete) are disabled on this server: no API token is configured. Start the API with ISNAD_API_TOKEN=<secret> " +
        "and send it as `Authorization: Bearer <secret>`.",
    );
  }
  const header = c.req.header("authorization");
  const challenge = { "WWW-Authenticate": 'Bearer realm="isnad"' };
  if (!header) {
    throw new ApiError("unauthorized", "Missing `Authorization: Bearer <token>` header.", undefined, challenge);
  }
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (!match?.[1]) {
    throw new ApiError(
      "unauthorized",
      "Malformed Authorization header: expected `Bearer <token>`.",
      undefined,
      challenge,
    );
  }
  if (!tokensMatch(match[1], expected)) {
    throw new ApiError("unauthorized", "Invalid API token.", undefined, {
      "WWW-Authenticate": 'Bearer realm="isnad", error="invalid_token"',
    });
  }
  await next();
});
