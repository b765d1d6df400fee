// Grammatical gender of a reporting verb and of a speaker phrase, for carrying a subjectless verb to the right
// speaker: «وقالت الوزارة …. وقال المتحدث باسمها X …. وأضافت أن …»: the feminine «أضافت» goes on with the ministry,
// not with the spokesman named last. Only clear cases are decided; anything else is null (unknown).
import { ORG_HEAD, OUTLET_HEAD, TITLE, UNNAMED } from "./lexicon-index.ts";
import { fold } from "./text.ts";

export type Gender = "f" | "m";

/** Non-human broken plurals that take a feminine singular verb («قالت مصادر»، «أعلنت القوات»), folded, no article. */
const FEMININE_PLURALS = new Set([
  "مصادر",
  "قوات",
  "اوساط",
  "وسايل",
  "فصايل",
  "منظمات",
  "سلطات",
  "جهات",
  "اجهزه",
  "دوائر",
]);

/** Human plurals and collectives whose verb is masculine plural or varies: no singular gender to compare. */
const PLURAL_ENDING = /(?:ون|ين|ان)$/u;

/**
 * The gender of a reporting verb as written (folded, after an optional و/ف): past «أضافت» f / «أضاف» m, participle
 * «مشيرة» f / «مشيراً» m. Plurals, duals and the present tense give null.
 */
export function verbGender(folded: string, lemma: string, participle: boolean): Gender | null {
  const l = fold(lemma);
  for (const w of [folded, folded.replace(/^[وف](?=...)/u, "")]) {
    if (participle) {
      if (/^م/u.test(w) && /ه$/u.test(w)) return "f";
      if (/^م/u.test(w) && !PLURAL_ENDING.test(w) && !/ات$/u.test(w)) return "m";
      continue;
    }
    if (w === `${l}ت`) return "f";
    if (w === l) return "m";
  }
  // (a present tense is left open: «وتتوقع أن …»، «تستهدف جماعة الحوثي …» often have their subject after them)
  return null;
}

/**
 * The gender a speaker phrase takes in agreement: a body or a medium by its generic head («الوزارة» f, «الجيش» m,
 * «مصادر» f), a person by a title («الوزيرة» f, «الوزير» m); a bare personal name, a name with no generic head
 * («حماس»، «رويترز»: usage, not form, decides) or a place gives null.
 */
export function speakerGender(name: string, role: string | null, kind: string): Gender | null {
  if (kind === "place") return null;
  const bare = (w: string | undefined) => (w ?? "").replace(/^(?:وال|ال)(?=..)/u, "");
  const first = fold(name).trim().split(/\s+/u)[0];
  const head = bare(first);
  if (head.length < 2) return null;
  if (FEMININE_PLURALS.has(head) || (/ات$/u.test(head) && head.length > 4)) return "f";
  if (PLURAL_ENDING.test(head)) return null;
  const generic = [head, `ال${head}`].some((h) => ORG_HEAD.has(h) || OUTLET_HEAD.has(h) || UNNAMED.has(h));
  if (generic) return /ه$/u.test(head) ? "f" : "m";
  if (kind !== "person") return null;
  // a person by the title that opens the name or the role
  const title = [
    first,
    fold(role ?? "")
      .trim()
      .split(/\s+/u)[0],
  ].find(
    // («العام» closes «الأمين العام»; alone it is an adjective, no title)
    (w) => w !== undefined && w !== "العام" && (TITLE.has(w) || TITLE.has(bare(w))),
  );
  if (title === undefined) return null;
  return /ه$/u.test(bare(title)) ? "f" : "m";
}
