#!/usr/bin/env node
// Checks gold.json of this story: anchors, figures, ids, links, speakers, non-body lines.
// Usage: node validate.mjs   (run inside the story folder)
import { readFileSync } from "node:fs";
const ws = (s) => String(s ?? "").replace(/\s+/gu, " ").trim();
const gold = JSON.parse(readFileSync("gold.json", "utf8"));
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const errors = [], warnings = [];
const text = {}, lines = {};
for (const [k, f] of Object.entries(gold.articles)) {
  const raw = readFileSync(f, "utf8");
  text[k] = ws(raw);
  lines[k] = raw.split("\n").map((l) => l.trim()).filter(Boolean);
  if (!manifest.articles.some((a) => a.file === f)) errors.push(`manifest lacks ${f}`);
}
const ids = new Set();
const byId = new Map();
for (const c of gold.claims) {
  if (ids.has(c.id)) errors.push(`duplicate id ${c.id}`);
  ids.add(c.id); byId.set(c.id, c);
  if (!/^\d{3}-\d{2}$/.test(c.id) || c.id.slice(0, 3) !== c.article) errors.push(`bad id/article ${c.id}`);
  if (!text[c.article]) { errors.push(`${c.id}: unknown article ${c.article}`); continue; }
  const a = ws(c.anchor);
  if (!text[c.article].includes(a)) errors.push(`${c.id}: anchor not found: ${a}`);
  if (/[.!?؟]\s/.test(a.replace(/\d\.\d/g, "0"))) errors.push(`${c.id}: anchor spans sentences`);
  const nb = gold.nonBody?.[c.article]?.lines ?? [];
  if (nb.some((l) => ws(l).includes(a))) errors.push(`${c.id}: anchor inside a non-body line`);
  if (!["attributed", "reported"].includes(c.kind)) errors.push(`${c.id}: bad kind`);
  if (c.kind === "attributed" && !gold.speakers[c.speaker]) errors.push(`${c.id}: unknown speaker ${c.speaker}`);
  if (c.kind === "reported" && c.speaker != null) errors.push(`${c.id}: reported claim with speaker`);
  if (c.via && !text[c.article].includes(ws(c.via).replace(/^وكالة /, ""))) warnings.push(`${c.id}: via not literally in text: ${c.via}`);
  const para = lines[c.article].find((l) => ws(l).includes(a)) ?? "";
  for (const q of c.quantities ?? []) {
    if (!text[c.article].includes(ws(q.text))) errors.push(`${c.id}: quantity text not found: ${q.text}`);
    else if (!ws(para).includes(ws(q.text))) warnings.push(`${c.id}: quantity "${q.text}" not in the anchor's paragraph`);
    if (q.value == null && q.min == null && q.max == null) errors.push(`${c.id}: quantity without numbers: ${q.text}`);
    if (!q.unit) errors.push(`${c.id}: quantity without unit: ${q.text}`);
  }
}
// sentences holding 4+ anchors would make a predicted sentence-claim "coarse"
for (const [k, ls] of Object.entries(lines)) for (const l of ls) for (const s of ws(l).split(/(?<=[.!?؟])\s+(?!\d)/u)) {
  const n = gold.claims.filter((c) => c.article === k && s.includes(ws(c.anchor))).length;
  if (n >= 4) errors.push(`${k}: sentence holds ${n} anchors: ${s.slice(0, 60)}…`);
}
const linkIds = new Set();
const agreeing = new Set();
const key = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
for (const l of gold.links) if (l.relation !== "conflicts") for (const a of l.claims) for (const b of l.claims) if (a < b) agreeing.add(key(a, b));
for (const l of gold.links) {
  if (linkIds.has(l.id)) errors.push(`duplicate link ${l.id}`);
  linkIds.add(l.id);
  if (!["corroborates", "conflicts", "compatible"].includes(l.relation)) errors.push(`${l.id}: bad relation`);
  for (const id of l.claims) if (!byId.has(id)) errors.push(`${l.id}: unknown claim ${id}`);
  const arts = new Set(l.claims.map((id) => byId.get(id)?.article));
  if (arts.size < 2) errors.push(`${l.id}: fewer than 2 articles`);
  if (l.relation === "conflicts") {
    const pairs = [];
    for (const a of l.claims) for (const b of l.claims) if (a < b && byId.get(a).article !== byId.get(b).article && !agreeing.has(key(a, b))) pairs.push(key(a, b));
    if (!pairs.length) errors.push(`${l.id}: conflicts link has no conflict pair left`);
  }
}
const linked = new Set(gold.links.flatMap((l) => l.claims));
for (const id of gold.singleSource) { if (!byId.has(id)) errors.push(`singleSource: unknown ${id}`); if (linked.has(id)) errors.push(`singleSource ${id} is linked`); }
for (const c of gold.claims) if (!linked.has(c.id) && !gold.singleSource.includes(c.id)) errors.push(`${c.id}: neither linked nor single-source`);
for (const [k, nb] of Object.entries(gold.nonBody)) for (const l of nb.lines) if (!lines[k].includes(l.trim())) errors.push(`nonBody ${k}: not an exact line: ${l}`);
// heuristic exhaustiveness: body sentences with a reporting verb should hold an attributed anchor
const verbs = /(قال|قالت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|وفق|بحسب|نقلت|نفى|أضاف|صرح|أعلنت|أعلن|توقعوا|يتوقع|رأى|يرى|رفض|ووصفت|واصف)/u;
for (const [k, ls] of Object.entries(lines)) for (const l of ls) {
  if ((gold.nonBody[k]?.lines ?? []).includes(l)) continue;
  for (const s of ws(l).split(/(?<=[.!?؟])\s+(?!\d)/u)) if (verbs.test(s) && !gold.claims.some((c) => c.article === k && c.kind === "attributed" && s.includes(ws(c.anchor))))
    warnings.push(`${k}: reporting verb without attributed anchor: ${s.slice(0, 80)}…`);
}
const att = gold.claims.filter((c) => c.kind === "attributed").length;
const rel = {}; for (const l of gold.links) rel[l.relation] = (rel[l.relation] ?? 0) + 1;
console.log(`claims ${gold.claims.length}, attributed ${att}, reported ${gold.claims.length - att}, links ${gold.links.length} ${JSON.stringify(rel)}, singleSource ${gold.singleSource.length}`);
for (const w of warnings) console.log("WARN", w);
for (const e of errors) console.log("ERROR", e);
process.exit(errors.length ? 1 : 0);
