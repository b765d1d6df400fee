// Server configuration from environment variables. Bad values are reported, never silently replaced.
import { DEFAULT_MAX_BODY_BYTES } from "#app.ts";

export interface ApiConfig {
  host: string;
  port: number;
  /** null: ingest disabled */
  token: string | null;
  maxBodyBytes: number;
}

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8787;
/** Shorter tokens are refused: they are guessable. */
export const MIN_TOKEN_LENGTH = 16;

export type ConfigResult = { ok: true; config: ApiConfig } | { ok: false; error: string };

type Env = Record<string, string | undefined>;

export function readApiConfig(env: Env): ConfigResult {
  const errors: string[] = [];
  const host = env.ISNAD_HOST?.trim() || DEFAULT_HOST;
  const port = integer(env.ISNAD_API_PORT, "ISNAD_API_PORT", DEFAULT_PORT, 0, 65_535, errors);
  const maxBodyBytes = integer(
    env.ISNAD_MAX_BODY_BYTES,
    "ISNAD_MAX_BODY_BYTES",
    DEFAULT_MAX_BODY_BYTES,
    1,
    Number.MAX_SAFE_INTEGER,
    errors,
  );
  const rawToken = env.ISNAD_API_TOKEN?.trim();
  let token: string | null = null;
  if (rawToken) {
    if (rawToken.length < MIN_TOKEN_LENGTH || /\s/.test(rawToken)) {
      errors.push(`ISNAD_API_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters without spaces`);
    } else {
      token = rawToken;
    }
  }
  if (errors.length > 0) return { ok: false, error: errors.join("; ") };
  return { ok: true, config: { host, port, token, maxBodyBytes } };
}

function integer(raw: string | undefined, name: string, fallback: number, min: number, max: number, errors: string[]) {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}
