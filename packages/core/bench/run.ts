// `pnpm bench` in @isnad/core: each module below prints its own figures when imported.
import "./arabic.ts";
