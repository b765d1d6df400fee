// The browser's navigation: a stack of screens, each carrying its own cursor so going back restores it.
import type { Relation } from "@isnad/core";

export type StoryPane = "articles" | "clusters" | "summary";
export const STORY_PANES: readonly StoryPane[] = ["articles", "clusters", "summary"];

export type ReaderPane = "text" | "clusters";

/** A cluster shows its figures and claims, or where the claims come from (chains) and why they were grouped. */
export type ClusterPane = "claims" | "sources";

export type Screen =
  | { kind: "stories"; cursor: number }
  | {
      kind: "story";
      storyId: string;
      title: string;
      pane: StoryPane;
      cursors: Record<StoryPane, number>;
      relation: Relation | null;
    }
  | {
      kind: "reader";
      articleId: string;
      claimId: string | null;
      pane: ReaderPane;
      clusterCursor: number;
      /** manual scroll offset (page keys); null follows the selected claim */
      scroll: number | null;
    }
  | { kind: "cluster"; clusterId: string; pane: ClusterPane; cursor: number; scroll: number }
  | { kind: "search"; query: string; storyId: string | null; cursor: number }
  | { kind: "speaker"; name: string; entityId: string | null; storyId: string | null; cursor: number };

export type ScreenOf<K extends Screen["kind"]> = Extract<Screen, { kind: K }>;

export type NavAction = { type: "push"; screen: Screen } | { type: "pop" } | { type: "update"; patch: Partial<Screen> };

export function navReducer(stack: readonly Screen[], action: NavAction): Screen[] {
  switch (action.type) {
    case "push":
      return [...stack, action.screen];
    case "pop":
      return stack.length > 1 ? stack.slice(0, -1) : [...stack];
    case "update": {
      const top = stack[stack.length - 1];
      if (!top) return [...stack];
      return [...stack.slice(0, -1), { ...top, ...action.patch } as Screen];
    }
  }
}

export function storyScreen(storyId: string, title: string): ScreenOf<"story"> {
  return {
    kind: "story",
    storyId,
    title,
    pane: "articles",
    cursors: { articles: 0, clusters: 0, summary: 0 },
    relation: null,
  };
}

export function clusterScreen(clusterId: string): ScreenOf<"cluster"> {
  return { kind: "cluster", clusterId, pane: "claims", cursor: 0, scroll: 0 };
}

/** Everything one speaker is reported to have said (in a story, or everywhere). */
export function speakerScreen(name: string, entityId: string | null, storyId: string | null): ScreenOf<"speaker"> {
  return { kind: "speaker", name, entityId, storyId, cursor: 0 };
}

export function readerScreen(articleId: string, claimId: string | null = null): ScreenOf<"reader"> {
  return { kind: "reader", articleId, claimId, pane: "text", clusterCursor: 0, scroll: null };
}

/** The story the user is currently inside (searches are scoped to it), if any. */
export function currentStoryId(stack: readonly Screen[]): string | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const screen = stack[i]!;
    if (screen.kind === "story") return screen.storyId;
    if (screen.kind === "search" || screen.kind === "speaker") return screen.storyId;
  }
  return null;
}

export function crumb(screen: Screen): string {
  switch (screen.kind) {
    case "stories":
      return "stories";
    case "story":
      return screen.title || screen.storyId;
    case "reader":
      return "article";
    case "cluster":
      return "cluster";
    case "search":
      return `search “${screen.query}”`;
    case "speaker":
      return screen.name;
  }
}

/** Key hints for the current screen; the global keys are appended by the key bar. */
export function screenKeys(screen: Screen): [string, string][] {
  switch (screen.kind) {
    case "stories":
      return [
        ["↑↓/jk", "move"],
        ["⏎", "open story"],
      ];
    case "story":
      return [
        ["↑↓/jk", "move"],
        ["⏎", "open"],
        ["tab", "articles/clusters/summary"],
        ...(screen.pane === "clusters" ? ([["r", "filter relation"]] as [string, string][]) : []),
      ];
    case "reader":
      return screen.pane === "text"
        ? [
            ["↑↓/jk", "claim"],
            ["pgup/pgdn", "scroll"],
            ["tab", "claim's clusters"],
            ["s", "speaker's claims"],
          ]
        : [
            ["↑↓/jk", "cluster"],
            ["⏎", "open cluster"],
            ["tab", "text"],
          ];
    case "cluster":
      return screen.pane === "claims"
        ? [
            ["↑↓/jk", "claim"],
            ["⏎", "read article"],
            ["tab", "sources & evidence"],
          ]
        : [
            ["↑↓/jk", "scroll"],
            ["tab", "figures & claims"],
          ];
    case "search":
    case "speaker":
      return [
        ["↑↓/jk", "move"],
        ["⏎", "open"],
      ];
  }
}
