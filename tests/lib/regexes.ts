/**
 * Every regular expression in the library's sources, gathered with the TypeScript compiler API
 * so that a new one cannot slip past the ReDoS check (tests/robustness/redos.test.ts): regex literals, and
 * `new RegExp(...)` / `RegExp(...)` whose source is built from literals (string and template
 * literals, `String.raw`, `+`, and `const`s of the same file holding such values). A `RegExp`
 * call whose source cannot be evaluated this way is reported as unresolved, and the test fails on
 * it: a pattern built at run time from data cannot be checked, so the sources must not have one.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}
export interface UnresolvedRegex {
  file: string;
  line: number;
  code: string;
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTs(p));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out.sort();
}

/** The string value of an expression made of literals and same-file consts, or undefined. */
function evaluate(node: ts.Expression, consts: Map<string, ts.Expression>, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  const ev = (n: ts.Expression) => evaluate(n, consts, depth + 1);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return ev(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node)) {
    // String.raw`...`: the raw text of each part.
    if (node.tag.getText() !== "String.raw") return undefined;
    const t = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText;
    let s = t.head.rawText ?? "";
    for (const span of t.templateSpans) {
      const v = ev(span.expression);
      if (v === undefined) return undefined;
      s += v + (span.literal.rawText ?? "");
    }
    return s;
  }
  if (ts.isTemplateExpression(node)) {
    let s = node.head.text;
    for (const span of node.templateSpans) {
      const v = ev(span.expression);
      if (v === undefined) return undefined;
      s += v + span.literal.text;
    }
    return s;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = ev(node.left), b = ev(node.right);
    return a === undefined || b === undefined ? undefined : a + b;
  }
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text);
    return init ? ev(init) : undefined;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === "source") {
    // A regex's `.source`.
    const target = ts.isIdentifier(node.expression) ? consts.get(node.expression.text) : node.expression;
    if (target && ts.isRegularExpressionLiteral(target)) return splitLiteral(target.text).source;
  }
  return undefined;
}

function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf("/");
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

/** Gathers the regexes of every .ts file under `root` (test files excluded). */
export function gatherRegexes(root: string): { found: FoundRegex[]; unresolved: UnresolvedRegex[] } {
  const found: FoundRegex[] = [];
  const unresolved: UnresolvedRegex[] = [];
  for (const path of listTs(root)) {
    const file = relative(process.cwd(), path);
    const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const consts = new Map<string, ts.Expression>();
    const collect = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer &&
          ts.isVariableDeclarationList(node.parent) && (node.parent.flags & ts.NodeFlags.Const)) {
        consts.set(node.name.text, node.initializer);
      }
      ts.forEachChild(node, collect);
    };
    collect(sf);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        found.push({ file, line: lineOf(node), ...splitLiteral(node.text) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const args = node.arguments ?? ts.factory.createNodeArray();
        const source = args[0] ? evaluate(args[0], consts) : "(?:)";
        const flags = args[1] ? evaluate(args[1], consts) : "";
        if (source === undefined || flags === undefined) unresolved.push({ file, line: lineOf(node), code: node.getText() });
        else found.push({ file, line: lineOf(node), source, flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, unresolved };
}
