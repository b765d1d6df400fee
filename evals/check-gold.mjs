#!/usr/bin/env node
// `node evals/check-gold.mjs [story-dir …]`: checks each story's gold.json against its articles and manifest (all
// of evals/stories/ when no folder is given). One checker for every story, the union of the checks the annotators
// wrote for their own stories. Exits 1 and lists the problems when any story fails.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "stories");
const dirs =
  process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : readdirSync(root).map((d) => join(root, d));
const ws = (s) =>
  String(s ?? "")
    .replace(/\s+/gu, " ")
    .trim();
const RELATIONS = ["corroborates", "conflicts", "compatible"];
const SPEAKER_TYPES = ["person", "organization", "group"];

/** Every problem of one story's gold, as lines. */
function check(dir) {
  const errors = [];
  const err = (m) => errors.push(m);
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));

  const text = {};
  const lines = {};
  for (const [key, file] of Object.entries(gold.articles)) {
    if (!manifest.articles.some((a) => a.file === file)) err(`article ${key}: ${file} not in manifest`);
    const raw = readFileSync(join(dir, file), "utf8");
    text[key] = ws(raw);
    lines[key] = raw.split("\n").map(ws);
  }

  for (const [k, s] of Object.entries(gold.speakers)) {
    if (!s.name || !SPEAKER_TYPES.includes(s.type)) err(`speaker ${k}: no name or bad type ${s.type}`);
    if (!gold.claims.some((c) => c.speaker === k)) err(`speaker ${k} unused`);
  }

  const ids = new Set();
  for (const c of gold.claims) {
    if (ids.has(c.id)) err(`duplicate claim id ${c.id}`);
    ids.add(c.id);
    if (!/^\d{3}-\d{2}$/u.test(c.id) || c.id.slice(0, 3) !== c.article) err(`${c.id}: id/article mismatch`);
    if (!(c.article in text)) {
      err(`${c.id}: unknown article ${c.article}`);
      continue;
    }
    const a = ws(c.anchor);
    const found = a ? text[c.article].split(a).length - 1 : 0;
    if (!a) err(`${c.id}: empty anchor`);
    else if (found === 0) err(`${c.id}: anchor not found: ${a}`);
    else if (found > 1) err(`${c.id}: anchor occurs ${found} times`);
    // an anchor lies inside one line (paragraph), one sentence, and outside the non-body lines
    if (a && !lines[c.article].some((l) => l.includes(a))) err(`${c.id}: anchor spans lines`);
    if (/[.!?؟]\s/u.test(a)) err(`${c.id}: anchor spans sentences`);
    for (const l of gold.nonBody?.[c.article]?.lines ?? [])
      if (a && ws(l).includes(a)) err(`${c.id}: anchor inside non-body line`);
    if (!["attributed", "reported"].includes(c.kind)) err(`${c.id}: bad kind ${c.kind}`);
    if (c.kind === "attributed" && !(c.speaker in gold.speakers)) err(`${c.id}: unknown speaker ${c.speaker}`);
    if (c.kind === "reported" && c.speaker !== null) err(`${c.id}: reported claim with a speaker`);
    for (const q of c.quantities ?? []) {
      if (!text[c.article].includes(ws(q.text))) err(`${c.id}: quantity text not in article: ${q.text}`);
      if (q.value == null && q.min == null && q.max == null) err(`${c.id}: quantity without value/min/max: ${q.text}`);
      if (!q.unit) err(`${c.id}: quantity without unit: ${q.text}`);
    }
  }

  const linkIds = new Set();
  const linked = new Set();
  for (const l of gold.links) {
    if (linkIds.has(l.id)) err(`duplicate link id ${l.id}`);
    linkIds.add(l.id);
    if (!RELATIONS.includes(l.relation)) err(`${l.id}: bad relation ${l.relation}`);
    for (const id of l.claims) {
      if (!ids.has(id)) err(`${l.id}: unknown claim ${id}`);
      linked.add(id);
    }
    if (new Set(l.claims.map((id) => id.slice(0, 3))).size < 2) err(`${l.id}: fewer than two articles`);
    if (new Set(l.claims).size !== l.claims.length) err(`${l.id}: repeated claim`);
  }
  // the scorer drops a conflict pair that another link also groups: a conflicts link must keep one pair
  const agreeing = new Set();
  for (const l of gold.links)
    if (l.relation !== "conflicts")
      for (const x of l.claims) for (const y of l.claims) if (x < y) agreeing.add(`${x}|${y}`);
  for (const l of gold.links.filter((x) => x.relation === "conflicts")) {
    const pairs = l.claims.flatMap((x) =>
      l.claims.filter((y) => x < y && x.slice(0, 3) !== y.slice(0, 3) && !agreeing.has(`${x}|${y}`)),
    );
    if (pairs.length === 0) err(`${l.id}: conflicts link has no conflict pair left`);
  }

  for (const id of gold.singleSource ?? []) {
    if (!ids.has(id)) err(`singleSource: unknown claim ${id}`);
    if (linked.has(id)) err(`singleSource: ${id} is linked`);
  }
  for (const id of ids)
    if (!linked.has(id) && !(gold.singleSource ?? []).includes(id)) err(`${id}: neither linked nor singleSource`);

  for (const [key, nb] of Object.entries(gold.nonBody ?? {})) {
    if (!(key in text)) {
      err(`nonBody: unknown article ${key}`);
      continue;
    }
    for (const l of nb.lines) if (!lines[key].includes(ws(l))) err(`nonBody ${key}: not a whole line: ${l}`);
  }
  for (const [key, m] of Object.entries(gold.meta ?? {})) {
    if (m.title && !lines[key]?.includes(ws(m.title))) err(`meta ${key}: title is not a line of the article`);
  }
  if (gold.attributedExhaustive !== true) err("attributedExhaustive must be true");
  return errors;
}

let failed = 0;
for (const dir of dirs) {
  if (!existsSync(join(dir, "gold.json"))) continue;
  const errors = check(dir);
  console.log(`${errors.length ? "FAIL" : "ok  "} ${dir}`);
  for (const e of errors) console.log(`     ${e}`);
  if (errors.length) failed++;
}
process.exitCode = failed ? 1 : 0;
