/**
 * Every rule table (the shape of ./table.ts), for the one harness that runs their examples
 * (tests/rules/examples.test.ts). A table declared anywhere in src and missing here fails that
 * test. The library never imports this module.
 * @module
 */
import type { RuleTable } from "./table.js";
import { MONEY_TABLE } from "./money/rules.js";
import { DATE_TABLE, DATE_WORDS_TABLE } from "./date/rules.js";
import { PERSON_CREDIT_TABLE, PERSON_GAZETTEER_TABLE, PERSON_TABLE } from "./person/examples.js";
import { ROLE_BODIES_TABLE, ROLE_MODIFIER_TABLE, ROLE_TABLE } from "./role/examples.js";
import { GENERIC_BODY_WORD_TABLE, ORG_TABLE, ORG_UNSEEN_TABLE } from "./org/examples.js";
import { LOC_GAZETTEER_TABLE, LOC_TABLE, PROPER_PLACE_TABLE } from "./loc/examples.js";
import { GAZETTEER_TABLE } from "../gazetteer/examples.js";
import { HOLDS_CAREER_TABLE, HOLDS_TABLE } from "../link/holds-examples.js";

export const RULE_TABLES = {
  MONEY_TABLE, DATE_TABLE, DATE_WORDS_TABLE, PERSON_TABLE, PERSON_CREDIT_TABLE, PERSON_GAZETTEER_TABLE, ROLE_TABLE, ROLE_MODIFIER_TABLE, ROLE_BODIES_TABLE, ORG_TABLE, ORG_UNSEEN_TABLE, GENERIC_BODY_WORD_TABLE, LOC_TABLE, LOC_GAZETTEER_TABLE, PROPER_PLACE_TABLE, GAZETTEER_TABLE, HOLDS_TABLE, HOLDS_CAREER_TABLE,
} satisfies Record<string, RuleTable>;
