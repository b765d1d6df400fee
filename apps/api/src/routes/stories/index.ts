import { getStoryAnalysis } from "#routes/stories/analysis.ts";
import { deleteStory } from "#routes/stories/delete.ts";
import { getStory } from "#routes/stories/get.ts";
import { listStories } from "#routes/stories/list.ts";

export const storyRoutes = [listStories, getStory, getStoryAnalysis, deleteStory] as const;
