/** The roster's filters, counts and results CSV on a hand-made result. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { RosterBuilder, STATUS, type RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";
import { CENSUS_TEMPLATE, countByFilter, employeesByFilter, FILTERS, HOURS_TEMPLATE, inFilter, resultsCsv, rowsInFilter, TEMPLATE_FILES } from "@/lib/pages/hr-eligibility/view";
import * as rosterWords from "../../lib/words/en/eligibility-roster";

/**
 * Nine rows as of 2025-06-30: eligible; not yet in 30, 61 and 91 days (and one with no date); two
 * part-time employees (one with a regular eligibility date 30 days away); excluded; an error.
 */
function result(): RosterResult {
  const ids = ["a", "b30", "b61", "b91", "nodate", "p", "p30", "x", "-err"];
  return {
    asOf: "2025-06-30",
    fatal: null,
    count: ids.length,
    ids,
    lines: Int32Array.from([2, 3, 4, 5, 6, 7, 8, 9, 11]),
    status: Uint8Array.from([STATUS.eligible, STATUS.notYet, STATUS.notYet, STATUS.notYet, STATUS.notYet, STATUS.partTime, STATUS.partTime, STATUS.excluded, STATUS.error]),
    eligibilityDate: Int32Array.from([20250315, 20250730, 20250830, 20250929, 0, 0, 20250730, 20220101, 0]),
    entryDate: Int32Array.from([20250315, 20250730, 20250830, 20250929, 0, 0, 20250730, 20220101, 0]),
    // 2025-06-30 → 07-30 is 30 days, → 08-30 is 61, → 09-29 is 91.
    daysUntil: Int32Array.from([-1, 30, 61, 91, -1, -1, 30, -1, -1]),
    mayDefer: Uint8Array.from([1, 0, 0, 0, 0, 1, 1, 0, 0]),
    partTimeDate: Int32Array.from([0, 0, 0, 0, 20260101, 20250101, 20240101, 20250101, 0]),
    reasons: ["ok", "soon", "later", "later still", "hours short", "part-time", "part-time, soon eligible", "=HCE", "Census line 11: bad"],
    hoursProblems: [],
    hoursProblemCount: 0,
    censusRows: 9,
    employees: 9,
    rehires: 0,
    hoursRows: 0,
    blankLines: { census: 0, hours: 0 },
    ignoredColumns: { census: [], hours: [] },
  };
}

describe("filters", () => {
  it("count each group; 'within N days' is at most N days after the as-of date and is part of 'not yet'", () => {
    // b30 and p30 are within 30, 60 and 90; b61 (61 > 60) only within 90; b91 (91 > 90) in none.
    expect(countByFilter(result())).toEqual({ all: 9, eligible: 1, partTime: 2, within30: 2, within60: 2, within90: 3, notYet: 4, excluded: 1, error: 1 });
  });

  it("count employees, not rows: a rehire's spells (one id) once, rows without an id each", () => {
    // Rows: p twice (a rehire, part-time), x twice (excluded), "" twice (two rows in error, no id) and a.
    const ids = ["a", "p", "p", "x", "", "x", ""];
    const statuses = [STATUS.eligible, STATUS.partTime, STATUS.partTime, STATUS.excluded, STATUS.error, STATUS.excluded, STATUS.error];
    const r: RosterResult = {
      ...result(),
      count: ids.length,
      ids,
      status: Uint8Array.from(statuses),
      daysUntil: Int32Array.from([-1, 30, 30, -1, -1, -1, -1]),
    };
    expect(countByFilter(r)).toMatchObject({ all: 7, eligible: 1, partTime: 2, within30: 2, excluded: 2, error: 2 });
    // a, p, x and the two id-less rows: 5 employees; p within 30 days once.
    expect(employeesByFilter(r)).toEqual({ all: 5, eligible: 1, partTime: 1, within30: 1, within60: 1, within90: 1, notYet: 0, excluded: 1, error: 2 });
    // With every id distinct, employees and rows agree.
    expect(employeesByFilter(result())).toEqual(countByFilter(result()));
  });

  it("list the rows of each group in census order, agreeing with the counts", () => {
    const r = result();
    const counts = countByFilter(r);
    for (const filter of FILTERS) expect(rowsInFilter(r, filter)).toHaveLength(counts[filter]);
    expect(rowsInFilter(r, "notYet").map((i) => r.ids[i])).toEqual(["b30", "b61", "b91", "nodate"]);
    expect(rowsInFilter(r, "partTime").map((i) => r.ids[i])).toEqual(["p", "p30"]);
    expect(rowsInFilter(r, "within30").map((i) => r.ids[i])).toEqual(["b30", "p30"]);
    expect(inFilter(r, 3, "within90")).toBe(false);
  });
});

describe("the results CSV", () => {
  it("has every row in order; excluded rows carry the dates age and service are met and the part-time date; error rows leave eligible, excluded and mayDefer blank; formula-like cells are neutralised", () => {
    expect(resultsCsv(result()).split("\r\n")).toEqual([
      "employeeId,eligible,eligibilityDate,entryDate,excluded,reason,mayDefer,longTermPartTimeEligibilityDate,status,line",
      "a,true,2025-03-15,2025-03-15,false,ok,true,,eligible,2",
      "b30,false,2025-07-30,2025-07-30,false,soon,false,,not-yet,3",
      "b61,false,2025-08-30,2025-08-30,false,later,false,,not-yet,4",
      "b91,false,2025-09-29,2025-09-29,false,later still,false,,not-yet,5",
      "nodate,false,,,false,hours short,false,2026-01-01,not-yet,6",
      "p,false,,,false,part-time,true,2025-01-01,part-time,7",
      'p30,false,2025-07-30,2025-07-30,false,"part-time, soon eligible",true,2024-01-01,part-time,8',
      "x,false,2022-01-01,2022-01-01,true,'=HCE,false,2025-01-01,excluded,9",
      "'-err,,,,,Error: Census line 11: bad,,,error,11",
      "",
    ]);
  });

  it("holds only the rows asked for, in census order, when given a filter's rows", () => {
    const r = result();
    expect(resultsCsv(r, rowsInFilter(r, "within30")).split("\r\n").slice(1, -1).map((line) => line.split(",")[0])).toEqual(["b30", "p30"]);
  });

  it("the template files in public/ are the templates, byte for byte (rewrite them with npx tsx scripts/templates.ts)", () => {
    expect(readFileSync(`public${TEMPLATE_FILES.census}`, "utf8")).toBe(CENSUS_TEMPLATE);
    expect(readFileSync(`public${TEMPLATE_FILES.hours}`, "utf8")).toBe(HOURS_TEMPLATE);
  });

  it("templates carry the required columns", () => {
    expect(CENSUS_TEMPLATE.split("\r\n")[0]).toBe("employeeId,employer,birthDate,employmentStartDate,highlyCompensated,priorYearCompensation,fivePercentOwner,terminationDate");
    expect(HOURS_TEMPLATE.split("\r\n")[0]).toBe("employeeId,date,hours");
  });

  it("templates read by the roster have no row in error; E-1003 is a rehire, one row per spell", async () => {
    const builder = new RosterBuilder(SOS_PLAN, "2003-06-30", rosterWords);
    await streamRecords(new Blob([CENSUS_TEMPLATE]), builder.census);
    await streamRecords(new Blob([HOURS_TEMPLATE]), builder.hours, () => {}, builder.hoursLine);
    builder.endHours();
    const read = builder.finish();
    expect([...read.status].filter((status) => status === STATUS.error)).toEqual([]);
    expect({ rows: read.count, employees: read.employees, rehires: read.rehires }).toEqual({ rows: 4, employees: 3, rehires: 1 });
  });
});
