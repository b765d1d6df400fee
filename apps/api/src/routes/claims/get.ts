import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { Claim } from "@isnad/core";
import type { AppEnv } from "#env.ts";
import { IdParams } from "#openapi/schemas.ts";
import { found, notFoundError, readErrors } from "#routes/shared.ts";

const route = createRoute({
  method: "get",
  path: "/v1/claims/{id}",
  tags: ["claims"],
  summary: "Get one claim",
  description: "Its clusters are listed by `GET /v1/clusters?claimId=…`.",
  request: { params: IdParams("claim id") },
  responses: {
    200: { description: "The claim", content: { "application/json": { schema: Claim } } },
    ...notFoundError,
    ...readErrors,
  },
});

export const getClaim = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { id } = c.req.valid("param");
    return c.json(found(await c.get("store").getClaim(id), "claim", id), 200);
  },
});
