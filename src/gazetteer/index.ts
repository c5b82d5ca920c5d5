/**
 * The gazetteer: places (provinces before and after the 2025 merger, districts, communes,
 * countries, regions), party and state bodies, titles, and office-holders, each as of a date.
 *
 * @example
 * ```ts
 * import { defaultGazetteer as gz } from "thoisu";
 * gz.lookup("TP.HCM")[0].id;                                   // "tinh:ho-chi-minh" ...
 * gz.placeAsOf("Hải Dương", "2025-07-01")?.becomes?.[0].name;    // "Hải Phòng"
 * gz.holdersOf("Bí thư Thành ủy Hà Nội", "2017-06-09")[0].person.name; // "Hoàng Trung Hải"
 * ```
 * @module
 */

export type { BodyTemplate, EntryKind, GazetteerEntry, NameMatch, Tenure } from "./types.js";
export { Gazetteer, UNIT_WORDS, lookupKey, toneKey, validOn, tenureOn } from "./gazetteer.js";
export type { MatchOptions } from "./gazetteer.js";
export { bodyTemplates } from "./data.js";
export { gazetteerMatcher, createGazetteerMatcher, pickAsOf, LEVEL_CONTEXT } from "./matcher.js";

export { createGazetteer, defaultGazetteer } from "./default.js";
