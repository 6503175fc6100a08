/**
 * Small rooms (issue 15, item 4): no function over 150 lines and no file over 400 in the client
 * app/ and lib/. A function is any function-like node with a body (declarations,
 * arrows, methods), measured from its first line to its last with the TypeScript parser.
 * Every file under app/ and lib/ is measured (each directory reported apart). ROOMS_DIRS=dir,dir
 * measures others (on the code before the split it listed Calculator 331, Roster 358,
 * SingleEmployee 292, AllocationForm 250, TerminationForm 245 and Testing 212 lines).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const DIRS = (process.env.ROOMS_DIRS ?? "app,lib").split(",");
const MAX_FUNCTION_LINES = 150;
const MAX_FILE_LINES = 400;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Each function's name (or "(anonymous)"), first line and length in lines. */
function functionLengths(path: string, text: string): { name: string; line: number; lines: number }[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      const named = (node as { name?: ts.Node }).name;
      const name = named ? named.getText() : ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : "(anonymous)";
      found.push({ name, line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the measure", () => {
  it("counts a function from its first line to its last", () => {
    // Lines 2 to 5 of the text: 4 lines; the arrow inside it, line 3 alone: 1.
    const text = "// a comment\nfunction f() {\n  const g = () => 1;\n  return g();\n}\n";
    expect(functionLengths("x.ts", text)).toEqual([
      { name: "f", line: 2, lines: 4 },
      { name: "g", line: 3, lines: 1 },
    ]);
  });
});

describe.each(DIRS)("%s/", (dir) => {
  const sources = files(dir).map((path) => ({ path, text: readFileSync(path, "utf8") }));

  it("has sources", () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    const long = sources.filter(({ text }) => text.split("\n").length > MAX_FILE_LINES).map(({ path, text }) => `${path}: ${text.split("\n").length} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = sources.flatMap(({ path, text }) =>
      functionLengths(path, text)
        .filter((fn) => fn.lines > MAX_FUNCTION_LINES)
        .map((fn) => `${path}:${fn.line} ${fn.name}: ${fn.lines} lines`),
    );
    expect(long).toEqual([]);
  });
});
