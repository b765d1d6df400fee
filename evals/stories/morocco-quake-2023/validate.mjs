// Checks gold.json against the article files of this folder. Usage: node validate.mjs
import { readFileSync } from "node:fs";
const dir = new URL(".", import.meta.url).pathname;
const gold = JSON.parse(readFileSync(dir + "gold.json", "utf8"));
const ws = (s) => String(s ?? "").replace(/\s+/gu, " ").trim();
const errs = [];
const text = {}, lines = {};
for (const [k, f] of Object.entries(gold.articles)) {
  const raw = readFileSync(dir + f, "utf8");
  text[k] = ws(raw);
  lines[k] = raw.split("\n").map((l) => l.trim());
}
const ids = new Set();
for (const c of gold.claims) {
  if (ids.has(c.id)) errs.push(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!gold.articles[c.article]) errs.push(`${c.id}: unknown article ${c.article}`);
  if (!c.id.startsWith(c.article + "-")) errs.push(`${c.id}: id/article mismatch`);
  const t = text[c.article] ?? "";
  if (!t.includes(ws(c.anchor))) errs.push(`${c.id}: anchor not found: ${c.anchor}`);
  if (/[.!?؟]\s/u.test(ws(c.anchor))) errs.push(`${c.id}: anchor spans sentences`);
  if (c.kind === "attributed" && !gold.speakers[c.speaker]) errs.push(`${c.id}: unknown speaker ${c.speaker}`);
  if (c.kind === "reported" && c.speaker != null) errs.push(`${c.id}: reported claim with speaker`);
  if (!["attributed", "reported"].includes(c.kind)) errs.push(`${c.id}: bad kind`);
  for (const q of c.quantities ?? []) {
    if (!t.includes(ws(q.text))) errs.push(`${c.id}: quantity text not in article: ${q.text}`);
    if (q.value == null && q.min == null && q.max == null) errs.push(`${c.id}: quantity without value/min/max: ${q.text}`);
    if (!q.unit) errs.push(`${c.id}: quantity without unit: ${q.text}`);
  }
  for (const l of Object.values(gold.nonBody ?? {}).flatMap((n) => n.lines))
    if (ws(l).includes(ws(c.anchor))) errs.push(`${c.id}: anchor lies inside a non-body line`);
}
const linkIds = new Set(), inLinks = new Set();
for (const l of gold.links) {
  if (linkIds.has(l.id)) errs.push(`duplicate link ${l.id}`);
  linkIds.add(l.id);
  if (!["corroborates", "conflicts", "compatible"].includes(l.relation)) errs.push(`${l.id}: bad relation`);
  for (const id of l.claims) { if (!ids.has(id)) errs.push(`${l.id}: unknown claim ${id}`); inLinks.add(id); }
  const arts = new Set(l.claims.map((id) => id.slice(0, 3)));
  if (arts.size < 2) errs.push(`${l.id}: fewer than 2 articles`);
  if (new Set(l.claims).size !== l.claims.length) errs.push(`${l.id}: repeated claim`);
}
for (const id of gold.singleSource) {
  if (!ids.has(id)) errs.push(`singleSource: unknown ${id}`);
  if (inLinks.has(id)) errs.push(`singleSource ${id} is also linked`);
}
for (const id of ids) if (!inLinks.has(id) && !gold.singleSource.includes(id)) errs.push(`${id}: neither linked nor single-source`);
for (const [k, n] of Object.entries(gold.nonBody ?? {}))
  for (const l of n.lines) if (!lines[k]?.includes(l.trim())) errs.push(`nonBody ${k}: line not found: ${l}`);
// conflict pairs (scorer rule: pairs of a conflicts link that no other link groups together)
const pairKey = (a, b) => [a, b].sort().join("|");
const pairsOf = (l) => { const p = []; for (let i = 0; i < l.claims.length; i++) for (let j = i + 1; j < l.claims.length; j++) if (l.claims[i].slice(0, 3) !== l.claims[j].slice(0, 3)) p.push(pairKey(l.claims[i], l.claims[j])); return p; };
const conflictPairs = [];
for (const l of gold.links.filter((l) => l.relation === "conflicts"))
  for (const p of pairsOf(l)) if (!gold.links.some((o) => o !== l && pairsOf(o).includes(p))) conflictPairs.push(`${l.id}:${p}`);
const byRel = {};
for (const l of gold.links) byRel[l.relation] = (byRel[l.relation] ?? 0) + 1;
console.log(`claims ${gold.claims.length}, attributed ${gold.claims.filter((c) => c.kind === "attributed").length}, links ${gold.links.length} ${JSON.stringify(byRel)}, singleSource ${gold.singleSource.length}`);
console.log(`conflict pairs (${conflictPairs.length}): ${conflictPairs.join(" ")}`);
if (errs.length) { console.log(errs.join("\n")); process.exit(1); } else console.log("OK");
