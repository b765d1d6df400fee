// `pnpm bench` in @isnad/core: each module below prints its own figures when imported, in this order.
import "./arabic.ts";
import "./extract.ts";
import "./compare.ts";
