/** Which projection years a printed statement shows (it must fit one Letter page). */
import { describe, expect, it } from "vitest";
import { printedYears, type ProjectedYear } from "@/lib/pages/participant/years-ahead";

/** Rows from `first`, one a year, with the vested % of each and a step where it rises. */
function rows(first: number, percents: number[]): ProjectedYear[] {
  return percents.map((vestedPercent, index) => ({ planYear: first + index, vestedPercent, vestingStep: index > 0 && vestedPercent > percents[index - 1]! }) as ProjectedYear);
}

describe("printedYears", () => {
  it("25 years from 2003, fully vested in 2005: 2003 to 2005, then every fifth year (2007, 2012, 2017, 2022) and the last (2027)", () => {
    const projection = rows(2003, [50, 75, ...Array<number>(23).fill(100)]);
    expect([...printedYears(projection, 2003)].sort()).toEqual([2003, 2004, 2005, 2007, 2012, 2017, 2022, 2027]);
  });

  it("the chosen year is printed even when it is none of those", () => {
    const projection = rows(2003, [50, 75, ...Array<number>(23).fill(100)]);
    expect(printedYears(projection, 2010).has(2010)).toBe(true);
    expect(printedYears(projection, 2010).has(2011)).toBe(false);
  });

  it("12 years or fewer print in full; 13 do not", () => {
    expect(printedYears(rows(2003, Array<number>(12).fill(100)), 2003).size).toBe(12);
    // 13 rows, vested from the first: row 1 (2003), rows 5 and 10 (2007, 2012), the last (2015).
    expect([...printedYears(rows(2003, Array<number>(13).fill(100)), 2003)].sort()).toEqual([2003, 2007, 2012, 2015]);
  });

  it("never fully vested in the years shown: every year through the last step, then every fifth", () => {
    // 0% to 2005, 50% from 2006 (a step at index 3), never higher: 2003–2006, 2007, 2012, 2017, and the last, 2019.
    const projection = rows(2003, [0, 0, 0, ...Array<number>(14).fill(50)]);
    expect([...printedYears(projection, 2003)].sort()).toEqual([2003, 2004, 2005, 2006, 2007, 2012, 2017, 2019]);
  });
});
