/**
 * The long-term part-time finding on a roster (plan-rules §2.4), its export columns and filter, and
 * the "closest period" of a reason. Every date worked out by hand.
 *
 * §2.4 for an SOS employee: the computation periods of §2.1 that begin on or after 2021-01-01; a
 * period qualifies with 500 hours or more; a run of 3 in a row is enough for dates in 2024, a run of
 * 2 from 2025-01-01; met on the earliest max(P's last day + 1, 2024-01-01) over periods P ending a
 * run of 3, and max(P's last day + 1, 2025-01-01) over periods ending a run of 2.
 */
import * as rosterWords from "../../lib/words/en/eligibility-roster";
import { describe, expect, it } from "vitest";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { RosterBuilder, STATUS, type RosterResult } from "@/lib/pages/hr-eligibility/roster-builder";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";
import { countByFilter, dateText, resultsCsv, resultsFileName, rowsInFilter } from "@/lib/pages/hr-eligibility/view";


const HEADER = "employeeId,employer,birthDate,employmentStartDate,highlyCompensated";

async function evaluate(census: string, hours: string, asOf: string): Promise<RosterResult> {
  const builder = new RosterBuilder(SOS_PLAN, asOf, rosterWords);
  await streamRecords(new Blob([census]), builder.census);
  await streamRecords(new Blob([hours]), builder.hours, () => {}, builder.hoursLine);
  builder.endHours();
  return builder.finish();
}

/** 600 hours on June 30 of each year. */
const yearly = (id: string, years: number[], date = (year: number) => `${year}-06-30`) => years.map((year) => `${id},${date(year)},600`);

describe("600 hours a year, as of 2025-06-30", async () => {
  const census = [
    HEADER,
    "P,SOS,1980-01-01,2021-01-01,false", // 2: since 2021
    "Q,SOS,1980-01-01,2022-01-01,false", // 3: since 2022
    "H,SOS,1980-01-01,2021-01-01,true", // 4: an HCE of SOS, the same hours as P
    "I,Inteliant,1980-01-01,2021-01-01,false", // 5: Inteliant
    "F,SOS,1980-01-01,2024-01-01,false", // 6: since 2024, the 2025 hours dated ahead
    "Y,SOS,2005-01-01,2021-01-01,false", // 7: 21 only on 2026-01-01
  ].join("\n");
  const hours = [
    "employeeId,date,hours",
    ...yearly("P", [2021, 2022, 2023, 2024, 2025]),
    ...yearly("Q", [2022, 2023, 2024, 2025]),
    ...yearly("H", [2021, 2022, 2023, 2024, 2025]),
    ...yearly("I", [2021, 2022, 2023, 2024, 2025]),
    ...yearly("F", [2024, 2025], (year) => `${year}-12-31`),
    ...yearly("Y", [2021, 2022, 2023, 2024, 2025]),
  ].join("\n");
  const result = await evaluate(census, hours, "2025-06-30");
  const row = (id: string) => {
    const i = result.ids.indexOf(id);
    return { status: result.status[i], mayDefer: result.mayDefer[i], partTimeDate: dateText(result.partTimeDate[i]!), eligibilityDate: dateText(result.eligibilityDate[i]!), reason: result.reasons[i]! };
  };

  it("P, since 2021-01-01: periods 2021 (the initial one), 2022, 2023, … each 600 ≥ 500; 2023 ends a run of 3 → max(2024-01-01, 2024-01-01) = 2024-01-01 (2022's run of 2 gives only max(2023-01-01, 2025-01-01) = 2025-01-01)", () => {
    expect(row("P")).toMatchObject({ status: STATUS.partTime, mayDefer: 1, partTimeDate: "2024-01-01", eligibilityDate: "" });
    expect(row("P").reason).toBe(
      "Part-time: may make their own deferrals since 2024-01-01 as a long-term part-time employee (3 periods in a row with 500 hours or more, the last plan year 2023; IRC 401(k)(2)(D), 401(k)(15)), no employer match. " +
        "Not yet eligible to join: the current period, plan year 2025, has 600 of 1,000 hours, the most of any period: 400 to go by 2025-12-31; age 21 on 2001-01-01.",
    );
  });

  it("Q, since 2022-01-01: 2022, 2023, 2024 qualify; 2023 ends a run of 2 → max(2024-01-01, 2025-01-01) = 2025-01-01; 2024 ends a run of 3 → max(2025-01-01, 2024-01-01) = 2025-01-01", () => {
    expect(row("Q")).toMatchObject({ status: STATUS.partTime, mayDefer: 1, partTimeDate: "2025-01-01" });
  });

  it("H, an HCE of SOS with P's hours: excluded, may not defer, but the export still carries the part-time date, 2024-01-01, as the API does", () => {
    expect(row("H")).toMatchObject({ status: STATUS.excluded, mayDefer: 0, partTimeDate: "2024-01-01" });
    expect(row("H").reason).toMatch(/The part-time rule alone would be met on 2024-01-01\.$/);
  });

  it("I, Inteliant: 2021-01-01 + 91 days = 2021-04-02, eligible; no part-time finding (Inteliant needs no hours)", () => {
    expect(row("I")).toMatchObject({ status: STATUS.eligible, mayDefer: 1, partTimeDate: "", eligibilityDate: "2021-04-02" });
  });

  it("F, since 2024-01-01 with 600 dated 2024-12-31 and 600 dated ahead on 2025-12-31: 2025 ends a run of 2 → 2026-01-01, after the as-of date: not yet", () => {
    expect(row("F")).toMatchObject({ status: STATUS.notYet, mayDefer: 0, partTimeDate: "2026-01-01" });
    expect(row("F").reason).toContain("Part-time rule: may make their own deferrals from 2026-01-01.");
  });

  it("Y, born 2005-01-01 → 21 on 2026-01-01: no period ending by 2025-12-31 counts (age 21 by the close of the period), and the hours given stop in 2025: no date", () => {
    expect(row("Y")).toMatchObject({ status: STATUS.notYet, mayDefer: 0, partTimeDate: "" });
  });

  it("the part-time filter counts P and Q; 'within N days' ignores them (no regular eligibility date)", () => {
    expect(countByFilter(result)).toMatchObject({ all: 6, eligible: 1, partTime: 2, notYet: 2, excluded: 1, error: 0, within90: 0 });
    expect(rowsInFilter(result, "partTime").map((i) => result.ids[i])).toEqual(["P", "Q"]);
  });

  it("the export: all rows, or the part-time rows alone with the filter in the file name", () => {
    const all = resultsCsv(result).trimEnd().split("\r\n");
    expect(all).toHaveLength(7);
    expect(all[1]).toMatch(/^P,false,,,false,"Part-time: .*",true,2024-01-01,part-time,2$/);
    expect(all[3]).toMatch(/^H,false,,,true,"?Excluded: [^,]*"?,false,2024-01-01,excluded,4$/);
    expect(all[4]).toMatch(/^I,true,2021-04-02,2021-04-02,false,".*",true,,eligible,5$/);
    expect(all[5]).toMatch(/^F,false,,,false,".*",false,2026-01-01,not-yet,6$/);
    const shown = resultsCsv(result, rowsInFilter(result, "partTime")).trimEnd().split("\r\n");
    expect(shown.map((line) => line.split(",")[0])).toEqual(["employeeId", "P", "Q"]);
    expect(resultsFileName("2025-06-30", "partTime")).toBe("eligibility-results-2025-06-30-part-time.csv");
    expect(resultsFileName("2025-06-30", null)).toBe("eligibility-results-2025-06-30.csv");
  });
});

describe("'not yet' names the period that came closest and the current one", () => {
  it.each([
    [
      "600 hours in the first year only, as of 2026-06-30: the initial period 2024-03-01..2025-02-28 came closest; plan year 2026 is current (1,000 − 0 = 1,000 to go)",
      "C,SOS,1980-01-01,2024-03-01,false",
      ["C,2024-06-30,600"],
      "2026-06-30",
      "Not yet: the most hours in one period were 600 of 1,000, in the initial period 2024-03-01 to 2025-02-28; the current period, plan year 2026, has 0: 1,000 to go by 2026-12-31; age 21 on 2001-01-01.",
    ],
    [
      "no hours at all: the current period is the initial one, 2026-03-01..2027-02-28",
      "C,SOS,1980-01-01,2026-03-01,false",
      [],
      "2026-06-30",
      "Not yet: no hours credited yet; the current period, initial period 2026-03-01 to 2027-02-28, needs 1,000 by 2027-02-28; age 21 on 2001-01-01.",
    ],
    [
      "as of 2003-02-01, inside both the initial period 2002-03-15..2003-03-14 (640 hours) and plan year 2003 (120): the current period is the one with more hours, the initial one (1,000 − 640 = 360 to go)",
      "C,SOS,1980-01-01,2002-03-15,false",
      ["C,2002-09-30,520", "C,2003-01-31,120"],
      "2003-02-01",
      "Not yet: the current period, initial period 2002-03-15 to 2003-03-14, has 640 of 1,000 hours, the most of any period: 360 to go by 2003-03-14; age 21 on 2001-01-01.",
    ],
    [
      "hired after the as-of date: no current period",
      "C,SOS,1980-01-01,2026-09-01,false",
      [],
      "2026-06-30",
      "Not yet: employment begins on 2026-09-01, after the as-of date; age 21 on 2001-01-01.",
    ],
  ])("%s", async (_, censusRow, hoursRows, asOf, reason) => {
    const result = await evaluate([HEADER, censusRow].join("\n"), ["employeeId,date,hours", ...hoursRows].join("\n"), asOf);
    expect(result.reasons[0]).toBe(reason);
  });
});
