// Small test articles written for these tests in the style of Arabic wire copy (facts loosely after the Sept 2023
// Derna floods; the wording is ours). They carry spelling variants on purpose: hamza on alef, ta marbuta,
// diacritics and tatweel, so search has to fold them.
import type { ArticleInput, StoryMeta } from "@isnad/core";

export const FLOOD_STORY: StoryMeta = {
  id: "derna-floods",
  title: "فيضانات درنة",
  description: "Derna floods, test story",
};

export const FLOOD_UN: ArticleInput = {
  source: "test/flood-un.txt",
  outlet: "وكالة الأنباء المحلية",
  publishedAt: "2023-09-14",
  language: "ar",
  text: `الأمم المتحدة: آلاف القتلى والمفقودين في فيضانات درنة

درنة (ليبيا) - قال المتحدث باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن عدد القتلى جراء الفيضانات في مدينة درنة شرقي ليبيا تجاوز أحد عشر ألف شخص، فيما لا يزال أكثر من عشرة آلاف في عداد المفقودين.

وأضاف المتحدث أن فرق الإغاثة تواجه صعوبات كبيرة في الوصول إلى الأحياء التي جرفتها المياه بعد انهيار سدين قرب المدينة.

وأعلنت منظمة الصحة العالمية أنها أرسلت 29 طنا من المساعدات الطبية إلى المناطق المنكوبة.
`,
};

export const FLOOD_MINISTER: ArticleInput = {
  source: "test/flood-minister.txt",
  outlet: "صحيفة الوسط",
  publishedAt: "2023-09-15",
  language: "ar",
  text: `وزير الصحة: حصيلة ضحايا درنة بلغت 3845 قتيلا

أكد وزير الصحة في الحكومة المكلفة من مجلس النواب عثمان عبد الجليل أن عدد الوفيات المسجلة رسميا بلغ 3845 حالة، مشيرا إلى أن الأرقام المتداولة في وسائل الإعلام "غير دقيقة".

ونقلت وكالة رويترز عن مسؤول في الهلال الأحمر الليبي قوله إن المئات ما زالوا تحت الأنقاض في الأحياء القريبة من الوادي.

وطالبت الأُمَمُ المُتَّحِدَةُ بتسهيل دخول فرق الإنقاذ الدولية إلى المدينة.
`,
};

export const FLOOD_RESCUE: ArticleInput = {
  source: "test/flood-rescue.txt",
  outlet: null,
  publishedAt: null,
  language: null,
  text: `فرق إنقاذ دولية تصل إلى درنة

وصلت فرق إنقاذ من عدة دول إلى مدينة درنة المنكوبة، وقال مسئول محلي إن المدينة بحاجة ماسة إلى مياه الشرب والأدوية.

وذكرت وكالة الأنباء الفرنسية أن الامم المتحده خصصت عشرة ملايين دولار من صندوق الطوارئ لمساعدة المتضررين.
`,
};

export const FLOOD_ARTICLES: readonly ArticleInput[] = [FLOOD_UN, FLOOD_MINISTER, FLOOD_RESCUE];

export const BANK_STORY: StoryMeta = { id: "central-bank", title: "البنك المركزي يرفع الفائدة" };

export const BANK_RATE: ArticleInput = {
  source: "test/bank-rate.txt",
  outlet: "النشرة الاقتصادية",
  publishedAt: "2024-03-21",
  language: "ar",
  text: `البنك المركزي يرفع سعر الفائدة نصف نقطة

قال محافظ البنك المركزي في مؤتمر صحفي إن البنك قرر رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية لمواجهة ارتفاع التضخم.

وأوضح المحافظ أن معدل التضخم السنوي بلغ 7.5 في المئة خلال الشهر الماضي، متوقعا أن يتراجع قبل نهاية العام.
`,
};

/** An article whose search-index row the failure tests make the database reject (after every other row). */
export const POISON_MARK = "failmark";
export const POISONED: ArticleInput = {
  source: "test/poisoned.txt",
  outlet: null,
  language: "ar",
  text: `خبر تجريبي FAILMARK

قال مصدر مطلع إن هذا النص يستخدم لاختبار التراجع عن عملية الإدخال كاملة عند حدوث خطأ.
`,
};
