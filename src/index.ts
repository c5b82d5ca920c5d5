/**
 * thoisu: structured data from Vietnamese political news.
 *
 * @example
 * ```ts
 * import { extract } from "thoisu";
 * const { entities, relations } = extract(articleText, { date: "2017-06-09" });
 * ```
 * @module
 */
export { extract, createExtractor, MAX_TEXT_LENGTH } from "./extract.js";
export type { Extractor, ExtractorConfig } from "./extract.js";
export type {
  Entity, EntityOf, EntityBase, EntityType, PersonEntity, RoleEntity, OrgEntity, LocEntity, MoneyEntity, DateEntity,
  PersonAttrs, RoleAttrs, OrgAttrs, LocAttrs, MoneyAttrs, MoneyValue, MoneyAmount, MoneyRange, DateValue,
  Relation, Result, ResultMeta, ExtractOptions,
} from "./types.js";
export { ENTITY_TYPES } from "./types.js";
export { normalize, fold, originalStart, originalEnd } from "./normalize/index.js";
export type { Normalized } from "./normalize/index.js";
export { tokenize } from "./tokenize/index.js";
export type { Token, TokenKind, Sentence, Tokenized } from "./tokenize/index.js";
export type { Candidate, CandidateAttrs, CandidateRelation, CandidateUpdate, Doc, Linker, Links, Matcher, YMD } from "./pipeline/types.js";
export { defaultMatchers, defaultLinkers, createDefaultMatchers, createDefaultLinkers } from "./rules/index.js";
export { createRefsLinker } from "./link/refs.js";
export { resolveOverlaps } from "./resolve/overlaps.js";
export { VERSION } from "./version.js";
export { DATA_VERSION } from "./data/version.js";
export { Gazetteer, createGazetteer, defaultGazetteer, gazetteerMatcher, createGazetteerMatcher, bodyTemplates, lookupKey, UNIT_WORDS } from "./gazetteer/index.js";
export type { EntryKind, GazetteerEntry, NameMatch, Tenure, BodyTemplate, MatchOptions } from "./gazetteer/index.js";
export { renderHtml, toDisplay } from "./render/index.js";
export type { RenderHtmlOptions, HtmlDisplay } from "./render/index.js";
export { harvest, formatHarvestTsv, parseHarvestTsv, harvestPersonId, HARVEST_COLUMNS } from "./harvest/index.js";
export type { HarvestDoc, HarvestOptions, HarvestEvidence, HarvestPeriod, TenureCandidate } from "./harvest/index.js";
