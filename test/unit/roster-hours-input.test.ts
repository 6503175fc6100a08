/** Hours for one employee: pasted spreadsheet rows and a weekly schedule. */
import { describe, expect, it } from "vitest";
import { parsePastedHours, weeklyHours } from "@/lib/pages/hr-eligibility/hours-input";
import * as pageWords from "../../lib/words/en/eligibility-page";

describe("pasted rows", () => {
  it("reads tab-separated (a spreadsheet copy) and comma-separated lines, skipping a header and blank lines", () => {
    const pasted = parsePastedHours("date\thours\r\n2002-03-31\t80\n\n2002-04-30, 86.5\n2002-05-31\t1,040\n", pageWords);
    expect(pasted.entries).toEqual([
      { date: "2002-03-31", hours: 80 },
      { date: "2002-04-30", hours: 86.5 },
      { date: "2002-05-31", hours: 1040 },
    ]);
    expect(pasted.lines).toEqual([2, 4, 5]);
    expect(pasted.problems).toEqual([]);
  });

  it("reads dates written MM/DD/YYYY too, and never reads 1,5 as 15 hours", () => {
    const pasted = parsePastedHours("03/31/2002\t80\n4/30/2002\t1,040\n2002-03-31,1,5\n", pageWords);
    expect(pasted.entries).toEqual([
      { date: "2002-03-31", hours: 80 },
      { date: "2002-04-30", hours: 1040 },
    ]);
    expect(pasted.problems.map((problem) => problem.message)).toEqual(['Line 3: the hours must be a number of hours, such as 80 or 7.5 (found "1,5").']);
  });

  it("names the line and what is wrong", () => {
    const pasted = parsePastedHours("2002-03-31\t80\n31/03/2002\t8\n2002-04-30\tlots\n2002-05-31\n", pageWords);
    expect(pasted.problems.map((problem) => problem.message)).toEqual([
      'Line 2: the date is not a real calendar date: a date written with slashes is read month first (MM/DD/YYYY), and there is no month 31 (found "31/03/2002").',
      'Line 3: the hours must be a number of hours, such as 80 or 7.5 (found "lots").',
      "Line 4 has no hours: write a date, a tab or comma, then the hours (2002-03-31, 80).",
    ]);
    expect(pasted.entries).toEqual([{ date: "2002-03-31", hours: 80 }]);
  });
});

describe("a weekly schedule: entries dated on each week's last day", () => {
  it("30 hours a week from 2002-03-15 through 2002-03-31: 30 on 03-21 and 03-28, then 3 days' share 30 × 3/7 = 12.857… → 12.86 on 03-31", () => {
    expect(weeklyHours({ hoursPerWeek: "30", from: "2002-03-15", through: "2002-03-31" }, pageWords)).toEqual({
      entries: [
        { date: "2002-03-21", hours: 30 },
        { date: "2002-03-28", hours: 30 },
        { date: "2002-03-31", hours: 12.86 },
      ],
      problems: [],
    });
  });

  it("a year from 2002-03-15 through 2003-03-14 is 365 days: 52 full weeks (1,560 hours at 30 a week) and 1 day (30/7 = 4.29)", () => {
    const { entries } = weeklyHours({ hoursPerWeek: "30", from: "2002-03-15", through: "2003-03-14" }, pageWords);
    expect(entries).toHaveLength(53);
    expect(entries[51]).toEqual({ date: "2003-03-13", hours: 30 });
    expect(entries[52]).toEqual({ date: "2003-03-14", hours: 4.29 });
  });

  it.each([
    [{ hoursPerWeek: "", from: "2002-03-15", through: "2002-04-15" }, "hoursPerWeek", "Hours a week is required."],
    [{ hoursPerWeek: "thirty", from: "2002-03-15", through: "2002-04-15" }, "hoursPerWeek", 'Hours a week must be a number of hours, such as 80 or 7.5 (found "thirty").'],
    [{ hoursPerWeek: "200", from: "2002-03-15", through: "2002-04-15" }, "hoursPerWeek", 'Hours a week must be at most 168 (every hour of a week) (found "200").'],
    [{ hoursPerWeek: "30", from: "2002-02-30", through: "2002-04-15" }, "from", "First day is not a real calendar date (for example, 2003-02-29 does not exist)."],
    [{ hoursPerWeek: "30.00005", from: "2002-03-15", through: "2002-04-15" }, "hoursPerWeek", 'Hours a week must have at most 4 decimals (ten-thousandths of an hour) (found "30.00005").'],
    [{ hoursPerWeek: "30", from: "2002-03-15", through: "2002-03-01" }, "through", "Last day is before the first day (2002-03-15)."],
  ])("%j: %s: %s", (schedule, field, message) => {
    expect(weeklyHours(schedule, pageWords).problems).toEqual([{ line: 0, field, message }]);
  });
});
