#!/usr/bin/env node
// Entry point of the `isnad` command. All behaviour lives in runCli (#run.ts); this only wires the process.
import { runCli } from "#run.ts";

// `isnad analyze … | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: process.stdin,
});
// exitCode (not exit()) lets a large JSON document finish flushing into a pipe.
process.exitCode = code;
