/**
 * Pages and the API read plan numbers from the plan definition; they never write them (issues 8
 * and 15). A page, or an API description, that says "1,000 hours" in its own text would go on
 * saying it if the plan changed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(tsx|ts)$/.test(name) ? [path] : [];
  });
}

/** The plan's numbers as a page might spell them out. */
const PLAN_NUMBERS: [RegExp, string][] = [
  [/\b1,?000 hours\b/i, "the hours of a year of service"],
  [/\b500 hours\b/i, "the hours of a break in service or a part-time year"],
  [/\b91(st|th)\b|\bninety-first\b/i, "Inteliant's 91st day"],
  [/\b15 ?%|\b15 percent/i, "the deferral cap"],
  [/\b26\.2\b/, "the 2002 match rate"],
  [/\b100% vested\b/i, "the immediately vested sources"],
  [/\bage 21\b|\b21 years old\b/i, "the minimum age"],
  [/\b(3|three) years? (of service )?(50|fifty)%|\b0\/50\/75\/100\b/i, "the vesting schedule"],
];

describe.each([
  ["app", 10],
  ["lib/api", 5],
])("no plan number is written in %s/", (dir, atLeast) => {
  const sources = files(dir).map((path) => ({ path, text: readFileSync(path, "utf8") }));

  it(`finds the sources (${atLeast} or more)`, () => {
    expect(sources.length).toBeGreaterThan(atLeast);
  });

  it.each(PLAN_NUMBERS)("none writes %s (%s)", (pattern) => {
    const hits = sources.flatMap(({ path, text }) =>
      text.split("\n").flatMap((line, index) => (pattern.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
