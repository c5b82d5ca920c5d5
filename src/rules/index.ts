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
import { createGazetteerMatcher, defaultGazetteer, type Gazetteer } from "../gazetteer/index.js";
import { personMatcher } from "./person/index.js";
import { holdsLinker } from "../link/holds.js";

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
    properPlacesOnly(createGazetteerMatcher(gz)),
    createRoleMatcher({ places, bodies }),
    createOrgMatcher({ places, bodies }),
    createLocMatcher({ places, bodies }),
    personMatcher,
  ];
}

/** The built-in matchers over the bundled gazetteer. */
export const defaultMatchers: readonly Matcher[] = createDefaultMatchers();

/** Linkers in run order, after overlap resolution. */
export const defaultLinkers: readonly Linker[] = [holdsLinker];
