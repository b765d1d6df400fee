#!/usr/bin/env node
// Checks gold.json against the article files: anchors and quantity texts are verbatim (whitespace collapsed),
// ids unique, speakers exist, links reference existing claims of >= 2 articles, singleSource = unlinked claims,
// nonBody lines are whole lines of their article, manifest lists the same files.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
const dir = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
const ws = (s) => String(s).replace(/\s+/gu, " ").trim();
const errs = [];
const text = {};
const lines = {};
for (const [k, f] of Object.entries(gold.articles)) {
  const raw = readFileSync(join(dir, f), "utf8");
  text[k] = ws(raw);
  lines[k] = raw.split("\n").map((l) => l.trim());
}
const mf = manifest.articles.map((a) => a.file).sort().join(",");
if (mf !== Object.values(gold.articles).sort().join(",")) errs.push("manifest files differ from gold.articles");
const ids = new Set();
const byId = new Map();
for (const c of gold.claims) {
  if (ids.has(c.id)) errs.push(`duplicate id ${c.id}`);
  ids.add(c.id); byId.set(c.id, c);
  if (!/^\d{3}-\d{2}$/.test(c.id) || c.id.slice(0, 3) !== c.article) errs.push(`bad id/article ${c.id}`);
  if (!text[c.article]) { errs.push(`${c.id}: unknown article`); continue; }
  if (!text[c.article].includes(ws(c.anchor))) errs.push(`${c.id}: anchor not found: ${c.anchor}`);
  if (/[.!?؟]\s/.test(ws(c.anchor))) errs.push(`${c.id}: anchor spans sentences?`);
  if (c.kind === "attributed" && !c.speaker) errs.push(`${c.id}: attributed without speaker`);
  if (c.kind === "reported" && c.speaker) errs.push(`${c.id}: reported with speaker`);
  if (c.speaker && !gold.speakers[c.speaker]) errs.push(`${c.id}: unknown speaker ${c.speaker}`);
  for (const q of c.quantities ?? []) {
    if (!text[c.article].includes(ws(q.text))) errs.push(`${c.id}: quantity text not found: ${q.text}`);
    if (q.value == null && q.min == null && q.max == null) errs.push(`${c.id}: quantity without value/min/max: ${q.text}`);
    if (!q.unit) errs.push(`${c.id}: quantity without unit: ${q.text}`);
  }
  for (const [k, nb] of Object.entries(gold.nonBody)) if (k === c.article) for (const l of nb.lines) if (ws(l).includes(ws(c.anchor))) errs.push(`${c.id}: anchor inside a nonBody line`);
}
const linked = new Set();
const lids = new Set();
for (const l of gold.links) {
  if (lids.has(l.id)) errs.push(`duplicate link ${l.id}`);
  lids.add(l.id);
  if (!["corroborates", "conflicts", "compatible"].includes(l.relation)) errs.push(`${l.id}: bad relation`);
  const arts = new Set();
  for (const id of l.claims) {
    if (!byId.has(id)) errs.push(`${l.id}: unknown claim ${id}`); else arts.add(byId.get(id).article);
    linked.add(id);
  }
  if (arts.size < 2) errs.push(`${l.id}: fewer than 2 articles`);
  if (new Set(l.claims).size !== l.claims.length) errs.push(`${l.id}: duplicate claim`);
}
const single = new Set(gold.singleSource);
for (const id of single) { if (!byId.has(id)) errs.push(`singleSource: unknown ${id}`); if (linked.has(id)) errs.push(`singleSource ${id} is linked`); }
for (const c of gold.claims) if (!linked.has(c.id) && !single.has(c.id)) errs.push(`${c.id}: neither linked nor singleSource`);
for (const [k, nb] of Object.entries(gold.nonBody)) for (const l of nb.lines) if (!lines[k]?.includes(l.trim())) errs.push(`nonBody ${k}: not a whole line: ${l}`);
for (const [k, m] of Object.entries(gold.meta)) if (m.title && !lines[k].includes(m.title)) errs.push(`meta ${k}: title not a line`);
const rel = {}; for (const l of gold.links) rel[l.relation] = (rel[l.relation] ?? 0) + 1;
console.log(`claims ${gold.claims.length}, attributed ${gold.claims.filter((c) => c.kind === "attributed").length}, links ${gold.links.length} ${JSON.stringify(rel)}, singleSource ${single.size}`);
if (errs.length) { console.log(errs.join("\n")); process.exit(1); }
console.log("OK");
