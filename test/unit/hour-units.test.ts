/** Hour units (lib/hour-units.ts): the fixed-point hours below lib/parse.ts, which imports no rule (issue 15). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromHourUnits, HOUR_UNITS_PER_HOUR, toHourUnits } from "@/lib/hour-units";
import * as rulesHours from "@/lib/rules/hours";

describe("hour units", () => {
  it.each([
    [1, 10_000],
    [7.5, 75_000],
    [999.5, 9_995_000],
    [0.0001, 1],
    [0.00005, 1], // half a unit rounds up to the nearest ten-thousandth
    [8784, 87_840_000],
  ])("%s hours are %s units", (hours, units) => {
    expect(toHourUnits(hours)).toBe(units);
  });

  it("a unit is a ten-thousandth of an hour", () => {
    expect(HOUR_UNITS_PER_HOUR).toBe(10_000);
    expect(fromHourUnits(12_500)).toBe(1.25);
    expect(fromHourUnits(toHourUnits(999.5) + toHourUnits(0.5))).toBe(1000);
  });

  it("lib/rules/hours counts in the same units (the very same functions)", () => {
    expect(rulesHours.toHourUnits).toBe(toHourUnits);
    expect(rulesHours.fromHourUnits).toBe(fromHourUnits);
  });
});

describe("the helpers below the rules import no rule", () => {
  it.each(["lib/parse.ts", "lib/paste.ts", "lib/hour-units.ts"])("%s", (path) => {
    const imports = [...readFileSync(path, "utf8").matchAll(/^import[^;]*?from "([^"]+)"/gm)].map((match) => match[1]);
    expect(imports.length === 0 || imports.every((from) => !/rules|pages|api|words/.test(from!))).toBe(true);
  });
});
