// Test helpers for the Ink browser (after Shopify cli-kit's testing/ui.ts): render through ink-testing-library,
// send keys, and wait for the screen to settle (Ink needs a tick after stdin.write, and data loads are async)
// before reading the unstyled last frame.
import { stripVTControlCharacters } from "node:util";
import { render } from "ink-testing-library";
import { createElement, Fragment, type ReactElement, type ReactNode, useEffect } from "react";

export const KEYS = {
  up: "\u001B[A",
  down: "\u001B[B",
  enter: "\r",
  escape: "\u001B",
  tab: "\t",
  backspace: "\u007F",
  pageDown: "\u001B[6~",
  pageUp: "\u001B[5~",
} as const;

const BUSY = /Loading|Searching…/u;
const QUIET_MS = 60;
const LIMIT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Screen {
  /** the last frame without colours or styles */
  frame(): string;
  /** every frame drawn so far, unstyled */
  frames(): string[];
  /** send keys (one string per keypress), waiting for the screen to settle after each */
  press(...keys: string[]): Promise<string>;
  /** wait until nothing is loading and the frame has not changed for a moment */
  settle(): Promise<string>;
  /** wait until the frame contains `text` (fails with the last frame after a generous limit) */
  waitFor(text: string): Promise<string>;
  /** whether the app has exited (q) */
  exited(): boolean;
  unmount(): void;
}

export async function renderScreen(element: ReactElement): Promise<Screen> {
  let exited = false;
  // The app quitting (useApp().exit()) unmounts the tree: a wrapper's effect cleanup tells us.
  const instance = render(
    createElement(ExitProbe, {
      onUnmount: () => {
        exited = true;
      },
      children: element,
    }),
  );
  const frame = () => stripVTControlCharacters(instance.lastFrame() ?? "");
  const settle = async () => {
    const started = Date.now();
    let last = "";
    let count = -1;
    let stableSince = Date.now();
    for (;;) {
      await sleep(5);
      const now = frame();
      if (now !== last || instance.frames.length !== count) {
        last = now;
        count = instance.frames.length;
        stableSince = Date.now();
      } else if (!BUSY.test(now) && Date.now() - stableSince >= QUIET_MS) {
        return now;
      }
      if (Date.now() - started > LIMIT_MS) return now;
    }
  };
  const screen: Screen = {
    frame,
    frames: () => instance.frames.map((f) => stripVTControlCharacters(f)),
    settle,
    async press(...keys) {
      for (const key of keys) {
        instance.stdin.write(key);
        await settle();
      }
      return frame();
    },
    async waitFor(text) {
      const started = Date.now();
      while (!frame().includes(text)) {
        if (Date.now() - started > LIMIT_MS) throw new Error(`timed out waiting for “${text}” in:\n${frame()}`);
        await sleep(10);
      }
      return settle();
    },
    exited: () => exited,
    unmount: () => instance.unmount(),
  };
  await settle();
  return screen;
}

function ExitProbe({ onUnmount, children }: { onUnmount: () => void; children: ReactNode }) {
  useEffect(() => onUnmount, [onUnmount]);
  return createElement(Fragment, null, children);
}
