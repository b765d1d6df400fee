#!/usr/bin/env node
// Checks gold.json against the article files: anchors and quantity texts are verbatim substrings (whitespace collapsed),
// anchors stay inside one sentence/line, ids unique, speakers exist, links reference existing claims of >= 2 articles,
// singleSource = claims in no link, nonBody lines exist as whole lines.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const dir = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
const ws = (s) => String(s).replace(/\s+/gu, " ").trim();
const errors = [];
const raw = {}, text = {};
for (const [k, f] of Object.entries(gold.articles)) {
  raw[k] = readFileSync(join(dir, f), "utf8");
  text[k] = ws(raw[k]);
  if (!manifest.articles.some((a) => a.file === f)) errors.push(`article ${f} not in manifest`);
}
const ids = new Set();
for (const c of gold.claims) {
  if (ids.has(c.id)) errors.push(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!/^\d{3}-\d{2}$/.test(c.id) || c.id.slice(0, 3) !== c.article) errors.push(`bad id/article ${c.id}`);
  if (!text[c.article]) { errors.push(`${c.id}: unknown article`); continue; }
  const a = ws(c.anchor);
  const n = text[c.article].split(a).length - 1;
  if (n === 0) errors.push(`${c.id}: anchor not found: ${a}`);
  if (n > 1) errors.push(`${c.id}: anchor occurs ${n} times`);
  if (/[.؟!]\s/.test(a) || c.anchor.includes("\n")) errors.push(`${c.id}: anchor spans sentences`);
  if ((c.kind === "attributed") !== (c.speaker != null)) errors.push(`${c.id}: kind/speaker mismatch`);
  if (c.speaker != null && !gold.speakers[c.speaker]) errors.push(`${c.id}: unknown speaker ${c.speaker}`);
  for (const q of c.quantities) {
    if (!text[c.article].includes(ws(q.text))) errors.push(`${c.id}: quantity text not found: ${q.text}`);
    if (q.value == null && q.min == null && q.max == null) errors.push(`${c.id}: quantity without numbers: ${q.text}`);
  }
  for (const nb of gold.nonBody[c.article]?.lines ?? []) if (ws(nb).includes(a)) errors.push(`${c.id}: anchor inside non-body line`);
}
const byId = new Map(gold.claims.map((c) => [c.id, c]));
const linkIds = new Set();
const inLink = new Set();
for (const l of gold.links) {
  if (linkIds.has(l.id)) errors.push(`duplicate link ${l.id}`);
  linkIds.add(l.id);
  if (!["corroborates", "conflicts", "compatible"].includes(l.relation)) errors.push(`${l.id}: bad relation`);
  const arts = new Set();
  for (const id of l.claims) {
    if (!byId.has(id)) errors.push(`${l.id}: unknown claim ${id}`);
    else arts.add(byId.get(id).article);
    inLink.add(id);
  }
  if (arts.size < 2) errors.push(`${l.id}: fewer than 2 articles`);
  if (new Set(l.claims).size !== l.claims.length) errors.push(`${l.id}: repeated claim`);
}
for (const id of gold.singleSource) {
  if (!byId.has(id)) errors.push(`singleSource: unknown ${id}`);
  if (inLink.has(id)) errors.push(`singleSource: ${id} is linked`);
}
for (const c of gold.claims) if (!inLink.has(c.id) && !gold.singleSource.includes(c.id)) errors.push(`${c.id}: neither linked nor singleSource`);
for (const [k, nb] of Object.entries(gold.nonBody)) {
  const lines = new Set(raw[k].split("\n").map(ws));
  for (const l of nb.lines) if (!lines.has(ws(l))) errors.push(`nonBody ${k}: line not found: ${l}`);
}
// conflict pairs surviving the scorer's rule (pairs not grouped by a non-conflict link)
const agreeing = new Set();
const key = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
for (const l of gold.links) if (l.relation !== "conflicts") for (const a of l.claims) for (const b of l.claims) if (a < b) agreeing.add(key(a, b));
for (const l of gold.links.filter((x) => x.relation === "conflicts")) {
  const pairs = [];
  for (const a of l.claims) for (const b of l.claims) if (a < b && byId.get(a)?.article !== byId.get(b)?.article && !agreeing.has(key(a, b))) pairs.push(key(a, b));
  if (!pairs.length) errors.push(`${l.id}: no effective conflict pair`);
  else console.log(`${l.id} conflict pairs: ${pairs.join(", ")}`);
}
const rel = {};
for (const l of gold.links) rel[l.relation] = (rel[l.relation] ?? 0) + 1;
console.log(`claims ${gold.claims.length}, attributed ${gold.claims.filter((c) => c.speaker).length}, links ${JSON.stringify(rel)}, singleSource ${gold.singleSource.length}`);
if (errors.length) { console.log(errors.join("\n")); process.exit(1); }
console.log("OK");
