/**
 * The extractors and predicates the rule tables name (`RuleTable.setup`, `predicate:` outputs),
 * built once, and the reading of a table's output from a result.
 */
import { createExtractor, extract, type Extractor } from "../../src/extract.js";
import type { Entity, Result } from "../../src/types.js";
import type { RuleOutput, RuleSetup } from "../../src/rules/table.js";
import { moneyMatcher } from "../../src/rules/money/index.js";
import { dateMatcher } from "../../src/rules/date/index.js";
import { createRoleMatcher, roleMatcher } from "../../src/rules/role/index.js";
import { createOrgMatcher, genericBodyWord, orgMatcher } from "../../src/rules/org/index.js";
import { createLocMatcher, locMatcher } from "../../src/rules/loc/index.js";
import { personMatcher } from "../../src/rules/person/index.js";
import { holdsLinker } from "../../src/link/holds.js";
import { createGazetteer } from "../../src/gazetteer/index.js";
import { gazetteerBodies, gazetteerPlaces } from "../../src/rules/loc/gazetteer-places.js";
import { isProperPlaceAt } from "../../src/match/proper.js";
import { BODY_TRIE } from "../../src/match/lexicons.js";
import { tokenize, type Token } from "../../src/tokenize/index.js";

/** Invented entries: rules that read the gazetteer are tested on names no list holds. */
export const nonceGazetteer = createGazetteer({
  replace: true,
  entries: [
    { id: "nuoc:vadoria", kind: "place", type: "country", name: "Vadoria", aliases: [] },
    { id: "org:bo-thuy-loi-va-van-tai-song", kind: "body", type: "ministry", name: "Bộ Thủy lợi và vận tải sông", aliases: [] },
    // For the LOC rules that read units of a province: a province, its district, city and urban
    // district, and a province that ended in 1991.
    { id: "tinh:khe-lac", kind: "place", type: "province", name: "Khê Lạc", aliases: [] },
    { id: "huyen:thuong-khe", kind: "place", type: "district", name: "Thượng Khê", aliases: [], parent: "tinh:khe-lac" },
    { id: "huyen:da-lam", kind: "place", type: "city", name: "Đà Lâm", aliases: [], parent: "tinh:khe-lac" },
    { id: "huyen:thanh-hai", kind: "place", type: "urban-district", name: "Thanh Hải", aliases: [], parent: "tinh:khe-lac" },
    { id: "tinh:lac-ha", kind: "place", type: "province", name: "Lạc Hà", aliases: [], validTo: "1991-09-30" },
    // A country whose name ends in a unit word (`bản`, a village), as `Nhật Bản` does.
    { id: "nuoc:lac-ban", kind: "place", type: "country", name: "Lạc Bản", aliases: [] },
  ],
});
const places = gazetteerPlaces(() => nonceGazetteer), bodies = gazetteerBodies(() => nonceGazetteer);

const names = [roleMatcher, orgMatcher, locMatcher, personMatcher];
const extractors: Record<Exclude<RuleSetup, "default" | "tokens">, Extractor> = {
  money: createExtractor({ matchers: [moneyMatcher], linkers: [] }),
  date: createExtractor({ matchers: [dateMatcher], linkers: [] }),
  names: createExtractor({ matchers: names, linkers: [] }),
  "names+holds": createExtractor({ matchers: names, linkers: [holdsLinker] }),
  "names+nonce-gazetteer": createExtractor({
    matchers: [createRoleMatcher({ places, bodies }), createOrgMatcher({ places, bodies }), createLocMatcher({ places, bodies }), personMatcher],
    linkers: [],
  }),
};

/** Runs a table's extractor on `text`. */
export function run(setup: RuleSetup, text: string, date?: string): Result {
  const options = date ? { date } : {};
  if (setup === "default") return extract(text, options);
  if (setup === "tokens") throw new Error("a `tokens` table has a predicate output, not entities");
  return extractors[setup].extract(text, options);
}

/** A relation as the HOLDS tables write it: `Person's name = Role text`. */
export const holdsPairs = (r: Result): string[] =>
  r.relations.map((x) => `${(r.entities[x.person] as Entity & { name?: string }).name} = ${r.entities[x.role]!.text}`).sort();

/** The verdict on the first capitalised standalone body head in `toks` (GENERIC_BODY_WORD). */
function genericBodyVerdict(toks: readonly Token[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const h = BODY_TRIE.longest(toks, i);
    if (h && h.value.standalone && (toks[i]!.upper || toks[i]!.kind === "abbr")) return genericBodyWord(toks, i, h.end, h.value.lower);
  }
  throw new Error("no standalone body word in the example");
}

/** The yes/no guards a `predicate:<name>` table asks about. */
export const predicates: Record<string, (toks: readonly Token[], at?: readonly [number, number]) => boolean> = {
  /** `src/rules/org/index.ts` GENERIC_BODY_WORD: the first standalone body word is used generically. */
  "generic-body-word": (toks) => genericBodyVerdict(toks),
  /** `src/match/proper.ts` isProperPlaceAt: tokens [first, last) are written as a place's name. */
  "proper-place": (toks, at) => {
    if (!at) throw new Error("a proper-place example needs `at`");
    return isProperPlaceAt(toks, at[0], at[1]);
  },
};

/** The tokens of `text`, for predicates. */
export const tokensOf = (text: string): readonly Token[] => tokenize(text).tokens;

export type { RuleOutput };
