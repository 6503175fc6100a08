import { describe, expect, it } from "vitest";
import { EMPTY_TERMINATION_FORM, evaluateTermination, type TerminationForm } from "@/lib/pages/hr-forfeitures/termination";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { EN_WORDS } from "./forfeitures-words";

const blank: TerminationForm = EMPTY_TERMINATION_FORM;

const run = (form: Partial<TerminationForm>) => evaluateTermination({ ...blank, ...form }, SOS_PLAN, EN_WORDS);

describe("a terminating participant (11-K Notes 1.D, 1.G, 5)", () => {
  it.each([
    // [years, match, vested %, vested match, forfeited, how]
    ["2.9", "1000", 0, "0.00", "1000.00", "2.9 years count as 2: 0%, all $1,000 forfeited"],
    ["3", "4000.01", 50, "2000.01", "2000.00", "3 years: 50% of 4000.01 = 2000.005 → 2000.01 half-up; 4000.01 − 2000.01 = 2000.00"],
    ["4", "1000.01", 75, "750.01", "250.00", "4 years: 75% of 1000.01 = 750.0075 → 750.01; forfeited 250.00"],
    ["5", "1000", 100, "1000.00", "0.00", "5 years: fully vested, nothing forfeited"],
  ] as const)("%s years, match %s → %i%% (%s)", (years, match, percent, vestedMatch, forfeited, _how) => {
    const { issues, result } = run({ yearsOfService: years, matchBalance: match });
    expect(issues).toEqual({});
    expect(result?.vestedPercent).toBe(percent);
    expect(result?.vested.match.toFixed(2)).toBe(vestedMatch);
    expect(result?.forfeited.toFixed(2)).toBe(forfeited);
  });

  it("counts the last day in full: start 2001-05-14, last day 2004-05-13 is 3 completed years (plan-rules §1)", () => {
    // The day after the last day, 2004-05-14, is the 3rd anniversary: 3 years → 50%.
    // Match 1,000 × 50% = 500 kept, 500 forfeited; deferrals 2,000 kept: 2,500 in all.
    const { issues, result } = run({ serviceBy: "dates", employmentStartDate: "2001-05-14", terminationDate: "2004-05-13", matchBalance: "1000", deferralBalance: "2000" });
    expect(issues).toEqual({});
    expect(result?.yearsOfService).toBe(3);
    expect(result?.vestedPercent).toBe(50);
    expect(result?.vested.total.toFixed(2)).toBe("2500.00");
    expect(result?.forfeited.toFixed(2)).toBe("500.00");
    expect(result?.sentences).toContain("From May 14, 2001 through the last day of employment, May 13, 2004, worked in full: 3 completed years of service.");
  });

  it.each([
    ["2001-05-14", "2004-05-12", 2, 0, "1000.00", "last day 2004-05-12: the day after, 2004-05-13, is before the 3rd anniversary → 2 years, 0%"],
    ["2001-05-14", "2004-05-13", 3, 50, "500.00", "last day 2004-05-13: the day after is the 3rd anniversary → 3 years, 50%"],
    ["2000-02-29", "2003-02-28", 3, 50, "500.00", "Feb 29 start, last day 2003-02-28: the day after, 2003-03-01, is the 3rd anniversary (march1) → 3 years"],
    ["2000-02-29", "2003-02-27", 2, 0, "1000.00", "Feb 29 start, last day 2003-02-27: the day after, 2003-02-28, is before 2003-03-01 → 2 years"],
  ] as const)("start %s, last day %s: %i years, %i%%, %s of 1,000 forfeited (%s)", (start, lastDay, years, percent, forfeited, _why) => {
    const { result } = run({ serviceBy: "dates", employmentStartDate: start, terminationDate: lastDay, matchBalance: "1000" });
    expect([result?.yearsOfService, result?.vestedPercent, result?.forfeited.toFixed(2)]).toEqual([years, percent, forfeited]);
  });

  it("start 1999-06-15: last day 2003-06-13 is 3 years, last day 2003-06-14 completes the 4th", () => {
    // Last day 2003-06-13: the day after, 06-14, is before the 4th anniversary 2003-06-15: 3 years → 50%:
    // match 4000.01 × 50% = 2000.005 → 2000.01 vested, 2000.00 forfeited; with deferrals 10,000 and
    // rollovers 500 fully vested, 12,500.01 kept.
    const three = run({ serviceBy: "dates", employmentStartDate: "1999-06-15", terminationDate: "2003-06-13", matchBalance: "4000.01", deferralBalance: "10000", rolloverBalance: "500" }).result;
    expect(three?.yearsOfService).toBe(3);
    expect(three?.vested.total.toFixed(2)).toBe("12500.01");
    expect(three?.forfeited.toFixed(2)).toBe("2000.00");
    expect(three?.sentences).toContain(
      "On leaving on June 13, 2003, the nonvested $2,000.00 of the $4,000.01 match balance is forfeited unless the participant comes back: it stays in the account until the end of the 5th break in service in a row (a plan year with 500 hours or fewer). Give the hours in each plan year to see the date. (IRC 411(a)(6)(C); 11-K Note 1.G)",
    );
    expect(three?.sentences).toContain(
      "Forfeitures go to the plan's forfeiture account and reduce future employer contributions; in 2002 they were reallocated to participants as matching contributions. (11-K Note 1.G)",
    );
    expect(three?.sentences).toContain("With 4 years of service the match would have been 75% vested. (11-K Note 1.D)");
    // Last day 2003-06-14: the day after is the 4th anniversary: 4 years → 75%: 4000.01 × 75% = 3000.0075 → 3000.01; forfeited 1000.00.
    const four = run({ serviceBy: "dates", employmentStartDate: "1999-06-15", terminationDate: "2003-06-14", matchBalance: "4000.01", deferralBalance: "10000", rolloverBalance: "500" }).result;
    expect(four?.yearsOfService).toBe(4);
    expect(four?.vested.total.toFixed(2)).toBe("13500.01");
    expect(four?.forfeited.toFixed(2)).toBe("1000.00");
  });

  it("a last day on the start date itself is one day of service, no completed year", () => {
    const { issues, result } = run({ serviceBy: "dates", employmentStartDate: "2003-01-01", terminationDate: "2003-01-01", matchBalance: "10" });
    expect(issues).toEqual({});
    expect(result?.yearsOfService).toBe(0);
  });

  it("says how a stated figure counts, in the words module's sentence (lib/words/en/forfeiture.ts)", () => {
    const schedule = "under the schedule (less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%). (11-K Note 1.D)";
    // 3.9 counts its whole part, 3 → 50%; 4 → 75%; 1 → 0%, one year.
    expect(run({ yearsOfService: "3.9", matchBalance: "1000" }).result?.sentences.slice(0, 2)).toEqual([
      "Own deferrals and rollovers, with their earnings, are always 100% vested. (11-K Note 1.D)",
      `Employer match: 3.9 years count as 3 years of service vest 50% ${schedule}`,
    ]);
    expect(run({ yearsOfService: "4", matchBalance: "1000" }).result?.sentences[1]).toBe(`Employer match: 4 years of service vest 75% ${schedule}`);
    expect(run({ yearsOfService: "1", matchBalance: "1000" }).result?.sentences[1]).toBe(`Employer match: 1 year of service vests 0% ${schedule}`);
  });

  it("vests everything and forfeits nothing when the plan has terminated (Note 5)", () => {
    // 1 year would vest 0%, but termination of the plan vests 100%: 3000 + 200 + 50 = 3250.
    const { result } = run({ yearsOfService: "1", matchBalance: "3000", deferralBalance: "200", rolloverBalance: "50", planTerminated: true });
    expect(result?.vestedPercent).toBe(100);
    expect(result?.forfeited.toFixed(2)).toBe("0.00");
    expect(result?.sentences.at(-1)).toBe("Because the plan has terminated, nothing is forfeited: the whole balance of $3,250.00 is vested. (11-K Note 5)");
  });

  it("says nothing is forfeited when the match is zero or fully vested", () => {
    expect(run({ yearsOfService: "1", matchBalance: "0" }).result?.sentences.at(-1)).toBe("There is no match balance, so nothing is forfeited. (11-K Note 1.G)");
    expect(run({ yearsOfService: "6", matchBalance: "10" }).result?.sentences.at(-1)).toBe("The match is fully vested, so nothing is forfeited. (11-K Note 1.G)");
  });
});

describe("messages beside the fields", () => {
  it("names the required fields of each way of giving service", () => {
    expect(run({}).issues).toEqual({ yearsOfService: "Years of service is required.", matchBalance: "Employer match balance is required." });
    expect(run({ serviceBy: "dates", matchBalance: "1" }).issues).toEqual({
      employmentStartDate: "Employment start date is required.",
      terminationDate: "Last day of employment is required.",
    });
  });

  it.each([
    [{ yearsOfService: "three", matchBalance: "1" }, "yearsOfService", "Years of service must be a number from 0 to 100, such as 3."],
    [{ yearsOfService: "101", matchBalance: "1" }, "yearsOfService", "Years of service must be at most 100."],
    [{ yearsOfService: "3", matchBalance: "-1" }, "matchBalance", "Employer match balance must not be negative."],
    [{ yearsOfService: "3", matchBalance: "4,000,01" }, "matchBalance", "Employer match balance has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)."],
    [{ yearsOfService: "3", matchBalance: "1", deferralBalance: "x" }, "deferralBalance", 'Deferrals balance must be an amount in dollars, such as "1234.50".'],
    [{ yearsOfService: "3", matchBalance: "1", rolloverBalance: "1.001" }, "rolloverBalance", "Rollovers balance must have at most 2 decimals (whole cents); if you mean 1,001 dollars, write 1001 or 1,001."],
    [{ serviceBy: "dates", employmentStartDate: "2003-02-29", terminationDate: "2004-01-01", matchBalance: "1" }, "employmentStartDate", "Employment start date is not a real calendar date (for example, 2003-02-29 does not exist)."],
    [{ serviceBy: "dates", employmentStartDate: "2003-01-01", terminationDate: "2002-01-01", matchBalance: "1" }, "terminationDate", "Last day of employment is before the employment start date (January 1, 2003)."],
  ] as const)("%j → %s", (form, field, message) => {
    const outcome = run(form);
    expect(outcome.result).toBeNull();
    expect(outcome.issues[field]).toBe(message);
  });
});

describe("the run of breaks named on the page comes from the rule, at exactly 500 hours (plan-rules §4.1)", () => {
  const leaving = (hours2001: string) =>
    run({ serviceBy: "hours", hoursBy: "years", employmentStartDate: "2000-01-01", terminationDate: "2001-12-31", hoursByYear: { "2000": "1000", "2001": hours2001 }, matchBalance: "1000" });

  it("2001 with exactly 500 hours is a break: breaks 2001 to 2005, forfeited January 1, 2006", () => {
    // 2000: 1,000 → a year of service (1 year: 0%, all $1,000 forfeitable). 2001 ends on the last day
    // with 500 ≤ 500 hours: a break. The last plan year with more than 500 hours is 2000, so the
    // five breaks are 2001..2005 and the match is forfeited the day after 2005-12-31.
    const { issues, result } = leaving("500");
    expect(issues).toEqual({});
    expect(result!.fromHours!.forfeitingBreaks).toEqual({ first: "2001", last: "2005", lastEnds: "2005-12-31" });
    expect(result!.fromHours!.forfeitsOn).toBe("2006-01-01");
    expect(result!.fromHours!.record.map((row) => row.status)).toEqual(["yearOfService", "break"]);
  });

  it("2001 with 501 hours is neither: breaks 2002 to 2006, forfeited January 1, 2007", () => {
    const { result } = leaving("501");
    expect(result!.fromHours!.forfeitingBreaks).toEqual({ first: "2002", last: "2006", lastEnds: "2006-12-31" });
    expect(result!.fromHours!.forfeitsOn).toBe("2007-01-01");
    expect(result!.fromHours!.record.map((row) => row.status)).toEqual(["yearOfService", "neither"]);
  });

  it("a last day before the end of the plan year: exactly 500 hours is a break when it ends", () => {
    // Last day 2001-06-30: 2001 has not ended; with 500 hours and none after, it ends a break.
    const { result } = run({ serviceBy: "hours", hoursBy: "years", employmentStartDate: "2000-01-01", terminationDate: "2001-06-30", hoursByYear: { "2000": "1000", "2001": "500" }, matchBalance: "1000" });
    expect(result!.fromHours!.record[1]!.status).toBe("breakWhenItEnds");
    expect(result!.fromHours!.forfeitingBreaks.first).toBe("2001");
  });
});
