// Entity mentions (people, organisations, places, outlets, platforms) and their resolution within and across
// articles: spelling variants (سوريا/سورية، الديمقراطية/الديموقراطية، باغوز/الباغوز/باغاز), known aliases
// (داعش = تنظيم الدولة الإسلامية، قسد = قوات سوريا الديمقراطية), bare heads in context (التنظيم، المرصد، القوات),
// surnames of people already named (بالي → مصطفى بالي), and a person vs a place of the same name by context.

import { nameKey } from "#arabic/index.ts";
import { derivedId } from "#ids.ts";
import type { Entity, EntityType } from "#schema/index.ts";
import type { SpeakerPhrase } from "./attribution.ts";
import { KNOWN_NAMES, MAX_KNOWN_WORDS, ORG_HEAD, PLACE, PLACE_HEAD, TIME } from "./lexicon-index.ts";
import { foldKey, skeleton, type Tok } from "./text.ts";

export type EntityClass = "person" | "org" | "place" | "group";

export interface MentionCand {
  start: number;
  end: number;
  surface: string;
  cls: EntityClass;
  type: EntityType;
  /** canonical name when a lexicon knows it */
  canonical?: string;
  /** a bare head noun (التنظيم) or a surname to resolve against earlier mentions */
  anaphor?: "head" | "surname" | "ambiguous";
  head?: string;
  /** unnamed speakers are distinct per article */
  local?: boolean;
}

const isWord = (t: Tok | undefined): t is Tok => !!t && (t.kind === "word" || t.kind === "latin");
const clean = (s: string) =>
  s
    .replace(/["“”«»„‟″]/gu, "")
    .replace(/\u0640/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
const PREFIX = /^(?:و|ف)?(?:ب|ل|ك)?/u;

function stripPrefix(f: string): string[] {
  const out = [f];
  const m = PREFIX.exec(f);
  if (m && m[0].length > 0 && f.length - m[0].length >= 3) out.push(f.slice(m[0].length));
  if (f.startsWith("لل") && f.length > 4) out.push(`ال${f.slice(2)}`);
  if (/^[وفبل]ال/u.test(f)) out.push(f.slice(1));
  return out;
}

function known(words: string[]): { name: string; type: EntityType } | undefined {
  const k = words.join(" ");
  return KNOWN_NAMES.get(k) ?? KNOWN_NAMES.get(k.replace(/^ال/u, ""));
}

function classOf(type: EntityType): EntityClass {
  if (type === "person") return "person";
  if (type === "place") return "place";
  if (type === "group") return "group";
  return "org";
}

/** Mentions found in one article's claim-bearing tokens. */
export function findMentions(text: string, toks: readonly Tok[]): MentionCand[] {
  const out: MentionCand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!isWord(t)) continue;
    // known names, longest first, with a prefix stripped from the first word
    let hit = false;
    for (let n = Math.min(MAX_KNOWN_WORDS, toks.length - i); n >= 1 && !hit; n--) {
      const ws: Tok[] = [];
      let j = i;
      while (ws.length < n && j < toks.length) {
        const w = toks[j] as Tok;
        if (w.kind === "word" || w.kind === "latin") ws.push(w);
        else if (w.kind !== "quote") break;
        j++;
      }
      if (ws.length !== n) continue;
      for (const first of stripPrefix((ws[0] as Tok).f)) {
        const k = known([first, ...ws.slice(1).map((w) => w.f)]);
        if (k) {
          const last = ws[n - 1] as Tok;
          out.push({
            start: t.start,
            end: last.end,
            surface: clean(text.slice(t.start, last.end)),
            cls: classOf(k.type),
            type: k.type,
            canonical: k.name,
          });
          i = toks.indexOf(last);
          hit = true;
          break;
        }
      }
    }
    if (hit) continue;
    const forms = stripPrefix(t.f);
    // organisation head + modifiers: قوات سوريا الديمقراطية، المرصد السوري لحقوق الإنسان، منظمة "…"
    const head = forms.find((f) => ORG_HEAD.has(f));
    if (head) {
      let j = i + 1;
      let last = i;
      while (j < toks.length && j < i + 7) {
        const w = toks[j] as Tok;
        if (w.kind === "quote") {
          j++;
          continue;
        }
        if (!isWord(w) || TIME.has(w.f)) break;
        const nx = toks[j + 1];
        const ok =
          /^(?:[وبل]?ال|لل)/u.test(w.f) ||
          PLACE.has(w.f) ||
          (toks[j - 1]?.kind === "quote" && (toks[j - 1] as Tok).q !== "close") ||
          (/^[لب]/u.test(w.f) && isWord(nx) && /^ال/u.test(nx.f));
        if (!ok || /^وال/u.test(w.f)) break;
        last = j;
        j++;
      }
      if (last > i) {
        const e = (toks[last] as Tok).end;
        const surf = clean(text.slice(t.start, e)).replace(/^(?:و|ف)?(?:ب|ل)(?=[^ا])/u, "");
        const kk = known(foldKey(surf).split(" "));
        out.push({
          start: t.start,
          end: e,
          surface: surf,
          cls: "org",
          type: kk?.type ?? "organization",
          canonical: kk?.name,
          head: head.replace(/^ال/u, ""),
        });
        i = last;
      } else if (/^ال/u.test(head) || forms.some((f) => f.startsWith("ال") && ORG_HEAD.has(f))) {
        out.push({
          start: t.start,
          end: t.end,
          surface: clean(text.slice(t.start, t.end)),
          cls: "org",
          type: "organization",
          anaphor: "head",
          head: head.replace(/^ال/u, ""),
        });
      }
      continue;
    }
    // places: gazetteer words (one or two), or a place head and the name after it
    const two = isWord(toks[i + 1]) ? `${t.f} ${(toks[i + 1] as Tok).f}` : "";
    const pf = forms.find((f) => PLACE.has(f));
    const p2 = two && stripPrefix(t.f).some((f) => PLACE.has(`${f} ${(toks[i + 1] as Tok).f}`));
    if (p2) {
      const e = (toks[i + 1] as Tok).end;
      out.push({ start: t.start, end: e, surface: clean(text.slice(t.start, e)), cls: "place", type: "place" });
      i++;
      continue;
    }
    if (forms.some((f) => PLACE_HEAD.has(f))) {
      let j = i + 1;
      if (toks[j]?.kind === "quote") j++;
      const w = toks[j];
      if (isWord(w) && !TIME.has(w.f)) {
        let e = w.end;
        const w2 = toks[j + 1];
        if (isWord(w2) && /^ال/u.test(w2.f) && /^(?:دير|جبل|ابو|عين|راس|تل|بئر|بير|جسر|سيدي|بني|ام|ذات)$/u.test(w.f))
          e = w2.end;
        out.push({ start: w.start, end: e, surface: clean(text.slice(w.start, e)), cls: "place", type: "place" });
        i = j;
      }
      continue;
    }
    if (pf) {
      out.push({
        start: t.start,
        end: t.end,
        surface: clean(text.slice(t.start, t.end)).replace(/^(?:و|ف)?(?:ب|ل)(?=[^ا])/u, ""),
        cls: "place",
        type: "place",
        anaphor: "ambiguous",
      });
    }
  }
  return out;
}

/** A speaker phrase as a mention. */
export function speakerMention(sp: SpeakerPhrase): MentionCand {
  const k = known(foldKey(sp.name).split(" "));
  if (k)
    return { start: sp.start, end: sp.end, surface: sp.name, cls: classOf(k.type), type: k.type, canonical: k.name };
  switch (sp.kind) {
    case "person":
      return {
        start: sp.start,
        end: sp.end,
        surface: sp.name,
        cls: "person",
        type: "person",
        local: !/\s/u.test(sp.name) ? undefined : undefined,
      };
    case "organization":
      return {
        start: sp.start,
        end: sp.end,
        surface: sp.name,
        cls: "org",
        type: "organization",
        head: foldKey(sp.name).split(" ")[0]?.replace(/^ال/u, ""),
      };
    case "outlet":
    case "agency":
      return { start: sp.start, end: sp.end, surface: sp.name, cls: "org", type: sp.kind };
    case "group":
      return { start: sp.start, end: sp.end, surface: sp.name, cls: "group", type: "group", local: true };
    default:
      return { start: sp.start, end: sp.end, surface: sp.name, cls: "person", type: "person", anaphor: "surname" };
  }
}

interface Node {
  cls: EntityClass;
  key: string;
  skel: string;
  name: string;
  type: EntityType;
  surfaces: Map<string, number>;
  mentions: { articleId: string; start: number; end: number }[];
  local: string | null;
  /** last words of a person's full name, for surname matches */
  surname: string;
  head: string | null;
}

export interface ArticleMentions {
  articleId: string;
  mentions: MentionCand[];
}

export interface Resolved {
  entities: Entity[];
  /** "articleId:start:end" of a mention → entity id */
  at: Map<string, string>;
}

const keyOf = (s: string) => nameKey(s) || foldKey(s);

/** Resolves mentions to entities within each article, then merges across articles by class and key. */
export function resolveEntities(articles: readonly ArticleMentions[]): Resolved {
  const nodes: Node[] = [];
  const byKey = new Map<string, Node>();
  const at = new Map<string, Node>();
  const find = (cls: EntityClass, key: string, skel: string, local: string | null) =>
    byKey.get(`${cls}|${local ?? ""}|${key}`) ?? byKey.get(`${cls}|${local ?? ""}|~${skel}`);
  const add = (m: MentionCand, articleId: string): Node => {
    const name = m.canonical ?? m.surface;
    const key = keyOf(name);
    const skel = skeleton(foldKey(name));
    const local = m.local ? articleId : null;
    let n = find(m.cls, key, skel, local);
    if (!n) {
      const words = key.split(" ");
      n = {
        cls: m.cls,
        key,
        skel,
        name,
        type: m.type,
        surfaces: new Map(),
        mentions: [],
        local,
        surname: words[words.length - 1] ?? key,
        head: m.head ?? (m.cls === "org" ? (words[0] ?? null) : null),
      };
      nodes.push(n);
      byKey.set(`${m.cls}|${local ?? ""}|${key}`, n);
      byKey.set(`${m.cls}|${local ?? ""}|~${skel}`, n);
    }
    return n;
  };
  const attach = (n: Node, m: MentionCand, articleId: string) => {
    n.surfaces.set(m.surface, (n.surfaces.get(m.surface) ?? 0) + 1);
    n.mentions.push({ articleId, start: m.start, end: m.end });
    at.set(`${articleId}:${m.start}:${m.end}`, n);
    if (m.canonical) n.name = m.canonical;
    else if (
      n.cls === "person" &&
      m.surface.split(" ").length > n.name.split(" ").length &&
      m.surface.split(" ").length <= 4
    )
      n.name = m.surface;
  };

  for (const a of articles) {
    const ms = [...a.mentions].sort((x, y) => x.start - y.start || y.end - x.end);
    // people named in full in this article, for surnames; organisations by head, most recent last
    const people: Node[] = [];
    for (const m of ms)
      if (m.cls === "person" && !m.anaphor && m.surface.includes(" ")) people.push(add(m, a.articleId));
    const recentOrg: Node[] = [];
    const seen = new Set<string>();
    for (const m of ms) {
      const sk = `${m.start}:${m.end}`;
      if (seen.has(sk)) continue;
      seen.add(sk);
      const mk = keyOf(m.surface);
      const last = mk.split(" ").pop() ?? mk;
      if (m.anaphor === "surname" || m.anaphor === "ambiguous") {
        const person = people.find((p) => p.surname === last || skeleton(p.surname) === skeleton(last));
        if (person) {
          attach(person, { ...m, canonical: undefined }, a.articleId);
          continue;
        }
        if (m.anaphor === "surname") {
          // a lone word as a speaker: an organisation or person named once
          attach(add({ ...m, anaphor: undefined }, a.articleId), m, a.articleId);
          continue;
        }
        attach(add({ ...m, anaphor: undefined }, a.articleId), m, a.articleId);
        continue;
      }
      if (m.anaphor === "head") {
        const h = m.head ?? "";
        const ref = [...recentOrg].reverse().find((o) => o.head === h || (o.head && skeleton(o.head) === skeleton(h)));
        if (ref) attach(ref, m, a.articleId);
        continue;
      }
      if (m.cls === "org" && !m.canonical) {
        // a shortened form of an organisation named before (سوريا الديمقراطية → قوات سوريا الديمقراطية)
        const sk2 = skeleton(foldKey(m.surface));
        const longer = recentOrg.find(
          (o) => o.skel !== sk2 && sk2.split(" ").length >= 2 && o.skel.endsWith(` ${sk2}`),
        );
        if (longer) {
          attach(longer, m, a.articleId);
          continue;
        }
      }
      const n = add(m, a.articleId);
      attach(n, m, a.articleId);
      if (n.cls === "org") {
        const idx = recentOrg.indexOf(n);
        if (idx >= 0) recentOrg.splice(idx, 1);
        recentOrg.push(n);
      }
    }
  }

  const ids = new Map<Node, string>();
  const entities: Entity[] = [];
  for (const n of nodes) {
    if (n.mentions.length === 0) continue;
    const id = derivedId("e", n.cls, n.local ?? "", n.key);
    ids.set(n, id);
    const aliases = [...n.surfaces.keys()].filter((s) => s !== n.name);
    entities.push({ id, name: n.name, key: n.key, type: n.type, aliases, mentions: n.mentions });
  }
  const atIds = new Map<string, string>();
  for (const [k, n] of at) {
    const id = ids.get(n);
    if (id) atIds.set(k, id);
  }
  return { entities, at: atIds };
}

/** For tests: the entity a surface form resolves to. */
export function entityNamed(entities: readonly Entity[], surface: string): Entity | undefined {
  const k = foldKey(surface);
  return entities.find((e) => foldKey(e.name) === k || e.aliases.some((a) => foldKey(a) === k));
}

export { classOf };
export const _internal = { keyOf, PLACE_HEAD };
