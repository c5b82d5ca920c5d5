/**
 * The default matchers and linkers, in the order they run. One place to register a new
 * entity kind: add its folder under `src/rules/` and list its matcher here.
 * @module
 */
import type { Linker, Matcher } from "../pipeline/types.js";
import { moneyMatcher } from "./money/index.js";
import { dateMatcher } from "./date/index.js";
import { createRoleMatcher } from "./role/index.js";
import { createOrgMatcher, specificBodiesOnly } from "./org/index.js";
import { createLocMatcher } from "./loc/index.js";
import { gazetteerBodies, gazetteerPlaces } from "./loc/gazetteer-places.js";
import { properPlacesOnly } from "../match/proper.js";
import { createGazetteerMatcher, defaultGazetteer, type Gazetteer } from "../gazetteer/index.js";
import { personMatcher } from "./person/index.js";
import { holdsLinker } from "../link/holds.js";
import { createRefsLinker } from "../link/refs.js";

/**
 * The built-in matchers over a given gazetteer, in run order (later matchers see earlier
 * candidates). The gazetteer matches names regardless of case; its places are kept only where
 * written as names (`ý kiến` is no Italy).
 *
 * @example
 * ```ts
 * const gazetteer = createGazetteer({ entries: [{ kind: "place", type: "province", name: "Đông Lạc" }] });
 * const ex = createExtractor({ matchers: createDefaultMatchers(gazetteer) }); // or createExtractor({ gazetteer })
 * ```
 */
export function createDefaultMatchers(gazetteer: Gazetteer = defaultGazetteer): Matcher[] {
  const gz = () => gazetteer;
  const places = gazetteerPlaces(gz), bodies = gazetteerBodies(gz);
  return [
    moneyMatcher,
    dateMatcher,
    specificBodiesOnly(properPlacesOnly(createGazetteerMatcher(gz))),
    createRoleMatcher({ places, bodies }),
    createOrgMatcher({ places, bodies }),
    createLocMatcher({ places, bodies }),
    personMatcher,
  ];
}

/** The built-in matchers over the bundled gazetteer. */
export const defaultMatchers: readonly Matcher[] = createDefaultMatchers();

/**
 * The built-in linkers over a given gazetteer, in run order: HOLDS, then the gazetteer refs
 * (which read HOLDS relations and full names).
 */
export function createDefaultLinkers(gazetteer: Gazetteer = defaultGazetteer): Linker[] {
  return [holdsLinker, createRefsLinker(gazetteer)];
}

/** Linkers in run order, after overlap resolution (over the bundled gazetteer). */
export const defaultLinkers: readonly Linker[] = createDefaultLinkers();
