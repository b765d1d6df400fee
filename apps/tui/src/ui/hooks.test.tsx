// useLoad over a real Ink render: a result belongs to the key it was loaded for.
import { Text } from "ink";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { useLoad } from "#ui/hooks.ts";

function Probe({ k, loader }: { k: string; loader: (k: string) => Promise<string> }) {
  const loaded = useLoad(() => loader(k), [k], `probe:${k}`);
  return <Text>{`${k}=${loaded.status === "ready" ? loaded.data : loaded.status}`}</Text>;
}

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("useLoad", () => {
  it("never shows the previous key's result under the new key, not even for one frame", async () => {
    // the first key loads at once; the second never does
    const loader = (k: string) => (k === "a" ? Promise.resolve("first") : new Promise<string>(() => {}));
    const r = render(<Probe k="a" loader={loader} />);
    unmount = r.unmount;
    await tick();
    expect(r.lastFrame()).toBe("a=first");
    r.rerender(<Probe k="b" loader={loader} />);
    await tick();
    expect(r.lastFrame()).toBe("b=loading");
    expect(r.frames.some((f) => f.includes("b=first"))).toBe(false);
  });
});
