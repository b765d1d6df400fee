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
  const [state, setState] = useState<Loaded<T>>(() => cached() ?? { status: "loading" });
  useEffect(() => {
    let live = true;
    setState(cached() ?? { status: "loading" });
    loader().then(
      (data) => {
        if (key !== undefined) cache?.set(key, data);
        if (live) setState({ status: "ready", data });
      },
      (error: unknown) => live && setState({ status: "error", message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
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
