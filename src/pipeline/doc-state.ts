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

/** Derived data about one document, one slot per owner (a trie, a gazetteer, a rule family). */
export class DocState {
  private readonly slots = new Map<object, unknown>();
  /**
   * Owners asked about the document many thousand times (a first-word index, asked at every
   * trie lookup) and their values: there are one or two such owners, so a comparison by
   * identity is cheaper than a Map lookup, and no owner needs a number handed out by a
   * module-level counter. The first owner sits in fields of its own, compared before the
   * arrays are scanned.
   */
  private firstHotOwner: object | undefined = undefined;
  private firstHotValue: unknown = undefined;
  private readonly hotOwners: object[] = [];
  private readonly hotValues: unknown[] = [];

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

  /** The value a hot owner (asked at nearly every token) keeps for this document, if any. */
  hot(owner: object): unknown {
    if (this.firstHotOwner === owner) return this.firstHotValue;
    const owners = this.hotOwners;
    for (let k = 0; k < owners.length; k++) if (owners[k] === owner) return this.hotValues[k];
    return undefined;
  }

  /** Sets the value a hot owner keeps for this document (see {@link DocState.hot}). */
  setHot(owner: object, value: unknown): void {
    if (this.firstHotOwner === undefined || this.firstHotOwner === owner) {
      this.firstHotOwner = owner;
      this.firstHotValue = value;
      return;
    }
    const k = this.hotOwners.indexOf(owner);
    if (k >= 0) this.hotValues[k] = value;
    else { this.hotOwners.push(owner); this.hotValues.push(value); }
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
