import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentId, derivedId } from "./ids.ts";

describe("ids", () => {
  it("contentId is the sha-256 prefix of the UTF-8 text", () => {
    expect(contentId("")).toBe("e3b0c44298fc1c14");
    expect(contentId("قال")).toHaveLength(16);
    expect(contentId("قال")).not.toBe(contentId("قال "));
  });

  it("derivedId is stable, prefixed, 12 hex digits, and separates its parts", () => {
    expect(derivedId("c", "abc", 1, 2)).toBe(derivedId("c", "abc", 1, 2));
    expect(derivedId("c", "abc", 1, 2)).toMatch(/^c_[0-9a-f]{12}$/u);
    expect(derivedId("c", "ab", "c")).not.toBe(derivedId("c", "a", "bc"));
    expect(derivedId("c", "a", 12)).not.toBe(derivedId("c", "a1", 2));
  });

  it("derivedId does not collide on 200,000 claim-like keys", () => {
    const seen = new Set<string>();
    for (let a = 0; a < 200; a++)
      for (let s = 0; s < 1000; s++) seen.add(derivedId("c", contentId(String(a)), s, s + 40));
    expect(seen.size).toBe(200_000);
  });

  it("never throws on arbitrary parts", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.integer())), (parts) => {
        expect(derivedId("x", ...parts)).toMatch(/^x_[0-9a-f]{12}$/u);
      }),
    );
  });
});
