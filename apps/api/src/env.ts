import type { IsnadStore } from "@isnad/store";
import type { RequestIdVariables } from "hono/request-id";

export interface AppDeps {
  store: IsnadStore;
  /** Bearer token that POST /v1/articles requires; null disables ingest (403). */
  token: string | null;
  /** Largest accepted request body in bytes (default 5 MB). */
  maxBodyBytes?: number;
  now?: () => Date;
  /** Where unexpected (500) errors are reported; default console.error. */
  logError?: (entry: { requestId: string; method: string; path: string; error: unknown }) => void;
}

export interface AppEnv {
  Variables: RequestIdVariables & {
    store: IsnadStore;
    token: string | null;
    now: () => Date;
  };
}
