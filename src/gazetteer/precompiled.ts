/**
 * The bundled entries' name forms, precompiled by scripts/build-forms.mjs (format there): what
 * `entryForms` (./gazetteer.ts) would compute for each, without tokenising a name at run time.
 * @module
 */
import { BASE_FORMS, BASE_FORMS_CAPS, BASE_FORMS_EXPLICIT, COMMUNE_FORMS, COMMUNE_FORMS_CAPS, COMMUNE_FORMS_EXPLICIT } from "../data/generated/forms.js";
import { uints } from "../data/packed.js";
import { NO_PUNCT, type FormSpec, type PrecompiledForms } from "./gazetteer.js";
import type { GazetteerEntry } from "./types.js";

const fullCaps = (n: number): number => (n >= 31 ? 0x7fffffff : (1 << n) - 1);

/**
 * Per entry of `entries` (as loaded, in order), its forms. Empty (nothing precompiled: the
 * gazetteer computes them) when the packed forms do not fit the entries, which only a stale
 * build could cause.
 */
function decode(entries: readonly GazetteerEntry[], packed: string, packedCaps: string, explicitLines: string): PrecompiledForms {
  const codes = uints(packed);
  let total = 0;
  for (const e of entries) total += 1 + e.aliases.length;
  if (total !== codes.length) return [];
  const explicit = explicitLines ? explicitLines.split("\n") : [];
  const caps = uints(packedCaps);
  const out: (FormSpec | null)[][] = new Array(entries.length);
  let at = 0, line = 0, capsAt = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const amb = e.ambiguousAliases;
    const forms: (FormSpec | null)[] = new Array(1 + e.aliases.length);
    for (let k = 0; k < forms.length; k++) {
      const code = codes[at++]!;
      if (code === 0) { forms[k] = null; continue; }
      const n = k === 0 ? e.name : e.aliases[k - 1]!;
      let path: FormSpec["path"];
      if (code & 4) {
        const [caps, punct, keys] = explicit[line++]!.split("\t");
        path = { keys: keys!.split(" "), caps: Number(caps), punct: punct ? punct.split(",").map(Number) : NO_PUNCT };
      } else {
        const keys = n.toLowerCase().split(" ");
        path = { keys, caps: code & 8 ? caps[capsAt++]! : fullCaps(keys.length), punct: NO_PUNCT };
      }
      forms[k] = { path, bare: (code & 1) !== 0, unit: (code & 2) !== 0, ambiguous: amb ? amb.includes(n) : false };
    }
    out[i] = forms;
  }
  return line === explicit.length && capsAt === caps.length ? out : [];
}

/** Forms of the bundled places, bodies, titles and people (`loadBaseEntries`, in order). */
export const baseForms = (entries: readonly GazetteerEntry[]): PrecompiledForms => decode(entries, BASE_FORMS, BASE_FORMS_CAPS, BASE_FORMS_EXPLICIT);
/** Forms of the bundled communes (`loadCommuneEntries`, in order). */
export const communeForms = (entries: readonly GazetteerEntry[]): PrecompiledForms => decode(entries, COMMUNE_FORMS, COMMUNE_FORMS_CAPS, COMMUNE_FORMS_EXPLICIT);
