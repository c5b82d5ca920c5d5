// Per-document state belongs to the document: extractors with different configurations give the
// same results interleaved as alone, and matchers with different finders never share a context.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createExtractor, createGazetteer, extract } from "../../src/index.js";
import { normalize } from "../../src/normalize/index.js";
import { tokenize } from "../../src/tokenize/index.js";
import { createLocMatcher } from "../../src/rules/loc/index.js";
import { docState } from "../../src/pipeline/doc-state.js";
import { FirstWordIndex, PhraseTrie } from "../../src/match/phrase-trie.js";
import type { Doc } from "../../src/pipeline/types.js";
import type { PlaceFinder } from "../../src/match/places.js";

const rawDir = new URL("../../benchmarks/corpus/raw/", import.meta.url);
const articles = readdirSync(rawDir).filter((f) => f.endsWith(".txt")).sort().slice(0, 12).map((f) => readFileSync(new URL(f, rawDir), "utf8"));
// An invented province and a text that names it: only the second extractor knows it.
const nonce = "Sáng 3/5, Bí thư Tỉnh ủy Đông Lạc Trần Văn Khải làm việc tại Đông Lạc với Sở Tài chính Đông Lạc.";
const texts = [nonce, ...articles, nonce];

function docOf(text: string): Doc {
  const norm = normalize(text);
  const { tokens, sentences } = tokenize(norm.text);
  return { text: norm.text, norm, tokens, sentences, refDate: null, refDateSource: "none", warnings: [] };
}

describe("per-document state", () => {
  const mine = createExtractor({ gazetteer: createGazetteer({ entries: [{ kind: "place", type: "province", name: "Đông Lạc" }] }) });

  it("two differently configured extractors, interleaved, give what each gives alone", () => {
    const alone = { a: texts.map((t) => JSON.stringify(extract(t))), b: texts.map((t) => JSON.stringify(mine.extract(t))) };
    const interleaved = { a: [] as string[], b: [] as string[] };
    for (const t of texts) {
      interleaved.b.push(JSON.stringify(mine.extract(t)));
      interleaved.a.push(JSON.stringify(extract(t)));
    }
    expect(interleaved).toEqual(alone);
    // The configurations do differ on the nonce text (or the test would prove nothing).
    expect(alone.a[0]).not.toEqual(alone.b[0]);
  });

  it("gives each pair of finders its own place context on one document", () => {
    const doc = docOf("Đoàn công tác đến Đông Lạc hôm qua.");
    const first = doc.tokens.findIndex((t) => t.text === "Đông");
    const knows: PlaceFinder = () => [{ first, last: first + 2, ref: "tinh:dong-lac", type: "province" }];
    const knowsNothing: PlaceFinder = () => [];
    const locs = (finder: PlaceFinder) => createLocMatcher({ places: finder }).match(doc, []).map((c) => doc.text.slice(c.start, c.end));
    // The matcher that knows nothing asks first; the one that knows the place must still find it.
    expect(locs(knowsNothing)).not.toContain("Đông Lạc");
    expect(locs(knows)).toContain("Đông Lạc");
    expect(locs(knowsNothing)).not.toContain("Đông Lạc");
  });

  it("gives each first-word index its own masks on one document, whoever asks first", () => {
    const { tokens } = tokenize("Khổng Viết Thuận gặp Sở Tài chính Đông Lạc.");
    const a = new FirstWordIndex(), b = new FirstWordIndex();
    const inA = new PhraseTrie<true>(a).add("Sở Tài chính", true), inB = new PhraseTrie<true>(b).add("Đông Lạc", true);
    const so = tokens.findIndex((t) => t.text === "Sở"), dong = tokens.findIndex((t) => t.text === "Đông");
    // Interleaved on the same tokens: each index keeps its own bits in the document's state.
    expect(inB.longest(tokens, dong)?.end).toBe(dong + 2);
    expect(inA.longest(tokens, so)?.end).toBe(so + 3);
    expect(inA.longest(tokens, dong)).toBeNull();
    expect(inB.longest(tokens, so)).toBeNull();
    expect(a.forDoc(tokens)).not.toBe(b.forDoc(tokens));
    // A phrase added later is seen on the same document (the masks are recomputed).
    inA.add("Đông Lạc", true);
    expect(inA.longest(tokens, dong)?.end).toBe(dong + 2);
  });

  it("keeps the state on the document's tokens, out of sight of JSON and enumeration", () => {
    const { tokens } = tokenize("Bí thư Tỉnh ủy");
    const state = docState(tokens);
    expect(docState(tokens)).toBe(state);
    expect(Object.keys(tokens)).toEqual(tokens.map((_, i) => String(i)));
    expect(JSON.parse(JSON.stringify(tokens))).toHaveLength(tokens.length);
    // Another document, another state.
    expect(docState(tokenize("Bí thư Tỉnh ủy").tokens)).not.toBe(state);
    // A frozen token array cannot carry state: each call gets a fresh one, and nothing breaks.
    const frozen = Object.freeze([...tokens]);
    expect(docState(frozen)).not.toBe(docState(frozen));
  });
});
