/** The roster's filters, counts and results CSV on a hand-made result. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STATUS, type RosterResult } from "@/lib/pages/hr-eligibility/evaluate";
import { CENSUS_TEMPLATE, countByFilter, FILTERS, HOURS_TEMPLATE, inFilter, resultsCsv, rowsInFilter, TEMPLATE_FILES } from "@/lib/pages/hr-eligibility/view";

/** Five rows as of 2003-06-30: eligible; not yet in 30, 61 and 91 days (and one with no date); excluded; an error. */
function result(): RosterResult {
  const ids = ["a", "b30", "b61", "b91", "nodate", "x", "-err"];
  return {
    asOf: "2003-06-30",
    fatal: null,
    count: ids.length,
    ids,
    lines: Int32Array.from([2, 3, 4, 5, 6, 7, 8]),
    status: Uint8Array.from([STATUS.eligible, STATUS.notYet, STATUS.notYet, STATUS.notYet, STATUS.notYet, STATUS.excluded, STATUS.error]),
    eligibilityDate: Int32Array.from([20030315, 20030730, 20030830, 20030929, 0, 20020101, 0]),
    entryDate: Int32Array.from([20030315, 20030730, 20030830, 20030929, 0, 20020101, 0]),
    // 2003-06-30 → 07-30 is 30 days, → 08-30 is 61, → 09-29 is 91.
    daysUntil: Int32Array.from([-1, 30, 61, 91, -1, -1, -1]),
    reasons: ["ok", "soon", "later", "later still", "hours short", "=HCE", "Census line 8: bad"],
    hoursProblems: [],
    hoursProblemCount: 0,
    censusRows: 7,
    hoursRows: 0,
    blankLines: { census: 0, hours: 0 },
    ignoredColumns: { census: [], hours: [] },
  };
}

describe("filters", () => {
  it("count each group; 'within N days' is at most N days after the as-of date and is part of 'not yet'", () => {
    // b30 is within 30, 60 and 90; b61 (61 > 60) only within 90; b91 (91 > 90) in none.
    expect(countByFilter(result())).toEqual({ all: 7, eligible: 1, within30: 1, within60: 1, within90: 2, notYet: 4, excluded: 1, error: 1 });
  });

  it("list the rows of each group in census order, agreeing with the counts", () => {
    const r = result();
    const counts = countByFilter(r);
    for (const filter of FILTERS) expect(rowsInFilter(r, filter)).toHaveLength(counts[filter]);
    expect(rowsInFilter(r, "notYet").map((i) => r.ids[i])).toEqual(["b30", "b61", "b91", "nodate"]);
    expect(inFilter(r, 3, "within90")).toBe(false);
  });
});

describe("the results CSV", () => {
  it("has every row in order; excluded rows carry the dates age and service are met; error rows leave eligible and excluded blank; formula-like cells are neutralised", () => {
    expect(resultsCsv(result()).split("\r\n")).toEqual([
      "employeeId,eligible,eligibilityDate,entryDate,excluded,reason",
      "a,true,2003-03-15,2003-03-15,false,ok",
      "b30,false,2003-07-30,2003-07-30,false,soon",
      "b61,false,2003-08-30,2003-08-30,false,later",
      "b91,false,2003-09-29,2003-09-29,false,later still",
      "nodate,false,,,false,hours short",
      "x,false,2002-01-01,2002-01-01,true,'=HCE",
      "'-err,,,,,Error: Census line 8: bad",
      "",
    ]);
  });

  it("the template files in public/ are the templates, byte for byte (rewrite them with npx tsx scripts/templates.ts)", () => {
    expect(readFileSync(`public${TEMPLATE_FILES.census}`, "utf8")).toBe(CENSUS_TEMPLATE);
    expect(readFileSync(`public${TEMPLATE_FILES.hours}`, "utf8")).toBe(HOURS_TEMPLATE);
  });

  it("templates carry the required columns", () => {
    expect(CENSUS_TEMPLATE.split("\r\n")[0]).toBe("employeeId,employer,birthDate,employmentStartDate,highlyCompensated,priorYearCompensation,fivePercentOwner");
    expect(HOURS_TEMPLATE.split("\r\n")[0]).toBe("employeeId,date,hours");
  });
});
