import { createRoute, defineOpenAPIRoute } from "@hono/zod-openapi";
import { contentId, type StoryMeta } from "@isnad/core";
import type { IsnadStore } from "@isnad/store";
import type { AppEnv } from "#env.ts";
import { ApiError, errorResponse } from "#errors.ts";
import { requireBearer } from "#middleware/auth.ts";
import { IngestRequest, IngestResponse } from "#openapi/schemas.ts";
import { bodyErrors, found } from "#routes/shared.ts";

const route = createRoute({
  method: "post",
  path: "/v1/articles",
  tags: ["articles"],
  summary: "Ingest articles into a story",
  description:
    "Analyses the posted articles together with the story's existing ones and stores everything in one transaction: " +
    "all or nothing. Re-posting identical texts changes nothing (`inserted: 0`, status 200). " +
    "Requires `Authorization: Bearer <token>` (the server's ISNAD_API_TOKEN); without a configured token ingest is disabled (403).",
  security: [{ bearerAuth: [] }],
  middleware: [requireBearer] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: IngestRequest } } },
  },
  responses: {
    201: {
      description: "Stored; at least one article was new",
      content: { "application/json": { schema: IngestResponse } },
    },
    200: {
      description: "Nothing new: every article was already stored",
      content: { "application/json": { schema: IngestResponse } },
    },
    401: errorResponse("Missing, malformed or wrong bearer token (`unauthorized`)"),
    403: errorResponse("Ingest disabled: the server has no ISNAD_API_TOKEN (`forbidden`)"),
    404: errorResponse("`story: {id}` names a story that does not exist (`not_found`)"),
    409: errorResponse("An article of the batch is already stored in another story (`conflict`)"),
    ...bodyErrors,
  },
});

const MAX_DERIVED_TITLE = 120;

/** Which story a batch goes into: the one named, the articles' shared `storyId`, or one derived from the texts. */
async function resolveStory(store: IsnadStore, body: IngestRequest): Promise<StoryMeta> {
  const { story, articles } = body;
  const named = new Set(articles.map((a) => a.storyId).filter((id): id is string => typeof id === "string"));
  if (story) {
    const stray = articles.findIndex((a) => a.storyId != null && a.storyId !== story.id);
    if (stray >= 0) {
      throw new ApiError("validation", `articles.${stray}.storyId disagrees with story.id "${story.id}".`, [
        { path: `body.articles.${stray}.storyId`, message: `expected "${story.id}" or nothing`, code: "custom" },
      ]);
    }
    if ("title" in story) return story;
    const stored = found(await store.getStory(story.id), "story", story.id);
    return { id: stored.id, title: stored.title, description: stored.description ?? null };
  }
  if (named.size > 1) {
    throw new ApiError(
      "validation",
      `The articles name ${named.size} different stories (${[...named].join(", ")}): ingest them separately or pass \`story\`.`,
    );
  }
  const [sharedId] = named;
  if (sharedId !== undefined) {
    const stored = await store.getStory(sharedId);
    return stored
      ? { id: stored.id, title: stored.title, description: stored.description ?? null }
      : { id: sharedId, title: sharedId };
  }
  // No story given anywhere: one derived from the set of texts, so re-posting the same batch lands in the same story.
  const ids = [...new Set(articles.map((a) => contentId(a.text)))].sort();
  const firstLine =
    articles[0]?.text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? "";
  const title = firstLine.length > MAX_DERIVED_TITLE ? `${firstLine.slice(0, MAX_DERIVED_TITLE - 1)}…` : firstLine;
  return { id: `story-${contentId(ids.join("\n"))}`, title };
}

export const ingestArticles = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const body = c.req.valid("json");
    const store = c.get("store");
    const story = await resolveStory(store, body);
    const result = await store.ingest(story, body.articles);
    const stored = found(await store.getStory(result.storyId), "story", result.storyId);
    const response = {
      storyId: result.storyId,
      articleIds: result.articleIds,
      inserted: result.inserted,
      story: stored,
    };
    return result.inserted > 0 ? c.json(response, 201) : c.json(response, 200);
  },
});
