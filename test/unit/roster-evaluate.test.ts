/**
 * A roster's eligibility (plan-rules §2), checked against dates worked out by hand, and against
 * lib/rules/eligibility's evaluateEligibility for random rosters (the two must agree on every row).
 */
import * as rosterWords from "../../lib/words/en/eligibility-roster";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoOf } from "@/lib/dates";
import { Dec } from "@/lib/money";
import { definePlan, type PlanDefinition, type PlanOptions } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility } from "@/lib/rules/eligibility";
import { RosterBuilder, STATUS, type RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";
import { countByFilter, dateText, resultsCsv, rowsInFilter } from "@/lib/pages/hr-eligibility/view";


const CENSUS_HEADER = "employeeId,employer,birthDate,employmentStartDate,highlyCompensated,priorYearCompensation,fivePercentOwner";

/** As the page's worker does it: stream the census, then the hours (plain lines read straight from the text). */
async function evaluate(census: string, hours: string | null, asOf: string, plan: PlanDefinition = SOS_PLAN): Promise<RosterResult> {
  const builder = new RosterBuilder(plan, asOf, rosterWords);
  await streamRecords(new Blob([census]), builder.census);
  if (hours !== null) {
    await streamRecords(new Blob([hours]), builder.hours, () => {}, builder.hoursLine);
    builder.endHours();
  }
  return builder.finish();
}

function row(result: RosterResult, id: string) {
  const i = result.ids.indexOf(id);
  return {
    status: result.status[i],
    eligibilityDate: dateText(result.eligibilityDate[i]!),
    entryDate: dateText(result.entryDate[i]!),
    daysUntil: result.daysUntil[i],
    reason: result.reasons[i]!,
    line: result.lines[i],
  };
}

describe("a small roster as of 2003-06-30, every date worked out by hand", async () => {
  const census = [
    CENSUS_HEADER,
    "A,SOS,1980-02-29,2002-03-15,false,,", // line 2
    "B,Inteliant,1985-06-15,2002-01-01,false,,", // 3
    "C,Inteliant,1970-01-01,2003-05-01,false,,", // 4
    "D,SOS,1970-01-01,2002-07-01,false,,", // 5
    "E,SOS,1970-01-01,2002-03-15,false,,", // 6
    "F,SOS,1970-01-01,2002-03-15,false,,", // 7
    "G,SOS,1970-01-01,2002-01-01,,90000.01,", // 8
    "G2,SOS,1970-01-01,2002-01-01,,90000.00,", // 9
    "H,SOS,1970-01-01,2002-01-01,,,true", // 10
    "I,Inteliant,1970-01-01,2002-01-01,true,,", // 11
    "J,SOS,15.03.1980,2002-01-01,false,,", // 12
    "", // 13: blank, skipped
    "K,SOS,1970-01-01,2002-01-01,false,,", // 14
    "K,SOS,1971-01-01,2002-02-01,false,,", // 15
    "N,SOS,1970-01-01,2003-01-01,false,,", // 16
  ].join("\r\n");
  const hours = [
    "employeeId,date,hours",
    "A,2002-09-30,520", // line 2
    "A,2003-03-14,520",
    "D,2002-12-31,600",
    "D,2003-01-31,500",
    "E,2002-12-31,900",
    "E,2003-06-15,200",
    "F,2003-03-31,600",
    "F,2003-06-30,500",
    "Z,2002-05-01,40", // line 10: not in the census
    "N,2002-12-31,8", // line 11: before N's start
    "G,2002-06-30,1000", // line 12
  ].join("\n");
  const result = await evaluate(census, hours, "2003-06-30");

  it("A (SOS): born 1980-02-29 → 21 on 2001-03-01; 520 + 520 = 1,040 hours in 2002-03-15..2003-03-14 → met the day after, 2003-03-15", () => {
    expect(row(result, "A")).toMatchObject({ status: STATUS.eligible, eligibilityDate: "2003-03-15", entryDate: "2003-03-15", line: 2 });
    expect(row(result, "A").reason).toBe("Eligible: age 21 on 2001-03-01, service met 2003-03-15.");
  });

  it("B (Inteliant): 2002-01-01 + 91 days = 2002-04-02, but 21 only on 2006-06-15: not yet, 1,081 days away (366 + 365 + 365 − 15)", () => {
    expect(row(result, "B")).toMatchObject({ status: STATUS.notYet, eligibilityDate: "2006-06-15", daysUntil: 1081 });
  });

  it("C (Inteliant): 2003-05-01 + 91 days = 2003-07-31 (30 + 30 + 31), 31 days after the as-of date", () => {
    expect(row(result, "C")).toMatchObject({ status: STATUS.notYet, eligibilityDate: "2003-07-31", daysUntil: 31 });
  });

  it("D (SOS): 600 + 500 = 1,100 hours in 2002-07-01..2003-06-30 → met 2003-07-01, tomorrow", () => {
    expect(row(result, "D")).toMatchObject({ status: STATUS.notYet, eligibilityDate: "2003-07-01", entryDate: "2003-07-01", daysUntil: 1 });
  });

  it("E (SOS): 900 in the initial period, 200 in plan year 2003: not met; the reason names the closest period and the current one (1,000 − 200 = 800 to go)", () => {
    expect(row(result, "E")).toMatchObject({ status: STATUS.notYet, eligibilityDate: "", daysUntil: -1 });
    expect(row(result, "E").reason).toBe(
      "Not yet: the most hours in one period were 900 of 1,000, in the initial period 2002-03-15 to 2003-03-14; the current period, plan year 2003, has 200: 800 to go by 2003-12-31; age 21 on 1991-01-01.",
    );
  });

  it("F (SOS): 0 hours in 2002-03-15..2003-03-14; 600 + 500 = 1,100 in plan year 2003 → met 2004-01-01, 185 days on (1 + 31 + 31 + 30 + 31 + 30 + 31)", () => {
    expect(row(result, "F")).toMatchObject({ status: STATUS.notYet, eligibilityDate: "2004-01-01", daysUntil: 185 });
  });

  it("G: 2002 pay $90,000.01 is above the 2002 threshold of $90,000 → an HCE of SOS, excluded; G2 at exactly $90,000.00 is not", () => {
    expect(row(result, "G").status).toBe(STATUS.excluded);
    // Excluded, but the dates are the API's: 1,000 hours in 2002-01-01..2002-12-31 → service met 2003-01-01; 21 in 1991.
    expect(row(result, "G")).toMatchObject({ eligibilityDate: "2003-01-01", entryDate: "2003-01-01", daysUntil: -1 });
    expect(row(result, "G").reason).toMatch(/Age and service alone would be met on 2003-01-01\.$/);
    expect(row(result, "G").reason).toMatch(/^Excluded: highly compensated employee \(2002 pay of \$90,000\.01 above the \$90,000\.00 threshold\)/);
    expect(row(result, "G2")).toMatchObject({ status: STATUS.notYet, eligibilityDate: "" });
  });

  it("H: a 5% owner is an HCE → excluded; I: an Inteliant HCE may join (eligible 2002-04-02)", () => {
    expect(row(result, "H").status).toBe(STATUS.excluded);
    expect(row(result, "I")).toMatchObject({ status: STATUS.eligible, eligibilityDate: "2002-04-02" });
    expect(row(result, "I").reason).toMatch(/Inteliant highly compensated employees may participate/);
  });

  it("J: a date in neither form is an error naming line 12 and the column", () => {
    expect(row(result, "J")).toMatchObject({ status: STATUS.error, line: 12 });
    expect(row(result, "J").reason).toBe(
      'Census line 12, column birthDate: must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15 (found "15.03.1980").',
    );
  });

  it("K: two rows of one id (two spells) that disagree on the birth date put both rows in error, each naming lines 14 and 15", () => {
    const lines = result.ids.map((id, i) => (id === "K" ? result.lines[i] : null)).filter((line) => line !== null);
    expect(lines).toEqual([14, 15]);
    for (let i = 0; i < result.count; i += 1) {
      if (result.ids[i] === "K") {
        expect(result.status[i]).toBe(STATUS.error);
        expect(result.reasons[i]).toBe(
          'Census lines 14 and 15, column birthDate: employee "K" is born on 1970-01-01 on line 14 but on 1971-01-01 on line 15; the rows of one employee (one for each employment spell) must agree.',
        );
      }
    }
  });

  it("N: hours dated before the start date put the employee in error, naming the hours line", () => {
    expect(row(result, "N").status).toBe(STATUS.error);
    expect(row(result, "N").reason).toBe(
      "Hours line 11, column date: 2002-12-31 is before employee N's employment start date (2003-01-01); hours are credited from the first hour of service.",
    );
  });

  it("every census row is in the results, in census order; the blank line is counted, not an employee", () => {
    expect(result.count).toBe(14);
    expect(result.ids).toEqual(["A", "B", "C", "D", "E", "F", "G", "G2", "H", "I", "J", "K", "K", "N"]);
    expect([...result.lines]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16]);
    expect(result.blankLines.census).toBe(1);
  });

  it("counts each group: 2 eligible; 6 not yet (D within 30 days; C and D within 60 and 90); 2 excluded; 4 rows in error", () => {
    expect(countByFilter(result)).toEqual({ all: 14, eligible: 2, partTime: 0, within30: 1, within60: 2, within90: 2, notYet: 6, excluded: 2, error: 4 });
    expect(rowsInFilter(result, "within60").map((i) => result.ids[i])).toEqual(["C", "D"]);
  });

  it("lists hours rows for ids not in the census among the hours problems", () => {
    expect(result.hoursProblems).toContainEqual({ file: "hours", line: 10, column: "employeeId", message: '"Z" is not in the census CSV' });
    expect(result.hoursProblemCount).toBe(2);
    expect(result.hoursRows).toBe(11);
  });

  it("exports every census row in census order: the six first columns, then mayDefer, the part-time date, the status and the census line", () => {
    const lines = resultsCsv(result).trimEnd().split("\r\n");
    expect(lines[0]).toBe("employeeId,eligible,eligibilityDate,entryDate,excluded,reason,mayDefer,longTermPartTimeEligibilityDate,status,line");
    expect(lines).toHaveLength(15);
    expect(lines[1]).toBe('A,true,2003-03-15,2003-03-15,false,"Eligible: age 21 on 2001-03-01, service met 2003-03-15.",true,,eligible,2');
    expect(lines[4]).toMatch(/^D,false,2003-07-01,2003-07-01,false,".*",false,,not-yet,5$/);
    expect(lines[7]).toMatch(/^G,false,2003-01-01,2003-01-01,true,"Excluded: .*",false,,excluded,8$/);
    expect(lines[9]).toMatch(/^H,false,,,true,"?Excluded: .*,false,,excluded,10$/);
    expect(lines[11]).toMatch(/^J,,,,,"Error: Census line 12, column birthDate: must be a date written MM\/DD\/YYYY or YYYY-MM-DD.*",,,error,12$/);
  });
});

describe("files that cannot be read at all", () => {
  it("a census without a required column: nothing is evaluated, the problem names line 1 and the column", async () => {
    const result = await evaluate("employeeId,employer,birthDate\nA,SOS,1980-01-01\n", null, "2003-06-30");
    expect(result.fatal).toMatchObject({ file: "census", line: 1 });
    expect(result.fatal!.message).toMatch(/has no column employmentStartDate, highlyCompensated/);
    expect(result.count).toBe(0);
  });

  it("an empty census, and a census with only a header", async () => {
    expect((await evaluate("", null, "2003-06-30")).fatal!.message).toMatch(/is empty/);
    expect((await evaluate(`${CENSUS_HEADER}\n\n`, null, "2003-06-30")).fatal!.message).toBe("has a header but no employee rows");
  });

  it("an hours file without the hours column", async () => {
    const result = await evaluate(`${CENSUS_HEADER}\nA,SOS,1980-01-01,2002-01-01,false\n`, "employeeId,date\nA,2002-01-31\n", "2003-06-30");
    expect(result.fatal).toMatchObject({ file: "hours", line: 1 });
  });

  it("as of 2001-06-30, a blank highlyCompensated is worked out against 2000's $85,000 (plan-rules §2.3)", async () => {
    // No hours: none is eligible yet. A: no pay, not an HCE; B: exactly $85,000.00, not above; C: a cent above, excluded.
    const census = `${CENSUS_HEADER}\nA,SOS,1970-01-01,2000-01-01,,,\nB,SOS,1970-01-01,2000-01-01,,85000.00,\nC,SOS,1970-01-01,2000-01-01,,85000.01,\n`;
    const result = await evaluate(census, null, "2001-06-30");
    expect([row(result, "A").status, row(result, "B").status, row(result, "C").status]).toEqual([STATUS.notYet, STATUS.notYet, STATUS.excluded]);
    expect(row(result, "C").reason).toMatch(/^Excluded: highly compensated employee \(2000 pay of \$85,000\.01 above the \$85,000\.00 threshold\)/);
  });

  it("as of 1998-06-30 (look-back 1997, $80,000): exactly at it is not an HCE, a cent above is", async () => {
    const census = `${CENSUS_HEADER}\nA,SOS,1970-01-01,1997-01-01,,80000.00,\nB,SOS,1970-01-01,1997-01-01,,80000.01,\n`;
    const result = await evaluate(census, null, "1998-06-30");
    expect([row(result, "A").status, row(result, "B").status]).toEqual([STATUS.notYet, STATUS.excluded]);
  });

  it("as of 1997-06-30 (look-back 1996, no threshold): a blank pay decides nothing; a stated pay is an error naming priorYearCompensation", async () => {
    // A: blank pay → not an HCE. B: pay stated with the status blank → error. C: stated not HCE, pay ignored.
    // D: a 5% owner → an HCE of SOS, excluded.
    const census = `${CENSUS_HEADER}\nA,SOS,1970-01-01,1997-01-01,,,\nB,SOS,1970-01-01,1997-01-01,,50000.00,\nC,SOS,1970-01-01,1997-01-01,false,50000.00,\nD,SOS,1970-01-01,1997-01-01,,,true\n`;
    const result = await evaluate(census, null, "1997-06-30");
    expect(["A", "B", "C", "D"].map((id) => row(result, id).status)).toEqual([STATUS.notYet, STATUS.error, STATUS.notYet, STATUS.excluded]);
    expect(row(result, "B").reason).toMatch(/^Census line 3, column priorYearCompensation: .*1996.*state highlyCompensated instead\.$/);
  });
});

describe("agrees with evaluateEligibility on random rosters", () => {
  const day = (from: string, max: number) => fc.integer({ min: 0, max }).map((n) => addDays(from, n));
  const employee = fc
    .record({
      employer: fc.constantFrom("SOS", "Inteliant"),
      birthDate: day("1940-01-01", 20000),
      startAfterBirth: fc.integer({ min: 0, max: 20000 }),
      hce: fc.constantFrom("true", "false", ""),
      pay: fc.constantFrom("", "85000.00", "90000.00", "90000.01", "150000"),
      owner: fc.constantFrom("", "true", "false"),
      hours: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 1600 }), hours: fc.integer({ min: 0, max: 4000 }).map((n) => n / 8) }), { maxLength: 14 }),
    })
    .map((e) => ({ ...e, employmentStartDate: addDays(e.birthDate, e.startAfterBirth) }));
  const asOf = fc.record({ year: fc.integer({ min: 2002, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map((d) => isoOf(d.year, d.month, d.day));

  async function check(plan: PlanDefinition) {
    await fc.assert(
      fc.asyncProperty(fc.array(employee, { minLength: 1, maxLength: 20 }), asOf, async (employees, asOfDate) => {
        const census = [CENSUS_HEADER, ...employees.map((e, i) => `E${i},${e.employer},${e.birthDate},${e.employmentStartDate},${e.hce},${e.pay},${e.owner}`)].join("\n");
        const hours = [
          "employeeId,date,hours",
          ...employees.flatMap((e, i) => e.hours.map((h) => `E${i},${addDays(e.employmentStartDate, h.offset)},${h.hours}`)),
        ].join("\n");
        const result = await evaluate(census, hours, asOfDate, plan);
        employees.forEach((e, i) => {
          const expected = evaluateEligibility(
            {
              asOf: asOfDate,
              employer: e.employer,
              birthDate: e.birthDate,
              employmentStartDate: e.employmentStartDate,
              hours: e.hours.map((h) => ({ date: addDays(e.employmentStartDate, h.offset), hours: h.hours })),
              highlyCompensated: e.hce === "" ? undefined : e.hce === "true",
              priorYearCompensation: e.pay === "" ? undefined : new Dec(e.pay),
              fivePercentOwner: e.owner === "" ? undefined : e.owner === "true",
            },
            plan,
          );
          const status = result.status[i];
          expect(status).not.toBe(STATUS.error);
          expect(status === STATUS.excluded).toBe(expected.excluded);
          expect(status === STATUS.eligible).toBe(expected.eligible);
          // The same dates as the rule for every employee, an excluded one included.
          expect(dateText(result.eligibilityDate[i]!) || null).toBe(expected.eligibilityDate);
          expect(dateText(result.entryDate[i]!) || null).toBe(expected.entryDate);
        });
      }),
      { numRuns: 150 },
    );
  }

  it("under the plan's options", async () => {
    await check(SOS_PLAN);
  });

  it.each<Partial<PlanOptions>>([
    { eligibilityPeriods: "anniversaryYear" },
    { serviceCredited: "onThousandthHour" },
    { feb29Anniversary: "feb28", entry: "firstOfNextMonth" },
    { entry: "semiAnnual" },
  ])("under other options: %j", async (options) => {
    await check(definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ...options } }));
  });
});

describe("problems in the hours file", () => {
  const census = [CENSUS_HEADER, "E1,SOS,1970-01-01,2002-01-01,false,,", "E2,SOS,1970-01-01,2002-06-15,false,,"].join("\n");

  async function run(hours: string): Promise<RosterResult> {
    const builder = new RosterBuilder(SOS_PLAN, "2003-06-30", rosterWords);
    await streamRecords(new Blob([census]), builder.census);
    await streamRecords(new Blob([hours]), builder.hours);
    builder.endHours();
    return builder.finish();
  }

  it("names up to three problems of one employee, then counts the rest", async () => {
    const hours = ["employeeId,date,hours", ...[1, 2, 3, 4, 5].map((n) => `E2,2002-0${n}-01,8`)].join("\n");
    const result = await run(hours);
    expect(result.status[1]).toBe(STATUS.error);
    expect(result.reasons[1]).toMatch(/Hours line 2, column date: .* Hours line 4, column date: .* And 2 more problems with this employee's rows\.$/);
  });

  it("an empty hours file is a problem for the whole run", async () => {
    const result = await run("");
    expect(result.fatal).toEqual({ file: "hours", line: 1, column: "", message: "is empty; its first line must be the header employeeId,date,hours" });
  });
});

describe("room made for an hours file of a given size", () => {
  it("changes no answer, whether the size hint is generous or short of the rows", async () => {
    const census = [CENSUS_HEADER, "A,SOS,1970-01-01,2002-01-01,false,,", "B,SOS,1970-01-01,2002-01-01,false,,"].join("\n");
    // 1,000 hours for A in 2002 in 40 rows of 25 → met 2003-01-01; B 999.5 → not met.
    const rows = [...Array.from({ length: 40 }, (_, k) => `A,2002-${String(1 + (k % 12)).padStart(2, "0")}-01,25`), "B,2002-06-30,999.5"];
    const hours = ["employeeId,date,hours", ...rows].join("\n");
    const answers = [];
    for (const hint of [null, 0, 20 * 5, 1_000_000]) {
      const builder = new RosterBuilder(SOS_PLAN, "2003-06-30", rosterWords);
      await streamRecords(new Blob([census]), builder.census);
      if (hint !== null) builder.expectHoursBytes(hint);
      await streamRecords(new Blob([hours]), builder.hours, () => {}, builder.hoursLine);
      builder.endHours();
      const result = builder.finish();
      answers.push([[...result.status], [...result.eligibilityDate], result.reasons]);
    }
    expect(answers[0]![1]).toEqual([20030101, 0]);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });
});
