import { createRoute, defineOpenAPIRoute, z } from "@hono/zod-openapi";
import type { AppEnv } from "#env.ts";

const route = createRoute({
  method: "get",
  path: "/openapi.json",
  tags: ["meta"],
  summary: "This API's OpenAPI 3.1 description",
  description: "Generated from the same zod schemas the core and store use.",
  responses: {
    200: {
      description: "OpenAPI 3.1 document",
      content: { "application/json": { schema: z.record(z.string(), z.unknown()).openapi({ type: "object" }) } },
    },
  },
});

/** `document` builds the document from the app's route registry (memoised by the caller). */
export function openapiDocument(document: () => Record<string, unknown>) {
  return defineOpenAPIRoute<typeof route, AppEnv>({
    route,
    handler: (c) => c.json(document(), 200),
  });
}
