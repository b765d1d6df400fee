// The interactive browser: a stack of screens (stories → story → article reader → cluster; search from anywhere),
// global keys, the search prompt and the always-visible key map.
import { Box, useApp, useInput } from "ink";
import { useReducer, useState } from "react";
import type { BrowseSource } from "#source.ts";
import { truncate } from "#text/runs.ts";
import { DisplayContext, KeyBar, keyBarLines, Line1, StyledLine } from "#ui/components.tsx";
import { LoadCache, useTerminalSize } from "#ui/hooks.ts";
import { crumb, currentStoryId, navReducer, type Screen, screenKeys } from "#ui/nav.ts";
import { ClusterScreen } from "#ui/screens/Cluster.tsx";
import { ReaderScreen } from "#ui/screens/Reader.tsx";
import { SearchScreen } from "#ui/screens/Search.tsx";
import { SpeakerScreen } from "#ui/screens/Speaker.tsx";
import { StoriesScreen } from "#ui/screens/Stories.tsx";
import { StoryScreen } from "#ui/screens/Story.tsx";

export interface AppProps {
  source: BrowseSource;
  /** start in bidi visual order (for terminals that do not reorder right-to-left text themselves) */
  visual?: boolean;
  /** start inside this story instead of the story list */
  storyId?: { id: string; title: string } | null;
}

function initialStack(story: AppProps["storyId"]): Screen[] {
  const root: Screen = { kind: "stories", cursor: 0 };
  if (!story) return [root];
  return [
    root,
    {
      kind: "story",
      storyId: story.id,
      title: story.title,
      pane: "articles",
      cursors: { articles: 0, clusters: 0, summary: 0 },
      relation: null,
    },
  ];
}

const ESSENTIAL_KEYS: [string, string][] = [
  ["esc/⌫", "back"],
  ["q", "quit"],
];

export function App({ source, visual: initialVisual = false, storyId = null }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [stack, dispatch] = useReducer(navReducer, storyId, initialStack);
  const [visual, setVisual] = useState(initialVisual);
  const [prompt, setPrompt] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [cache] = useState(() => new Map<string, unknown>());
  const screen = stack[stack.length - 1]!;

  useInput((input, key) => {
    if (prompt !== null) {
      if (key.escape) setPrompt(null);
      else if (key.return) {
        const query = prompt.trim();
        setPrompt(null);
        if (query) {
          dispatch({
            type: "push",
            screen: { kind: "search", query, storyId: currentStoryId(stack), cursor: 0 },
          });
        }
      } else if (key.backspace || key.delete) setPrompt([...prompt].slice(0, -1).join(""));
      else if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow) {
        setPrompt(prompt + input);
      }
      return;
    }
    setMessage(null);
    if ((input === "q" && !key.ctrl && !key.meta) || (key.ctrl && input === "c")) exit();
    else if (input === "b" && !key.ctrl) setVisual((v) => !v);
    else if (input === "/") setPrompt("");
    else if (key.escape || key.backspace || key.delete) dispatch({ type: "pop" });
  });

  const width = Math.max(20, columns);
  const hints: [string, string][] = [
    ...screenKeys(screen),
    ["b", visual ? "logical order" : "visual order"],
    ["/", "search"],
  ];
  // On short terminals the key map gets at most a sixth of the rows (labels shortened, back and quit kept).
  const keyLines = keyBarLines(hints, width, Math.max(1, Math.floor(rows / 6)), ESSENTIAL_KEYS);
  const bodyHeight = Math.max(3, rows - 3 - keyLines.length - (prompt !== null ? 1 : 0));
  const common = {
    push: (next: Screen) => dispatch({ type: "push", screen: next }),
    update: (patch: Partial<Screen>) => dispatch({ type: "update", patch }),
    source,
    width,
    height: bodyHeight,
    active: prompt === null,
    notify: setMessage,
  };
  const crumbs = ["isnad", ...stack.map(crumb)].join(" › ");
  const mode = visual ? "[visual order]" : "[logical order]";
  return (
    <LoadCache.Provider value={cache}>
      <DisplayContext.Provider value={{ visual, columns: width }}>
        <Box flexDirection="column" width={width}>
          <StyledLine
            runs={[
              { text: truncate(crumbs, Math.max(10, width - mode.length - 1)), tone: "title" },
              { text: ` ${mode}`, tone: "dim" },
            ]}
            width={width}
          />
          <Box flexDirection="column" height={bodyHeight}>
            {screen.kind === "stories" && <StoriesScreen {...common} screen={screen} />}
            {screen.kind === "story" && <StoryScreen {...common} screen={screen} />}
            {screen.kind === "reader" && <ReaderScreen {...common} screen={screen} />}
            {screen.kind === "cluster" && <ClusterScreen {...common} screen={screen} />}
            {screen.kind === "search" && <SearchScreen {...common} screen={screen} />}
            {screen.kind === "speaker" && <SpeakerScreen {...common} screen={screen} />}
          </Box>
          <Line1 text={message ?? " "} tone="error" width={width} />
          {prompt !== null && (
            <StyledLine
              runs={[
                { text: "/ ", tone: "title" },
                { text: prompt, tone: "plain" },
                { text: " ", tone: "cursor" },
                { text: " ⏎ search · esc cancel", tone: "dim" },
              ]}
              width={width}
            />
          )}
          <KeyBar lines={keyLines} />
        </Box>
      </DisplayContext.Provider>
    </LoadCache.Provider>
  );
}
