import { useStdout } from "ink";
import { createContext, type DependencyList, useContext, useEffect, useState } from "react";

export type Loaded<T> = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: T };

/** Results of earlier loads in this browsing session, so going back redraws at once (and refreshes behind). */
export const LoadCache = createContext<Map<string, unknown> | null>(null);

/**
 * Run an async loader whenever `deps` change; stale results (from older deps) are dropped. With a `key`, a result
 * from earlier in the session is shown immediately while the loader refreshes it.
 */
export function useLoad<T>(loader: () => Promise<T>, deps: DependencyList, key?: string): Loaded<T> {
  const cache = useContext(LoadCache);
  const cached = (): Loaded<T> | null =>
    key !== undefined && cache?.has(key) ? { status: "ready", data: cache.get(key) as T } : null;
  const [state, setState] = useState<{ key: string | undefined; loaded: Loaded<T> }>(() => ({
    key,
    loaded: cached() ?? { status: "loading" },
  }));
  useEffect(() => {
    let live = true;
    setState({ key, loaded: cached() ?? { status: "loading" } });
    loader().then(
      (data) => {
        if (key !== undefined) cache?.set(key, data);
        if (live) setState({ key, loaded: { status: "ready", data } });
      },
      (error: unknown) => live && setState({ key, loaded: { status: "error", message: errorMessage(error) } }),
    );
    return () => {
      live = false;
    };
  }, deps);
  // (the render after the key changed and before the effect runs must not show the previous key's result: a
  // claim's clusters would read «in no cluster» for a moment, from the load made before the claim was known)
  if (state.key !== key) return cached() ?? { status: "loading" };
  return state.loaded;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The terminal's size, following resizes. Falls back to 80×24 when the stream does not know. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout]);
  return size;
}

/** Keep an index inside [0, count). */
export function clampIndex(index: number, count: number): number {
  return count <= 0 ? 0 : Math.min(Math.max(0, index), count - 1);
}
