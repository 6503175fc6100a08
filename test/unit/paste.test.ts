/** One way to split a pasted line (lib/paste.ts), and every page that takes pasted hours reading the same lines. */
import { describe, expect, it } from "vitest";
import { splitPastedLine } from "@/lib/paste";
import { readPasted } from "@/lib/pages/participant/hours-helpers";
import { parsePastedHours } from "@/lib/pages/hr-eligibility/hours-input";
import { hoursFromLines } from "@/lib/pages/hr-forfeitures/leaving-hours";

describe("splitPastedLine", () => {
  it.each([
    ["2003\t1040", ["2003", "1040"], "a spreadsheet's tab"],
    ["2003\t1,040", ["2003", "1,040"], "a tab, and a thousands comma in the hours"],
    ["2003;1040", ["2003", "1040"], "a semicolon (a spreadsheet with decimal commas)"],
    ["2003,1,040", ["2003", "1,040"], "the first comma ends the year; the rest is the hours with its comma"],
    ["2004 1,200", ["2004", "1,200"], "a space, and a thousands comma"],
    ["  2004   1200  ", ["2004", "1200"], "runs of spaces"],
    ["2003-06-30, 80", ["2003-06-30", "80"], "a comma and a space"],
    ["2003-06-30 80 40", ["2003-06-30", "80", "40"], "one value too many stays three cells"],
    ["2003\t\t", ["2003", ""], "empty cells past the second go"],
    ["2003", ["2003"], "no separator"],
  ])("%j → %j (%s)", (line, cells) => {
    expect(splitPastedLine(line)).toEqual(cells);
  });
});

describe("the same lines on every page (issue 15: '2003;1040' and '2004 1,200' were refused on /hr/forfeitures)", () => {
  const text = "2003;1040\n2004 1,200\n";

  it("the participant's paste helper", () => {
    expect(readPasted(text, [2003, 2004])).toEqual({ byYear: { "2003": "1,040", "2004": "1,200" }, problems: [] });
  });

  it("a leaving participant's lines on /hr/forfeitures: each plan year's hours dated December 31", () => {
    const read = hoursFromLines(text, "2001-05-14", "2006-08-18");
    expect(read.problems).toEqual([]);
    expect(read.entries.map(({ date, hours }) => [date, hours])).toEqual([
      ["2003-12-31", 1040],
      ["2004-12-31", 1200],
    ]);
  });

  it("one employee's dated lines on /hr/eligibility", () => {
    const read = parsePastedHours("2002-03-31;80\n2002-04-30 1,200\n");
    expect(read.problems).toEqual([]);
    expect(read.entries).toEqual([
      { date: "2002-03-31", hours: 80 },
      { date: "2002-04-30", hours: 1200 },
    ]);
  });
});
