export { type AnalyzeOptions, analyze } from "#analyze.ts";
export { contentId, derivedId } from "#ids.ts";
export * from "#schema/index.ts";
