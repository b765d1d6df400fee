import { getStory } from "#routes/stories/get.ts";
import { listStories } from "#routes/stories/list.ts";

export const storyRoutes = [listStories, getStory] as const;
