/**
 * The default matchers and linkers, in the order they run. One place to register a new
 * entity kind: add its folder under `src/rules/` and list its matcher here.
 * @module
 */
import type { Linker, Matcher } from "../pipeline/types.js";
import { moneyMatcher } from "./money/index.js";
import { dateMatcher } from "./date/index.js";
import { createRoleMatcher } from "./role/index.js";
import { createOrgMatcher } from "./org/index.js";
import { createLocMatcher } from "./loc/index.js";
import { gazetteerBodies, gazetteerPlaces } from "./loc/gazetteer-places.js";
import { properPlacesOnly } from "./loc/proper.js";
import { defaultGazetteer, gazetteerMatcher } from "../gazetteer/index.js";
import { personMatcher } from "./person/index.js";
import { holdsLinker } from "../link/holds.js";

/** Role, body and place rules, reading place names from the default gazetteer. */
function placeRules(): Matcher[] {
  const places = gazetteerPlaces(() => defaultGazetteer), bodies = gazetteerBodies(() => defaultGazetteer);
  return [createRoleMatcher({ places, bodies }), createOrgMatcher({ places, bodies }), createLocMatcher({ places, bodies })];
}

/**
 * Matchers in run order: later matchers see earlier candidates. The gazetteer matches names
 * regardless of case; its places are kept only where written as names (`ý kiến` is no Italy).
 */
export const defaultMatchers: readonly Matcher[] = [moneyMatcher, dateMatcher, properPlacesOnly(gazetteerMatcher), ...placeRules(), personMatcher];

/** Linkers in run order, after overlap resolution. */
export const defaultLinkers: readonly Linker[] = [holdsLinker];
