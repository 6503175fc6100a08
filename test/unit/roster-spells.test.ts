/**
 * A rehire in a census: one row per employment spell, one employee whose service counts from the
 * earliest start (plan-rules §2.1: all hours count). Every date worked out by hand.
 */
import * as rosterWords from "../../lib/words/en/eligibility-roster";
import { describe, expect, it } from "vitest";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { RosterBuilder, STATUS, type RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import { gapsBetween, orderSpells, spellConflicts } from "@/lib/pages/hr-eligibility/spells";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";
import { dateText, resultsCsv } from "@/lib/pages/hr-eligibility/view";


const HEADER = "employeeId,employer,birthDate,employmentStartDate,highlyCompensated,priorYearCompensation,fivePercentOwner,terminationDate";

async function evaluate(census: string, hours: string, asOf: string): Promise<RosterResult> {
  const builder = new RosterBuilder(SOS_PLAN, asOf, rosterWords);
  await streamRecords(new Blob([census]), builder.census);
  await streamRecords(new Blob([hours]), builder.hours, () => {}, builder.hoursLine);
  builder.endHours();
  return builder.finish();
}

/** Every row of one id: its line, status, dates and reason. */
function rowsOf(result: RosterResult, id: string) {
  const rows = [];
  for (let i = 0; i < result.count; i += 1) {
    if (result.ids[i] !== id) continue;
    rows.push({ line: result.lines[i], status: result.status[i], eligibilityDate: dateText(result.eligibilityDate[i]!), daysUntil: result.daysUntil[i], reason: result.reasons[i]! });
  }
  return rows;
}

describe("a census with rehires, as of 2003-06-30", async () => {
  const census = [
    HEADER,
    "R,SOS,1970-01-01,2002-07-01,false,,,2002-09-30", // 2: R's first spell
    "R,SOS,1970-01-01,2003-01-06,false,,,", // 3: R rehired
    "S,SOS,1970-01-01,2003-01-06,false,,,", // 4: S's later spell, listed first
    "A,SOS,1970-01-01,2002-01-01,false,,,", // 5
    "S,SOS,1970-01-01,2002-07-01,false,,,09/30/2002", // 6: S's first spell (US date)
    "T,SOS,1970-01-01,2002-01-01,false,,,2002-05-31", // 7
    "T,Inteliant,1970-01-01,2003-01-01,false,,,", // 8: another employer
    "U,SOS,1970-01-01,2002-01-01,true,,,2002-05-31", // 9
    "U,SOS,1970-01-01,2003-01-01,false,,,", // 10: HCE columns differ
    "V,SOS,1970-01-01,2002-01-01,,,,2002-05-31", // 11: no HCE columns given
    "V,SOS,1970-01-01,2003-01-01,,150000.00,,", // 12: pay given on this spell only
    "W,SOS,1970-01-01,2002-01-01,false,,,2002-12-31", // 13
    "W,SOS,1970-01-01,2002-06-01,false,,,", // 14: begins before line 13's last day
    "X,SOS,1970-01-01,2002-05-01,false,,,2002-04-30", // 15: a spell ending before it begins
    "Y,SOS,1970-01-01,2002-01-01,false,,,2003-03-31", // 16: one spell, ended
  ].join("\n");
  const hours = [
    "employeeId,date,hours",
    "R,2002-08-31,600",
    "R,2002-10-15,40", // in R's gap (2002-10-01 to 2003-01-05)
    "R,2003-03-31,300",
    "R,2003-06-15,200",
    "S,2002-08-31,600",
    "S,2002-10-15,40",
    "S,2003-03-31,300",
    "S,2003-06-15,200",
    "V,2002-06-30,1000",
    "Y,2002-06-30,1000",
    "Y,2003-04-15,8", // after Y's last day
  ].join("\n");
  const result = await evaluate(census, hours, "2003-06-30");

  it("R: two spells are one employee from the earliest start, 2002-07-01: 600 + 40 + 300 + 200 = 1,140 hours in 2002-07-01..2003-06-30 → met 2003-07-01, tomorrow", () => {
    const rows = rowsOf(result, "R");
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    for (const r of rows) expect(r).toMatchObject({ status: STATUS.notYet, eligibilityDate: "2003-07-01", daysUntil: 1 });
    expect(rows[0]!.reason).toBe(rows[1]!.reason);
    expect(rows[0]!.reason).toBe(
      "Not yet: eligible on 2003-07-01 (age 21 on 1991-01-01, service met 2003-07-01). " +
        "Rehired: 2 spells (census lines 2, 3): 2002-07-01 to 2002-09-30, from 2003-01-06; the hours of all of them count, from the first start, 2002-07-01. " +
        "40 hours dated in the gap from 2002-10-01 to 2003-01-05 are counted.",
    );
  });

  it("S: the same spells in another order, apart, one termination date written MM/DD/YYYY: the same answer, each row at its own line", () => {
    const rows = rowsOf(result, "S");
    expect(rows.map((r) => r.line)).toEqual([4, 6]);
    for (const r of rows) expect(r).toMatchObject({ status: STATUS.notYet, eligibilityDate: "2003-07-01" });
    expect(rows[0]!.reason).toContain("Rehired: 2 spells (census lines 6, 4): 2002-07-01 to 2002-09-30, from 2003-01-06");
  });

  it("T: spells that disagree on the employer are in error, naming both lines", () => {
    for (const r of rowsOf(result, "T")) {
      expect(r.status).toBe(STATUS.error);
      expect(r.reason).toBe(
        'Census lines 7 and 8, column employer: employee "T" works for SOS on line 7 but for Inteliant on line 8; the rows of one employee (one for each employment spell) must agree.',
      );
    }
  });

  it("U: spells whose highly compensated columns differ are in error, naming both lines and what each says", () => {
    for (const r of rowsOf(result, "U")) {
      expect(r.status).toBe(STATUS.error);
      expect(r.reason).toMatch(/^Census lines 9 and 10: the highly compensated columns of employee "U" differ \(line 9: highlyCompensated true; line 10: highlyCompensated false\)/);
    }
  });

  it("V: a spell that leaves the highly compensated columns blank takes them from the one that gives them: 2002 pay $150,000 > $90,000 → an HCE, excluded on both rows", () => {
    const rows = rowsOf(result, "V");
    expect(rows.map((r) => r.status)).toEqual([STATUS.excluded, STATUS.excluded]);
    // 1,000 hours in the initial period 2002-01-01..2002-12-31 → age and service met 2003-01-01.
    expect(rows.map((r) => r.eligibilityDate)).toEqual(["2003-01-01", "2003-01-01"]);
  });

  it("W: a spell that begins on or before the last day of the one before is in error, naming both lines", () => {
    for (const r of rowsOf(result, "W")) {
      expect(r.status).toBe(STATUS.error);
      expect(r.reason).toBe(
        'Census lines 13 and 14, column employmentStartDate: employee "W": the spell from 2002-01-01 to 2002-12-31 overlaps the one beginning on 2002-06-01: a rehire begins after the last day of the spell before.',
      );
    }
  });

  it("X: a termination date before its own start date is an error on that line", () => {
    expect(rowsOf(result, "X")).toEqual([
      expect.objectContaining({
        status: STATUS.error,
        reason:
          "Census line 15, column terminationDate: is before the employment start date (2002-05-01) on this line; the termination date is the last day of the spell that begins on the start date.",
      }),
    ]);
  });

  it("Y: one spell with a last day: shown; the 8 hours dated after it are counted (1,000 in 2002 → eligible 2003-01-01 either way)", () => {
    expect(rowsOf(result, "Y")).toEqual([
      expect.objectContaining({
        status: STATUS.eligible,
        eligibilityDate: "2003-01-01",
        reason:
          "Eligible: age 21 on 1991-01-01, service met 2003-01-01. Last day 2003-03-31. 8 hours dated after the last day are counted (hours are credited on the dates payroll gives).",
      }),
    ]);
  });

  it("every census row is in the results and the export, in census order, carrying its employee's answer and its own line", () => {
    expect(result.count).toBe(15);
    expect(result.employees).toBe(9);
    expect(result.rehires).toBe(6);
    const lines = resultsCsv(result).trimEnd().split("\r\n").slice(1);
    expect(lines.map((line) => line.split(",")[0])).toEqual(["R", "R", "S", "A", "S", "T", "T", "U", "U", "V", "V", "W", "W", "X", "Y"]);
    expect(lines.map((line) => Number(line.split(",").at(-1)))).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(lines[0]).toMatch(/^R,false,2003-07-01,2003-07-01,false,".*",false,,not-yet,2$/);
    expect(lines[1]).toMatch(/^R,false,2003-07-01,2003-07-01,false,".*",false,,not-yet,3$/);
  });
});

describe("hours dated before the first start of a rehire", () => {
  it("are an error naming the hours line and the first start (the earliest spell's)", async () => {
    const result = await evaluate(
      [HEADER, "R,SOS,1970-01-01,2003-01-06,false,,,", "R,SOS,1970-01-01,2002-07-01,false,,,2002-09-30"].join("\n"),
      ["employeeId,date,hours", "R,2002-08-31,600", "R,2002-06-30,8"].join("\n"),
      "2003-06-30",
    );
    for (const r of rowsOf(result, "R")) {
      expect(r.status).toBe(STATUS.error);
      expect(r.reason).toBe("Hours line 3, column date: 2002-06-30 is before employee R's employment start date (2002-07-01); hours are credited from the first hour of service.");
    }
  });
});

describe("spells", () => {
  it.each([
    ["a gap from the day after the last day to the day before the rehire", [{ start: "2002-07-01", end: "2002-09-30", line: 2 }, { start: "2003-01-06", end: null, line: 3 }], [], [["2002-10-01", "2003-01-05"]]],
    ["no gap when the rehire is the day after the last day", [{ start: "2002-07-01", end: "2002-09-30", line: 2 }, { start: "2002-10-01", end: null, line: 3 }], [], []],
    ["a gap of unknown start when the earlier spell's last day is not given", [{ start: "2002-07-01", end: null, line: 2 }, { start: "2003-01-06", end: null, line: 3 }], [], [[null, "2003-01-05"]]],
    ["two spells beginning on one day conflict", [{ start: "2002-07-01", end: null, line: 2 }, { start: "2002-07-01", end: null, line: 3 }], [[2, 3]], []],
    ["a rehire on the last day of the spell before conflicts", [{ start: "2002-07-01", end: "2002-09-30", line: 2 }, { start: "2002-09-30", end: null, line: 3 }], [[2, 3]], []],
  ] as const)("%s", (_, spells, conflicts, gaps) => {
    const ordered = orderSpells(spells);
    expect(spellConflicts(ordered).map((c) => c.lines)).toEqual(conflicts);
    if (conflicts.length === 0) expect(gapsBetween(ordered).map((g) => [g.from, g.to])).toEqual(gaps);
  });
});
