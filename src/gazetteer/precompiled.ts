/**
 * The bundled entries' name forms, precompiled by scripts/build-forms.mjs (format there): what
 * `entryForms` (./gazetteer.ts) would compute for each, without tokenising a name at run time.
 * @module
 */
import { BASE_FORMS, BASE_FORMS_CAPS, BASE_FORMS_EXPLICIT, COMMUNE_FORMS, COMMUNE_FORMS_CAPS, COMMUNE_FORMS_EXPLICIT } from "../data/generated/forms.js";
import { uints } from "../data/packed.js";
import { NO_PUNCT, type FormSpec, type FormTable } from "./gazetteer.js";
import type { GazetteerEntry } from "./types.js";

const fullCaps = (n: number): number => (n >= 31 ? 0x7fffffff : (1 << n) - 1);

/**
 * The path of one precompiled form: from its explicit line (`caps TAB punct TAB keys`) when the
 * form has one (code bit 4), else from the name written in lower case, with its capitals from the
 * caps column (`caps`, code bit 8) or all capitalised.
 */
function pathOf(name: string, explicitRow: string | undefined, caps: number | undefined): FormSpec["path"] {
  if (explicitRow !== undefined) {
    const [c, punct, keys] = explicitRow.split("\t");
    return { keys: keys!.split(" "), caps: Number(c), punct: punct ? punct.split(",").map(Number) : NO_PUNCT };
  }
  const keys = name.toLowerCase().split(" ");
  return { keys, caps: caps ?? fullCaps(keys.length), punct: NO_PUNCT };
}

/** A form from its code (bits 1 and 2: in the name trie, the unit-word trie) and its path. */
const formOf = (code: number, path: FormSpec["path"], ambiguous: boolean): FormSpec => ({ path, bare: (code & 1) !== 0, unit: (code & 2) !== 0, ambiguous });

/**
 * The precompiled forms of the bundled communes, one per row of a commune table (communes have
 * no aliases), decoded per row when asked: a text that names three communes does not make
 * 13,000 forms. Null when the packed forms do not fit the table (a stale build).
 */
export interface LateForms {
  /** The form of row `i` (named `name`), or null when it indexes nothing. */
  form(i: number, name: string): FormSpec | null;
  /** Bit 1: row `i`'s form indexes the name trie; bit 2: the unit-word trie (0: nothing). */
  where(i: number): number;
  /** The first two keys of row `i`'s form, joined by a space (its first one alone when it has one). */
  headKey(i: number, name: string): string;
}

export function communeFormTable(size: number): LateForms | null {
  const codes = uints(COMMUNE_FORMS);
  if (codes.length !== size) return null;
  const explicit = COMMUNE_FORMS_EXPLICIT ? COMMUNE_FORMS_EXPLICIT.split("\n") : [];
  const caps = uints(COMMUNE_FORMS_CAPS);
  // Where each row's explicit path or capitals are (-1: none): the lines are in row order.
  const lineOf = new Map<number, number>(), capsOf = new Map<number, number>();
  let line = 0, capsAt = 0;
  for (let i = 0; i < size; i++) {
    const code = codes[i]!;
    if (code & 4) lineOf.set(i, line++);
    else if (code & 8) capsOf.set(i, capsAt++);
  }
  if (line !== explicit.length || capsAt !== caps.length) return null;
  return {
    where: (i) => codes[i]! & 3,
    headKey(i, name) {
      const l = lineOf.get(i);
      let keys: string;
      if (l !== undefined) { const row = explicit[l]!; keys = row.slice(row.lastIndexOf("\t") + 1); } else keys = name;
      const sp = keys.indexOf(" "), sp2 = sp < 0 ? -1 : keys.indexOf(" ", sp + 1);
      const head = sp2 < 0 ? keys : keys.slice(0, sp2);
      return l !== undefined ? head : head.toLowerCase();
    },
    form(i, name) {
      const code = codes[i]!;
      if (code === 0) return null;
      const l = lineOf.get(i), k = capsOf.get(i);
      return formOf(code, pathOf(name, l === undefined ? undefined : explicit[l]!, k === undefined ? undefined : caps[k]!), false);
    },
  };
}

/**
 * The bundled base entries' forms, decoded per entry when asked, and indexed by first key
 * without being decoded: the gazetteer builds the subtrie under a first key when a document
 * first writes that key. Null when the packed forms do not fit the entries (a stale build).
 */
export function baseFormTable(entries: readonly GazetteerEntry[]): FormTable | null {
  const codes = uints(BASE_FORMS);
  const explicit = BASE_FORMS_EXPLICIT ? BASE_FORMS_EXPLICIT.split("\n") : [];
  const caps = uints(BASE_FORMS_CAPS);
  const n = entries.length;
  // Where each entry's codes, explicit paths and capitals start.
  const formAt = new Int32Array(n + 1), lineAt = new Int32Array(n), capsAt = new Int32Array(n);
  let at = 0, line = 0, c = 0;
  for (let i = 0; i < n; i++) {
    formAt[i] = at; lineAt[i] = line; capsAt[i] = c;
    const end = at + 1 + entries[i]!.aliases.length;
    if (end > codes.length) return null;
    for (; at < end; at++) { const code = codes[at]!; if (code & 4) line++; else if (code & 8) c++; }
  }
  formAt[n] = at;
  if (at !== codes.length || line !== explicit.length || c !== caps.length) return null;
  const firstOfLine = (row: string): string => { const keys = row.slice(row.lastIndexOf("\t") + 1), sp = keys.indexOf(" "); return sp < 0 ? keys : keys.slice(0, sp); };
  return {
    size: n,
    forms(i) {
      const e = entries[i]!, amb = e.ambiguousAliases;
      const out: (FormSpec | null)[] = new Array(formAt[i + 1]! - formAt[i]!);
      let l = lineAt[i]!, k8 = capsAt[i]!;
      for (let k = 0; k < out.length; k++) {
        const code = codes[formAt[i]! + k]!;
        if (code === 0) { out[k] = null; continue; }
        const name = k === 0 ? e.name : e.aliases[k - 1]!;
        const path = pathOf(name, code & 4 ? explicit[l++]! : undefined, !(code & 4) && code & 8 ? caps[k8++]! : undefined);
        out[k] = formOf(code, path, amb ? amb.includes(name) : false);
      }
      return out;
    },
    index() {
      const bare = new Map<string, number[]>(), unit = new Map<string, number[]>();
      const note = (m: Map<string, number[]>, key: string, i: number) => {
        const list = m.get(key);
        if (!list) m.set(key, [i]); else if (list[list.length - 1] !== i) list.push(i);
      };
      for (let i = 0; i < n; i++) {
        const e = entries[i]!;
        let l = lineAt[i]!;
        for (let at = formAt[i]!; at < formAt[i + 1]!; at++) {
          const code = codes[at]!;
          if (code === 0) continue;
          let key: string;
          if (code & 4) key = firstOfLine(explicit[l++]!);
          else { const name = at === formAt[i] ? e.name : e.aliases[at - formAt[i]! - 1]!, sp = name.indexOf(" "); key = (sp < 0 ? name : name.slice(0, sp)).toLowerCase(); }
          if (code & 1) note(bare, key, i);
          if (code & 2) note(unit, key, i);
        }
      }
      return { bare, unit };
    },
  };
}
