// No module-level mutable state anywhere in src (issue 13): what a run derives lives on the
// document (`docState`, src/pipeline/doc-state.ts) or on an object the caller owns (a gazetteer,
// an extractor), never in a module variable that a second extractor, document or caller would
// share. Checked on the sources with the TypeScript compiler API: no module-level `let` or `var`,
// no static class field that is not readonly, and no module-level Map, Set, array or object that
// a function changes (building such a table at import, in top-level code, is fine: it is the same
// table for every caller).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listTs(p) : /\.ts$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Methods that change a Map, Set, WeakMap or array in place. */
const MUTATORS = new Set(["set", "add", "delete", "clear", "push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin"]);

/** What in `code` is module-level mutable state, as `line: what`. */
export function moduleState(code: string, file = "x.ts"): string[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  /**
   * State whose comments say `module state:` and why no result depends on it (a memo of a pure
   * function, a cache keyed by the object that owns it): declared, so allowed; anything else fails.
   */
  const declared = (st: ts.Node): boolean => (ts.getLeadingCommentRanges(code, st.getFullStart()) ?? []).some((r) => code.slice(r.pos, r.end).includes("module state:"));
  /** Module-level consts holding a container (a Map, Set, array or object literal). */
  const containers = new Set<string>();
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) {
      const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        if (!isConst && !declared(st)) found.push(`${at(d)}: module-level ${st.declarationList.flags & ts.NodeFlags.Let ? "let" : "var"} ${d.name.text}`);
        let init = d.initializer;
        // `new Array(n).fill(x)` is the array it fills.
        while (init && ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === "fill") init = init.expression.expression;
        const container = init && (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)
          || (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && /^(Weak)?(Map|Set)$|^Array$|^(Int|Uint|Float)\d+(Clamped)?Array$/.test(init.expression.text)));
        if (container && !declared(st)) containers.add(d.name.text);
      }
    }
    if (ts.isClassDeclaration(st)) {
      for (const m of st.members) {
        const mods = ts.canHaveModifiers(m) ? ts.getModifiers(m) ?? [] : [];
        if (ts.isPropertyDeclaration(m) && mods.some((x) => x.kind === ts.SyntaxKind.StaticKeyword) && !mods.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword)) {
          found.push(`${at(m)}: static field ${m.name.getText(sf)} is not readonly`);
        }
      }
    }
  }
  // A module-level container changed inside a function (not at import).
  const visit = (n: ts.Node, inFunction: boolean): void => {
    const fn = inFunction || ts.isFunctionLike(n);
    if (fn) {
      const target = (e: ts.Expression): string | undefined => {
        while (ts.isElementAccessExpression(e) || ts.isPropertyAccessExpression(e)) e = e.expression;
        return ts.isIdentifier(e) && containers.has(e.text) ? e.text : undefined;
      };
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && MUTATORS.has(n.expression.name.text)) {
        const name = target(n.expression.expression);
        if (name) found.push(`${at(n)}: module-level ${name} changed by .${n.expression.name.text}() in a function`);
      }
      if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment
        && (ts.isElementAccessExpression(n.left) || ts.isPropertyAccessExpression(n.left))) {
        const name = target(n.left);
        if (name) found.push(`${at(n)}: module-level ${name} assigned to in a function`);
      }
      const changed = (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) ? n.operand
        : ts.isDeleteExpression(n) ? n.expression : undefined;
      if (changed && (ts.isElementAccessExpression(changed) || ts.isPropertyAccessExpression(changed))) {
        const name = target(changed);
        if (name) found.push(`${at(n)}: module-level ${name} changed in a function`);
      }
    }
    ts.forEachChild(n, (c) => visit(c, fn));
  };
  visit(sf, false);
  return found;
}

describe("module-level state", () => {
  it("src holds none: no module-level let or var, no mutable static field, no module-level table a function changes", () => {
    const files = listTs(join(root, "src"));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => moduleState(readFileSync(f, "utf8"), f).map((s) => `${relative(root, f)}:${s}`));
    expect(found).toEqual([]);
  });

  it("finds each kind of it (or the check above would prove nothing)", () => {
    expect(moduleState("let slotsTaken = 0;\nexport function next() { return slotsTaken++; }")).toEqual(["1: module-level let slotsTaken"]);
    expect(moduleState("var n;")).toEqual(["1: module-level var n"]);
    expect(moduleState("class A { static count = 0; static readonly MAX = 3; }")).toEqual(["1: static field count is not readonly"]);
    expect(moduleState("const cache = new Map();\nexport function f(k) { cache.set(k, 1); }")).toEqual(["2: module-level cache changed by .set() in a function"]);
    expect(moduleState("const last = {};\nexport const f = (d) => { last.doc = d; };")).toEqual(["2: module-level last assigned to in a function"]);
    expect(moduleState("const seen = [];\nfunction f(x) { seen[0] = x; }")).toEqual(["2: module-level seen assigned to in a function"]);
    expect(moduleState("const table = new Array(8).fill(0);\nexport function f(i) { table[i] = 1; }")).toEqual(["2: module-level table assigned to in a function"]);
    expect(moduleState("const counts = new Int32Array(4);\nexport function f(i) { counts[i]++; }")).toEqual(["2: module-level counts changed in a function"]);
    expect(moduleState("const byId = {};\nexport function f(k) { delete byId[k]; }")).toEqual(["2: module-level byId changed in a function"]);
    // Declared, with the reason no result depends on it: allowed.
    expect(moduleState("// module state: a memo of a pure function.\nconst memo = new Map();\nexport function f(k) { memo.set(k, 1); }")).toEqual([]);
    // Built at import, read after: one table for every caller, which is fine.
    expect(moduleState("const WORDS = new Set();\nfor (const w of ['a']) WORDS.add(w);\nexport const has = (w) => WORDS.has(w);")).toEqual([]);
    // State that a function makes and keeps on its own objects is not module-level.
    expect(moduleState("export function f() { let n = 0; const m = new Map(); m.set(1, n++); return m; }")).toEqual([]);
  });
});
