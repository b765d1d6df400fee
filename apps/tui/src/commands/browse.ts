import { analyze } from "@isnad/core";
import { render } from "ink";
import { createElement } from "react";
import { type CliIO, canBrowse, line, openCliStore, type StoreOptions } from "#commands/io.ts";
import { loadInputs } from "#commands/load.ts";
import { printOverview } from "#commands/overview.ts";
import { analysisSource, type BrowseSource } from "#source.ts";
import { App } from "#ui/App.tsx";

export interface BrowseOptions extends StoreOptions {
  visual?: boolean;
  story?: string;
}

/** Visual bidi order is on with --visual or ISNAD_BIDI=visual. */
export function wantsVisual(io: CliIO, options: BrowseOptions): boolean {
  return Boolean(options.visual) || io.env.ISNAD_BIDI?.toLowerCase() === "visual";
}

async function runBrowser(
  io: CliIO,
  source: BrowseSource,
  options: BrowseOptions,
  story: { id: string; title: string } | null,
) {
  const instance = render(createElement(App, { source, visual: wantsVisual(io, options), storyId: story }), {
    stdout: io.stdout as NodeJS.WriteStream,
    stderr: io.stderr as NodeJS.WriteStream,
    stdin: io.stdin ?? process.stdin,
    exitOnCtrlC: true,
    // nothing of ours logs to the console while the browser runs; patching it breaks under foreign consoles
    patchConsole: false,
  });
  await instance.waitUntilExit();
}

/** `isnad` with no command: the interactive browser over the store, or the static overview without a terminal. */
export async function browseStoreCommand(io: CliIO, options: BrowseOptions): Promise<number> {
  const store = await openCliStore(io, options);
  try {
    let story: { id: string; title: string } | null = null;
    if (options.story) {
      const record = await store.getStory(options.story);
      if (!record) {
        line(io.stderr, `isnad: no story with id ${options.story}`);
        return 1;
      }
      story = { id: record.id, title: record.title };
    }
    if (!canBrowse(io)) {
      await printOverview(io, store, story ? { storyId: story.id } : {});
      return 0;
    }
    await runBrowser(io, store, options, story);
    return 0;
  } finally {
    await store.close();
  }
}

/** `isnad browse <paths…>`: analyse files in memory and browse the result; nothing is stored. */
export async function browseFilesCommand(io: CliIO, paths: readonly string[], options: BrowseOptions): Promise<number> {
  const loaded = await loadInputs(io, paths, options.story);
  if (!loaded.ok) return 1;
  const analysis = analyze(loaded.inputs, { story: loaded.story });
  const source = analysisSource(analysis, loaded.story);
  if (!canBrowse(io)) {
    await printOverview(io, source);
    return 0;
  }
  await runBrowser(io, source, options, { id: loaded.story.id, title: loaded.story.title });
  return 0;
}
