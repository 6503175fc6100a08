/** One way to split a pasted line (lib/paste.ts), and every page that takes pasted hours reading the same lines. */
import { describe, expect, it } from "vitest";
import { isHeaderLine, pastedRows, pastedSeparator, splitPastedLine, splitQuotedLine } from "@/lib/paste";
import { parseDeferrals } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import { readPasted } from "@/lib/pages/participant/hours-helpers";
import { parsePastedHours } from "@/lib/pages/hr-eligibility/hours-input";
import { hoursFromLines } from "@/lib/pages/hr-forfeitures/leaving-hours";
import * as pageWords from "../../lib/words/en/eligibility-page";
import { EN_WORDS } from "./forfeitures-words";
import { HOURS_MODE_WORDS as W } from "@/lib/words/en/participant-hours-words";

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
    expect(readPasted(text, [2003, 2004], W)).toEqual({ byYear: { "2003": "1,040", "2004": "1,200" }, problems: [] });
  });

  it("a leaving participant's lines on /hr/forfeitures: each plan year's hours dated December 31", () => {
    const read = hoursFromLines(text, "2001-05-14", "2006-08-18", EN_WORDS);
    expect(read.problems).toEqual([]);
    expect(read.entries.map(({ date, hours }) => [date, hours])).toEqual([
      ["2003-12-31", 1040],
      ["2004-12-31", 1200],
    ]);
  });

  it("one employee's dated lines on /hr/eligibility", () => {
    const read = parsePastedHours("2002-03-31;80\n2002-04-30 1,200\n", pageWords);
    expect(read.problems).toEqual([]);
    expect(read.entries).toEqual([
      { date: "2002-03-31", hours: 80 },
      { date: "2002-04-30", hours: 1200 },
    ]);
  });
});

describe("the lines of a pasted text (pastedRows)", () => {
  it("drops a byte-order mark, ends lines at \\r\\n, \\n or \\r, skips blank lines and keeps the line numbers", () => {
    expect(pastedRows("\uFEFF2003\t80\r\n\r\n  \r2004\t90\n2005\t10", "hours")).toEqual({
      header: null,
      rows: [
        { line: 1, text: "2003\t80" },
        { line: 4, text: "2004\t90" },
        { line: 5, text: "2005\t10" },
      ],
    });
  });

  it("takes the first non-blank line for a header when it holds no digit and names the column of figures", () => {
    expect(pastedRows("\n  \nYear\tHours\n2003\t80", "hours")).toEqual({ header: 3, rows: [{ line: 4, text: "2003\t80" }] });
    expect(pastedRows("id,deferrals\nA-1,5", "deferrals").header).toBe(1);
    expect(pastedRows("\uFEFFAño\tHoras\r\n2003\t80", "hours")).toEqual({ header: 1, rows: [{ line: 2, text: "2003\t80" }] });
    expect(pastedRows("Participante;Aportaciones ($)\nA-1;5", "deferrals")).toEqual({ header: 1, rows: [{ line: 2, text: "A-1;5" }] });
  });

  it("takes no later line for a header", () => {
    expect(pastedRows("2003\t80\ndate,hours", "hours")).toEqual({
      header: null,
      rows: [
        { line: 1, text: "2003\t80" },
        { line: 2, text: "date,hours" },
      ],
    });
  });

  it.each([
    ["date,hours", "hours", true, "a header"],
    ["Plan year\tHours worked", "hours", true, "words, naming the hours"],
    ["Date;Hrs", "hours", true, "the hours abbreviated"],
    ["Participant ID\tDeferrals ($)", "deferrals", true, "naming the deferrals"],
    ["2oo3 1040", "hours", false, "a mistyped year: it holds digits"],
    ["Hours in 2003", "hours", false, "a digit"],
    ["Year Total", "hours", false, "no column of hours named: reported as a line, not dropped"],
    ["Smith,n/a", "deferrals", false, "a participant with a mistyped amount, not dropped"],
    ["id,hours", "deferrals", false, "the deferrals box's header names the deferrals"],
    ["fecha,horas", "hours", true, "a Spanish header"],
    ["Año\tHoras trabajadas", "hours", true, "Spanish words, naming the hours"],
    ["Año del plan;HORAS", "hours", true, "in capitals"],
    ["Participante\tAportaciones ($)", "deferrals", true, "naming the deferrals in Spanish"],
    ["Id;Aportación", "deferrals", true, "one deferral, with its accent"],
    ["id,aportacion", "deferrals", true, "without the accent"],
    ["Año Total", "hours", false, "no column of hours named, in Spanish either"],
    ["Horas en 2003", "hours", false, "a digit, in Spanish"],
    ["id,horas", "deferrals", false, "the deferrals box's header names the deferrals, in Spanish too"],
  ] as const)("%j in a box of %s is a header: %s (%s)", (line, figures, header, _why) => {
    expect(isHeaderLine(line, figures)).toBe(header);
  });
});

describe("what separates cells (pastedSeparator), for every box", () => {
  it.each([
    ["2003\t1,040", "\t"],
    ["A;B\t5", "\t"],
    ["2003;1040", ";"],
    ["A-17;5200.00", ";"],
    ['"Smith; J.",100', ","],
    ['"Smith; J.";100', ";"],
    ["2004 1,200", ","],
    ["A-17,5200.00", ","],
  ])("%j: %j", (line, separator) => {
    expect(pastedSeparator(line)).toBe(separator);
  });

  it("an id line is split on the separator outside quotes (splitQuotedLine)", () => {
    expect(splitQuotedLine('"Smith; J.";"1.200,50"')).toEqual(["Smith; J.", "1.200,50"]);
    expect(splitQuotedLine('"Smith, J.",100')).toEqual(["Smith, J.", "100"]);
    expect(splitQuotedLine("A 17\t5 200")).toEqual(["A 17", "5 200"]);
    expect(splitQuotedLine('"A;5')).toBeNull();
  });
});

describe("2003;1040 and 2004 1,200: the same year and hours on /participant and on /hr/forfeitures", () => {
  it.each([
    ["2003;1040", 2003, 1040, "2003-12-31"],
    ["2004 1,200", 2004, 1200, "2004-12-31"],
  ] as const)("%j is plan year %d, %d hours", (line, year, hours, dated) => {
    expect(readPasted(line, [2003, 2004], W)).toEqual({ byYear: { [String(year)]: hours === 1200 ? "1,200" : "1,040" }, problems: [] });
    const leaving = hoursFromLines(line, "2001-05-14", "2006-08-18", EN_WORDS);
    expect(leaving.problems).toEqual([]);
    expect(leaving.entries).toEqual([{ date: dated, hours, source: "line:1" }]);
  });

  it("a year is read alike on both: trimmed, four digits; '03' and '2003.5' are not years", () => {
    expect(readPasted(" 2003 ;80", [2003], W).byYear).toEqual({ "2003": "80" });
    expect(hoursFromLines(" 2003 ;80", "2001-05-14", "2006-08-18", EN_WORDS).entries).toEqual([{ date: "2003-12-31", hours: 80, source: "line:1" }]);
    expect(readPasted("03;80\n2003.5;80", [2003], W).problems).toEqual(['Line 1: "03;80" does not start with a year or a date.', 'Line 2: "2003.5;80" does not start with a year or a date.']);
    expect(hoursFromLines("03;80\n2003.5;80", "2001-05-14", "2006-08-18", EN_WORDS).problems.map((problem) => problem.message)).toEqual([
      'Line 1: the date must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15 (it reads "03").',
      'Line 2: the date must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15 (it reads "2003.5").',
    ]);
  });

  it("four digits outside the years a date may have: not a plan year on /participant, out of range on /hr/forfeitures", () => {
    expect(readPasted("2300\t80\n0003\t80", [2003, 2004], W).problems).toEqual(["Line 1: 2300 is not one of the plan years 2003 to 2004.", "Line 2: 0003 is not one of the plan years 2003 to 2004."]);
    expect(hoursFromLines("2300\t80", null, null, EN_WORDS).problems).toEqual([
      { source: "line:1", entry: 0, part: "date", acrossFields: false, message: 'Line 1: the date must be a year from 1800 to 2200 (it reads "2300").' },
    ]);
  });
});

describe("one header rule on every page", () => {
  const text = "Year\tHours\n2003\t80\n";

  it("a header naming the hours is skipped by every hours box", () => {
    expect(readPasted(text, [2003], W)).toEqual({ byYear: { "2003": "80" }, problems: [] });
    expect(hoursFromLines(text, "2001-05-14", "2006-08-18", EN_WORDS).entries).toEqual([{ date: "2003-12-31", hours: 80, source: "line:2" }]);
    expect(parsePastedHours("date\thours\n2003-06-30\t80", pageWords).entries).toEqual([{ date: "2003-06-30", hours: 80 }]);
  });

  it("a first line with digits is data on every page, so a mistake in it is reported", () => {
    expect(readPasted("2oo3 1040", [2003], W).problems).toEqual(['Line 1: "2oo3 1040" does not start with a year or a date.']);
    expect(parsePastedHours("date 2002\t80", pageWords).problems[0]?.message).toBe('Line 1: the date must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15 (found "date 2002").');
    expect(parseDeferrals("A-1,abc", EN_WORDS).headerLine).toBeNull();
  });

  it("a first line naming no column of figures is reported, not dropped", () => {
    expect(readPasted("Year Total\n2003 80", [2003], W).problems).toEqual(['Line 1: "Year Total" does not start with a year or a date.']);
    expect(parseDeferrals("Smith,n/a\nB,5", EN_WORDS).issues).toEqual([{ line: 1, field: "deferrals", message: 'Line 1: deferrals must be an amount in dollars, such as "1234.50" (it reads "n/a").' }]);
  });

  it("after a blank first line, the first line with text is the header", () => {
    expect(readPasted("\nYear\tHours\n2003\t80", [2003], W)).toEqual({ byYear: { "2003": "80" }, problems: [] });
    expect(parsePastedHours("\ndate,hours\n2003-06-30,80", pageWords).problems).toEqual([]);
  });
});

describe("deferrals read as every page reads pasted lines", () => {
  it("a semicolon separates an id from its amount, as it separates a year from its hours", () => {
    const parsed = parseDeferrals("id;deferrals\nA-17;5200.00\n\"Smith; J.\";1,028.50", EN_WORDS);
    expect(parsed.headerLine).toBe(1);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((row) => [row.line, row.id, row.deferrals.toFixed(2)])).toEqual([
      [2, "A-17", "5200.00"],
      [3, "Smith; J.", "1028.50"],
    ]);
  });

  it("three values on a semicolon line get no hint about thousands commas", () => {
    expect(parseDeferrals("A-1;5;6", EN_WORDS).issues[0]?.message).toBe("Line 1 has 3 values; each line needs exactly two, the id and the deferrals.");
  });
});

describe("a line with a third value is refused on every hours page", () => {
  const text = "2003-06-30 80 40\n";

  it("the participant's paste helper (it used to read the first two)", () => {
    expect(readPasted(text, [2003], W)).toEqual({ byYear: {}, problems: ["Line 1 has more than a date and hours; write one date (or plan year) and one number of hours a line."] });
    expect(readPasted("2003\t80\t40", [2003], W).problems).toEqual(["Line 1 has more than a date and hours; write one date (or plan year) and one number of hours a line."]);
  });

  it("a leaving participant's lines and one employee's lines", () => {
    expect(hoursFromLines(text, "2001-05-14", "2006-08-18", EN_WORDS).problems.map((problem) => problem.message)).toEqual(["Line 1 has more than a date and hours; write one date (or plan year) and one number of hours a line."]);
    expect(parsePastedHours(text, pageWords).problems.map((problem) => problem.message)).toEqual(["Line 1 has more than a date and hours; write one date and one number of hours per line."]);
  });

  it("an empty hours cell is no hours on /participant, as on the HR pages", () => {
    expect(readPasted("2003\t\t40", [2003], W).problems).toEqual(["Line 1: the hours must be a number of hours, such as 80 or 7.5."]);
    expect(hoursFromLines("2003\t\t40", "2001-05-14", "2006-08-18", EN_WORDS).problems[0]?.message).toBe("Line 1 has no hours: write a date or a plan year, a tab or a comma, then the hours (2003-06-30, 80 or 2003, 1040).");
  });
});
