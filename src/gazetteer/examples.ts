/**
 * The gazetteer matcher's rules as a table (the shape of `../rules/table.ts`), run with the
 * whole default pipeline over the bundled gazetteer (tests/rules/examples.test.ts).
 * @module
 */
import type { RuleRow, RuleTable } from "../rules/table.js";
import { LEVEL_CONTEXT } from "./matcher.js";

export const GAZETTEER_RULES: readonly RuleRow<typeof LEVEL_CONTEXT>[] = [
  {
    id: "gazetteer/level-context",
    description: "After a word of level (`thuộc`, `từ`, `cấp`), `Trung ương` is a level of government, no body.",
    pattern: LEVEL_CONTEXT,
    examples: [
      { text: "thành phố trực thuộc Trung ương", not: ["Trung ương"] },
      { text: "từ Trung ương đến địa phương", not: ["Trung ương"] },
      { text: "cấp Trung ương", not: ["Trung ương"] },
    ],
    counterExamples: [
      { text: "Trung ương quyết định", find: [{ text: "Trung ương", rule: "gazetteer:org:ban-chap-hanh-trung-uong" }] },
      { text: "Ban Chấp hành Trung ương Đảng", find: [{ text: "Ban Chấp hành Trung ương Đảng", rule: "gazetteer:org:ban-chap-hanh-trung-uong" }] },
    ],
  },
  {
    id: "gazetteer/acronym-case",
    description: "A body's acronym (`TƯ`, `TW`) is matched only in capitals: `Tư` in `Tư liệu`, `Tư pháp` is a syllable.",
    examples: [
      { text: "khi còn đương chức Tư liệu công khai cho thấy", not: ["Tư"] },
      { text: "Đại diện các Sở Nội vụ, Tư pháp dự họp.", not: ["Tư"] },
    ],
    counterExamples: [
      { text: "Ông được TƯ phân công.", find: [{ text: "TƯ", rule: "gazetteer:org:ban-chap-hanh-trung-uong" }] },
    ],
  },
];

export const GAZETTEER_TABLE: RuleTable = { name: "gazetteer", source: "src/gazetteer/matcher.ts", output: "ORG", setup: "default", rows: GAZETTEER_RULES };
