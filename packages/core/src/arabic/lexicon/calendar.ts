// Calendar words, folded (foldForMatch).

/** Month names → month number (1-12): the Egyptian/Gulf names (from Latin), the Levantine/Iraqi (Syriac) names,
 * and the Maghreb (French) names. Two-word names (كانون الثاني، تشرين الأول) are listed with a space. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  // January
  ["يناير", 1],
  ["كانون الثاني", 1],
  ["جانفي", 1],
  ["جانفييه", 1],
  // February
  ["فبراير", 2],
  ["شباط", 2],
  ["فيفري", 2],
  ["فبرير", 2],
  // March
  ["مارس", 3],
  ["اذار", 3],
  // April
  ["نيسان", 4],
  ["افريل", 4],
  ["ابريل", 4],
  // May
  ["مايو", 5],
  ["ايار", 5],
  ["ماي", 5],
  // June
  ["يونيو", 6],
  ["حزيران", 6],
  ["جوان", 6],
  ["يونيه", 6],
  // July
  ["يوليو", 7],
  ["تموز", 7],
  ["جويليه", 7],
  ["يوليه", 7],
  // August
  ["اغسطس", 8],
  ["اب", 8],
  ["اوت", 8],
  ["اغشت", 8],
  // September
  ["سبتمبر", 9],
  ["ايلول", 9],
  ["شتنبر", 9],
  // October
  ["اكتوبر", 10],
  ["تشرين الاول", 10],
  // November
  ["نوفمبر", 11],
  ["تشرين الثاني", 11],
  ["نونبر", 11],
  // December
  ["ديسمبر", 12],
  ["كانون الاول", 12],
  ["دجنبر", 12],
]);

/** Month names that are also common words and need a day number, a year or a paired name to count (اب = father, مارس = practised). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["اب", "ماي", "مارس", "جوان"]);

/** Weekdays → index (0 = Sunday … 6 = Saturday), with the article as written in news. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["الاحد", 0],
  ["الاثنين", 1],
  ["الثلاثاء", 2],
  ["الاربعاء", 3],
  ["الخميس", 4],
  ["الجمعه", 5],
  ["السبت", 6],
]);

export const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** Weekdays that are also ordinary words (الأحد = the one, الاثنين = the two): need يوم/اليوم/صباح … or الماضي. */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set(["الاحد", "الاثنين"]);

/** Words before a weekday that make it a day reference: يوم السبت، صباح الأحد، ليلة الجمعة. */
export const DAY_PARTS: ReadonlySet<string> = new Set([
  "يوم",
  "اليوم",
  "صباح",
  "مساء",
  "ليله",
  "ليل",
  "فجر",
  "ظهر",
  "عصر",
  "ظهيره",
  "صبيحه",
  "منتصف",
]);

/** After a weekday, month or period: which occurrence. */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  "الماضي",
  "الماضيه",
  "المنصرم",
  "المنصرمه",
  "السابق",
  "الفايت",
]);
export const NEXT_WORDS: ReadonlySet<string> = new Set(["المقبل", "المقبله", "القادم", "القادمه", "التالي"]);
export const CURRENT_WORDS: ReadonlySet<string> = new Set(["الحالي", "الحاليه", "الجاري", "الجاريه", "هذا", "هذه"]);

/** Periods that take الماضي/المقبل/الحالي: الأسبوع المقبل، الشهر الماضي، العام الحالي. */
export const PERIODS: ReadonlyMap<string, "week" | "month" | "year"> = new Map([
  ["الاسبوع", "week"],
  ["الشهر", "month"],
  ["العام", "year"],
  ["السنه", "year"],
]);

/** Single words for days relative to publication. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ["امس", -1],
  ["الامس", -1],
  ["البارحه", -1],
  ["غدا", 1],
  ["اول امس", -2],
  ["اول من امس", -2],
  ["بعد غد", 2],
]);
