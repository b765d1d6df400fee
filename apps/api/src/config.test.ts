import { describe, expect, test } from "vitest";
import { DEFAULT_MAX_BODY_BYTES } from "#app.ts";
import { readApiConfig } from "#config.ts";

describe("readApiConfig", () => {
  test("defaults: loopback, port 8787, no token (ingest off), 5 MB bodies", () => {
    expect(readApiConfig({})).toEqual({
      ok: true,
      config: { host: "127.0.0.1", port: 8787, token: null, maxBodyBytes: DEFAULT_MAX_BODY_BYTES },
    });
  });

  test("reads every variable", () => {
    const result = readApiConfig({
      ISNAD_HOST: "0.0.0.0",
      ISNAD_API_PORT: "9000",
      ISNAD_API_TOKEN: "  a-long-enough-secret-token  ",
      ISNAD_MAX_BODY_BYTES: "1048576",
    });
    expect(result).toEqual({
      ok: true,
      config: { host: "0.0.0.0", port: 9000, token: "a-long-enough-secret-token", maxBodyBytes: 1_048_576 },
    });
  });

  test("an empty token means no token", () => {
    expect(readApiConfig({ ISNAD_API_TOKEN: "   " })).toMatchObject({ ok: true, config: { token: null } });
  });

  test.each([
    [{ ISNAD_API_PORT: "http" }, "ISNAD_API_PORT"],
    [{ ISNAD_API_PORT: "70000" }, "ISNAD_API_PORT"],
    [{ ISNAD_API_PORT: "80.5" }, "ISNAD_API_PORT"],
    [{ ISNAD_MAX_BODY_BYTES: "0" }, "ISNAD_MAX_BODY_BYTES"],
    [{ ISNAD_MAX_BODY_BYTES: "5MB" }, "ISNAD_MAX_BODY_BYTES"],
    [{ ISNAD_API_TOKEN: "short" }, "ISNAD_API_TOKEN"],
    [{ ISNAD_API_TOKEN: "has a space inside it" }, "ISNAD_API_TOKEN"],
  ])("%j is refused, naming %s", (env, name) => {
    const result = readApiConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(name);
  });
});
