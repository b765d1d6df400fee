// Hedges and bounds around figures, as sequences of folded words. The first word may carry a proclitic
// (لنحو، بأكثر من، وحوالي): numbers.ts strips و ف ب ل from it before matching.

export type ModifierKind = "approx" | "min" | "max" | "between" | "from" | "span";

/** Written before the number. Longest phrases first. */
export const PRE_MODIFIERS: ReadonlyArray<{ words: string[]; kind: ModifierKind }> = [
  // at least / no less than → lower bound
  { words: ["ما", "لا", "يقل", "عن"], kind: "min" },
  { words: ["لا", "يقل", "عن"], kind: "min" },
  { words: ["ما", "لا", "يقل", "علي"], kind: "min" },
  { words: ["لا", "يقل", "علي"], kind: "min" },
  // no more than / not exceeding → upper bound
  { words: ["ما", "لا", "يزيد", "عن"], kind: "max" },
  { words: ["ما", "لا", "يزيد", "علي"], kind: "max" },
  { words: ["لا", "يزيد", "عن"], kind: "max" },
  { words: ["لا", "يزيد", "علي"], kind: "max" },
  { words: ["ما", "لا", "يتجاوز"], kind: "max" },
  { words: ["لا", "يتجاوز"], kind: "max" },
  { words: ["لا", "تتجاوز"], kind: "max" },
  // more than / exceeding → lower bound
  { words: ["ما", "يزيد", "عن"], kind: "min" },
  { words: ["ما", "يزيد", "علي"], kind: "min" },
  { words: ["يزيد", "عن"], kind: "min" },
  { words: ["يزيد", "علي"], kind: "min" },
  { words: ["ما", "يربو", "علي"], kind: "min" },
  { words: ["يربو", "علي"], kind: "min" },
  { words: ["ما", "يفوق"], kind: "min" },
  { words: ["يفوق"], kind: "min" },
  { words: ["ما", "يتجاوز"], kind: "min" },
  { words: ["يتجاوز"], kind: "min" },
  { words: ["اكثر", "من"], kind: "min" },
  { words: ["ازيد", "من"], kind: "min" },
  { words: ["اكبر", "من"], kind: "min" },
  { words: ["فوق"], kind: "min" },
  // less than / under → upper bound
  { words: ["اقل", "من"], kind: "max" },
  { words: ["اصغر", "من"], kind: "max" },
  { words: ["ما", "دون"], kind: "max" },
  { words: ["دون"], kind: "max" },
  // about / nearly → approximate
  { words: ["ما", "يقرب", "من"], kind: "approx" },
  { words: ["ما", "يقارب"], kind: "approx" },
  { words: ["ما", "يناهز"], kind: "approx" },
  { words: ["يقارب"], kind: "approx" },
  { words: ["يناهز"], kind: "approx" },
  { words: ["نحو"], kind: "approx" },
  { words: ["حوالي"], kind: "approx" },
  { words: ["قرابه"], kind: "approx" },
  { words: ["زهاء"], kind: "approx" },
  { words: ["تقريبا"], kind: "approx" },
  // ranges: بين X و Y، ما بين X إلى Y، من X إلى Y
  { words: ["ما", "بين"], kind: "between" },
  { words: ["بين"], kind: "between" },
  { words: ["من"], kind: "from" },
  // for (a duration): لمدة ساعة، طوال أسبوع — not a hedge, but lets a lone singular unit count as one
  { words: ["لمده"], kind: "span" },
  { words: ["مده"], kind: "span" },
  { words: ["طوال"], kind: "span" },
  { words: ["طيله"], kind: "span" },
];

/** Written after the figure (and its unit). */
export const POST_MODIFIERS: ReadonlyArray<{ words: string[]; kind: "approx" | "min" | "max" }> = [
  { words: ["علي", "الاقل"], kind: "min" },
  { words: ["او", "اكثر"], kind: "min" },
  { words: ["فاكثر"], kind: "min" },
  { words: ["علي", "الاكثر"], kind: "max" },
  { words: ["او", "اقل"], kind: "max" },
  { words: ["فاقل"], kind: "max" },
  { words: ["تقريبا"], kind: "approx" },
];

/** Words joining the two ends of a range. */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(["و", "الي", "حتي", "-", "او"]);

/** Percent written as words after the number (في المئة، بالمائة …), as word sequences. */
export const PERCENT_WORDS: ReadonlyArray<string[]> = [
  ["في", "الميه"],
  ["في", "المايه"],
  ["بالميه"],
  ["بالمايه"],
  ["بالمئه"],
  ["في", "المئه"],
];

/** "a rate of": نسبة 10 → 10 %. */
export const RATE_WORDS: ReadonlySet<string> = new Set(["نسبه", "بنسبه", "ونسبه", "لنسبه"]);

/**
 * Words that are never the counted noun after a number (prepositions, particles, pronouns, demonstratives,
 * adverbs of time, …).
 */
export const NOT_COUNTED: ReadonlySet<string> = new Set([
  "في",
  "من",
  "الي",
  "علي",
  "عن",
  "مع",
  "قد",
  "ان",
  "انه",
  "انها",
  "او",
  "ثم",
  "حتي",
  "منذ",
  "خلال",
  "بعد",
  "قبل",
  "عند",
  "لدي",
  "كل",
  "بعض",
  "غير",
  "هذا",
  "هذه",
  "ذلك",
  "تلك",
  "هو",
  "هي",
  "هم",
  "كما",
  "حيث",
  "اذ",
  "اذا",
  "لم",
  "لن",
  "لا",
  "ما",
  "ايضا",
  "فقط",
  "الذي",
  "التي",
  "الذين",
  "وقد",
  "وفي",
  "لكن",
  "بين",
  "ضمن",
  "نحو",
  "حوالي",
  "تقريبا",
  "اخري",
  "اخرين",
  "جديده",
  "جديد",
  "الاقل",
  "الاكثر",
  "فاكثر",
  "اكثر",
  "اقل",
  "عام",
  "العام",
  "م",
  "ه",
  // adverbial and prepositional words that follow figures without being counted
  "بحاجه",
  "بسبب",
  "بحسب",
  "حسب",
  "وفق",
  "وفقا",
  "جراء",
  "نتيجه",
  "بينهم",
  "منهم",
  "منها",
  "فيما",
  "بينما",
  "اخرون",
  "اخر",
]);
