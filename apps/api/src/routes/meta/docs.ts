import { createRoute, defineOpenAPIRoute, z } from "@hono/zod-openapi";
import { DOCS_CSP, docsPage } from "#docs/page.ts";
import type { AppEnv } from "#env.ts";

const route = createRoute({
  method: "get",
  path: "/docs",
  tags: ["meta"],
  summary: "Human-readable API reference",
  description: "A self-contained page (no remote assets) that renders `/openapi.json`, with a form to try each route.",
  responses: {
    200: { description: "HTML page", content: { "text/html": { schema: z.string() } } },
  },
});

export function docs(title: string) {
  const html = docsPage(title);
  return defineOpenAPIRoute<typeof route, AppEnv>({
    route,
    handler: (c) => {
      c.header("Content-Security-Policy", DOCS_CSP);
      c.header("Cache-Control", "no-cache");
      return c.html(html, 200);
    },
  });
}
