// Serves createApp() over Node's HTTP server. Run directly (`tsx apps/api/src/server.ts`) it opens the store
// from the environment and serves until SIGINT/SIGTERM.
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import { openStoreFromEnv } from "@isnad/store";
import { type AppDeps, createApp } from "#app.ts";
import { DEFAULT_HOST, DEFAULT_PORT, readApiConfig } from "#config.ts";

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port */
  port?: number;
}

export interface ApiServer {
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  close(): Promise<void>;
}

export function startApiServer(deps: AppDeps, options: ServeOptions = {}): Promise<ApiServer> {
  const app = createApp(deps);
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      server.off("error", reject);
      const shownHost = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ("closeIdleConnections" in server) server.closeIdleConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}

async function main(): Promise<void> {
  const config = readApiConfig(process.env);
  if (!config.ok) {
    console.error(`isnad api: invalid configuration: ${config.error}`);
    process.exit(2);
  }
  const store = await openStoreFromEnv();
  const { host, port, token, maxBodyBytes } = config.config;
  const server = await startApiServer({ store, token, maxBodyBytes }, { host, port });
  const notes = token ? [] : ["writes (POST /v1/articles, DELETE /v1/stories/{id}) are disabled: set ISNAD_API_TOKEN"];
  console.log(
    [`isnad api listening on ${server.url} (docs: ${server.url}/docs, store: ${store.dialect})`, ...notes].join("\n"),
  );
  const stop = async (signal: string) => {
    console.log(`isnad api: ${signal}, shutting down`);
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error("isnad api: failed to start:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

export { DEFAULT_HOST, DEFAULT_PORT };
