/**
 * Per-document state: what the stages derive about one document and share (trie answers per
 * token, gazetteer hits, the place context), owned by the document and gone with it.
 *
 * Every lookup already receives the document's token array, so the state hangs on that array
 * (a non-enumerable symbol property). Nothing is kept in module variables: two extractors with
 * different gazetteers can run interleaved, and nothing of a document stays alive after
 * `extract` returns.
 * @module
 */
import type { Token } from "../tokenize/index.js";

const STATE: unique symbol = Symbol("thoisu.docState");

/** How many numbered slots long-lived owners have taken (see {@link allocateDocSlot}). */
let slotsTaken = 0;

/**
 * A numbered slot in every document's state, for an owner that lives as long as the module (a
 * lexicon trie, a first-word index) and asks about each document many thousand times: an
 * indexed load instead of a Map lookup by owner. Taken once, when the owner is made.
 */
export function allocateDocSlot(): number {
  return slotsTaken++;
}

/** Derived data about one document, one slot per owner (a trie, a gazetteer, a rule family). */
export class DocState {
  private readonly slots = new Map<object, unknown>();
  /** The values of owners that took a numbered slot ({@link allocateDocSlot}), by slot. */
  readonly numbered: unknown[] = [];

  /** The value `owner` keeps for this document, made by `make` on first use. */
  get<T>(owner: object, make: () => T): T {
    let v = this.slots.get(owner) as T | undefined;
    if (v === undefined) {
      v = make();
      this.slots.set(owner, v);
    }
    return v;
  }

  /** Replaces the value `owner` keeps for this document (e.g. after the owner's data grew). */
  set<T>(owner: object, value: T): void {
    this.slots.set(owner, value);
  }
}

type WithState = readonly Token[] & { [STATE]?: DocState };

/**
 * The state of the document whose tokens these are, created on first use. A frozen array
 * (which cannot carry it) gets a fresh state per call: correct, only without the sharing.
 */
export function docState(tokens: readonly Token[]): DocState {
  const t = tokens as WithState;
  let s = t[STATE];
  if (s) return s;
  s = new DocState();
  if (Object.isExtensible(t)) Object.defineProperty(t, STATE, { value: s, enumerable: false, writable: false, configurable: false });
  return s;
}
