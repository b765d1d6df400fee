#!/usr/bin/env node
// Checks gold.json against the article files of this folder.
// Usage: node validate.mjs [gold.json]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(process.argv[2] ?? join(dir, "gold.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
const ws = (s) => String(s ?? "").replace(/\s+/gu, " ").trim();
const errors = [];
const err = (m) => errors.push(m);

const text = {};
const lines = {};
for (const [key, file] of Object.entries(gold.articles)) {
  if (!manifest.articles.some((a) => a.file === file)) err(`article ${key}: ${file} not in manifest`);
  const raw = readFileSync(join(dir, file), "utf8");
  text[key] = ws(raw);
  lines[key] = raw.split("\n").map((l) => l.trim());
}

const ids = new Set();
for (const c of gold.claims) {
  if (ids.has(c.id)) err(`duplicate claim id ${c.id}`);
  ids.add(c.id);
  if (!/^\d{3}-\d{2}$/.test(c.id) || c.id.slice(0, 3) !== c.article) err(`${c.id}: id/article mismatch`);
  if (!(c.article in text)) { err(`${c.id}: unknown article ${c.article}`); continue; }
  const a = ws(c.anchor);
  if (!a) err(`${c.id}: empty anchor`);
  else if (!text[c.article].includes(a)) err(`${c.id}: anchor not found: ${a}`);
  // an anchor must lie inside one line (paragraph) and not span two sentences
  if (a && !lines[c.article].some((l) => ws(l).includes(a))) err(`${c.id}: anchor spans lines`);
  if (/[.!؟?]\s/.test(a)) err(`${c.id}: anchor seems to span two sentences`);
  if (c.kind !== "attributed" && c.kind !== "reported") err(`${c.id}: bad kind ${c.kind}`);
  if (c.kind === "attributed" && !(c.speaker in gold.speakers)) err(`${c.id}: speaker ${c.speaker} missing`);
  if (c.kind === "reported" && c.speaker !== null) err(`${c.id}: reported claim with a speaker`);
  for (const q of c.quantities ?? []) {
    if (!text[c.article].includes(ws(q.text))) err(`${c.id}: quantity text not in article: ${q.text}`);
    if (q.value == null && q.min == null && q.max == null) err(`${c.id}: quantity ${q.text} has no value/min/max`);
    if (!q.unit) err(`${c.id}: quantity ${q.text} has no unit`);
  }
  // a claim's anchor must not lie inside a non-body line
  for (const l of gold.nonBody?.[c.article]?.lines ?? []) if (ws(l).includes(a)) err(`${c.id}: anchor inside non-body line`);
}

const linkIds = new Set();
const linked = new Set();
for (const l of gold.links) {
  if (linkIds.has(l.id)) err(`duplicate link id ${l.id}`);
  linkIds.add(l.id);
  if (!["corroborates", "conflicts", "compatible"].includes(l.relation)) err(`${l.id}: bad relation`);
  const arts = new Set();
  for (const id of l.claims) {
    if (!ids.has(id)) err(`${l.id}: unknown claim ${id}`);
    arts.add(id.slice(0, 3));
    linked.add(id);
  }
  if (arts.size < 2) err(`${l.id}: fewer than two articles`);
  if (new Set(l.claims).size !== l.claims.length) err(`${l.id}: repeated claim`);
}
// a pair grouped by a conflicts link must not also be grouped by another link (else the scorer drops it)
const pairKey = (x, y) => [x, y].sort().join("|");
const pairLinks = new Map();
for (const l of gold.links)
  for (const x of l.claims) for (const y of l.claims)
    if (x < y && x.slice(0, 3) !== y.slice(0, 3)) pairLinks.set(pairKey(x, y), [...(pairLinks.get(pairKey(x, y)) ?? []), l]);
for (const [k, ls] of pairLinks) if (ls.length > 1 && ls.some((l) => l.relation === "conflicts")) err(`conflict pair ${k} also in ${ls.map((l) => l.id).join(",")}`);

for (const id of gold.singleSource) {
  if (!ids.has(id)) err(`singleSource: unknown claim ${id}`);
  if (linked.has(id)) err(`singleSource: ${id} is linked`);
}
for (const id of ids) if (!linked.has(id) && !gold.singleSource.includes(id)) err(`${id}: neither linked nor singleSource`);

for (const [key, nb] of Object.entries(gold.nonBody ?? {})) {
  if (!(key in text)) { err(`nonBody: unknown article ${key}`); continue; }
  for (const l of nb.lines) if (!lines[key].includes(l.trim())) err(`nonBody ${key}: line not found: ${l}`);
}
for (const s of Object.keys(gold.speakers)) if (!gold.claims.some((c) => c.speaker === s)) err(`speaker ${s} unused`);
if (gold.attributedExhaustive !== true) err("attributedExhaustive must be true");

const att = gold.claims.filter((c) => c.kind === "attributed").length;
const rel = {};
for (const l of gold.links) rel[l.relation] = (rel[l.relation] ?? 0) + 1;
console.log(`claims ${gold.claims.length} (attributed ${att}, reported ${gold.claims.length - att}); links ${gold.links.length} ${JSON.stringify(rel)}; singleSource ${gold.singleSource.length}`);
if (errors.length) { console.error(errors.join("\n")); process.exit(1); }
console.log("OK");
