/**
 * The contract between pipeline stages. Matchers read a {@link Doc} and propose
 * {@link Candidate}s in NORMALISED offsets; later stages resolve overlaps, link, and map
 * offsets back to the original input.
 * @module
 */
import type { Normalized } from "../normalize/index.js";
import type { Sentence, Token } from "../tokenize/index.js";
import type { EntityType, MoneyValue, DateValue } from "../types.js";

/** A calendar date (month 1-12). */
export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Everything a matcher may read about the document. */
export interface Doc {
  /** The normalised text (offsets of tokens and candidates index this). */
  text: string;
  norm: Normalized;
  tokens: Token[];
  sentences: Sentence[];
  /** The reference date: the article's date, or null when unknown. */
  refDate: YMD | null;
  /** Where `refDate` came from. */
  refDateSource: "option" | "dateline" | "none";
  /** Non-fatal observations to report in `meta.warnings`. */
  warnings: string[];
  // What stages derive about the document (trie answers, gazetteer hits, the place context) is
  // kept in its state, `docState(doc.tokens)` (src/pipeline/doc-state.ts), never in module
  // variables: it lives and dies with the document.
}

/** The attributes of a candidate (plain JSON values). */
export type CandidateAttrs = Record<string, string | number | boolean | string[] | null>;

/** A proposed entity, in normalised offsets. */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  /** Rule id (`kind/slug`) or gazetteer entry (`gazetteer:<id>`). */
  rule: string;
  /** Higher wins among overlapping candidates of equal length (gazetteer 2, pattern 1, weak 0). */
  priority?: number;
  value?: MoneyValue | DateValue;
  name?: string;
  ref?: string;
  /** Loose here; only the keys the public attrs type of `type` declares (src/types.ts) reach the result. */
  attrs?: CandidateAttrs;
}

/** A HOLDS link between candidates, by index into the resolved candidate list. */
export interface CandidateRelation {
  type: "HOLDS";
  person: number;
  role: number;
  rule: string;
  /** The period the text gives the post in (a career line's period, `từ tháng 6/2011`, `nhiệm kỳ 2020-2025`). */
  when?: { timex: string };
}

/** A matcher: one job, finds candidates of one or more kinds. */
export interface Matcher {
  /** Stable id, e.g. `money`, `date`, `person`. */
  id: string;
  /**
   * Proposes candidates. `found` holds what earlier matchers proposed (read-only), so a
   * matcher may build on them (roles next to persons, bodies around places).
   */
  match(doc: Doc, found: readonly Candidate[]): Candidate[];
}

/**
 * Fields a linker sets on one resolved candidate (by index). `attrs` replaces the candidate's
 * attributes whole (start from a copy of the old ones to keep them).
 */
export interface CandidateUpdate {
  index: number;
  name?: string;
  ref?: string;
  attrs?: CandidateAttrs;
}

/** What a linker adds: relations, and fields to set on the resolved candidates. */
export interface Links {
  relations?: CandidateRelation[];
  updates?: CandidateUpdate[];
}

/**
 * A linker: a stage after overlap resolution. It reads the resolved candidates (in text order: by
 * start, outer first, as `resolveOverlaps` returns them) and the relations of the linkers before
 * it, changes neither, and returns what it adds; the pipeline applies that before the next linker
 * runs (coreference → HOLDS → refs).
 */
export interface Linker {
  id: string;
  link(doc: Doc, entities: readonly Candidate[], relations: readonly CandidateRelation[]): Links;
}
