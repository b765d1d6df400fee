// Spelling variants of common name words, folded (foldForMatch) → canonical folded form, for nameKey.
// Only whole words are replaced, after the article has been stripped.

export const NAME_WORD_VARIANTS: ReadonlyMap<string, string> = new Map([
  // Syria: سوريا / سورية
  ["سوريه", "سوريا"],
  // democratic: الديمقراطية / الديموقراطية
  ["ديموقراطيه", "ديمقراطيه"],
  ["ديموقراطي", "ديمقراطي"],
  ["ديموقراطيون", "ديمقراطيون"],
  // American / America: أمريكي / أميركي
  ["امريكي", "اميركي"],
  ["امريكيه", "اميركيه"],
  ["امريكا", "اميركا"],
  ["امريكيون", "اميركيون"],
  ["امريكيين", "اميركيين"],
  // Europe: اوروبا / اوربا
  ["اوربا", "اوروبا"],
  ["اوربي", "اوروبي"],
  ["اوربيه", "اوروبيه"],
  // news agencies: فرانسبرس / فرانس برس، رويتر / رويترز
  ["فرانسبرس", "فرانس برس"],
  ["رويتر", "رويترز"],
  // Kurdish: الكردية / الكوردية
  ["كوردي", "كردي"],
  ["كورديه", "كرديه"],
  ["كوردستان", "كردستان"],
]);
