/**
 * A leaving participant's service from hours (plan-rules §1, §4.1; 11-K Notes 1.D, 1.G), worked by hand.
 */
import { describe, expect, it } from "vitest";
import { EMPTY_TERMINATION_FORM, evaluateTermination, type TerminationForm } from "@/lib/pages/hr-forfeitures/termination";
import { hoursFromLines, planYearBoxes } from "@/lib/pages/hr-forfeitures/leaving-hours";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { EN_WORDS } from "./forfeitures-words";

const run = (form: Partial<TerminationForm>) => evaluateTermination({ ...EMPTY_TERMINATION_FORM, serviceBy: "hours", ...form }, SOS_PLAN, EN_WORDS);

/**
 * A temp worker with a gap: started 2001-05-14, last day 2006-08-18.
 * 2001: 1,100 hours (≥ 1,000: a year of service) · 2002: 1,250 (a year) · 2003: 300 (≤ 500, ended:
 * a break) · 2004: none (a break) · 2005: 1,040 (a year) · 2006: 620 through the last day (more
 * than 500, fewer than 1,000; the year has not ended on 2006-08-18).
 */
const TEMP_WORKER: Partial<TerminationForm> = {
  employmentStartDate: "05/14/2001",
  terminationDate: "2006-08-18",
  hoursBy: "years",
  hoursByYear: { "2001": "1,100", "2002": "1250", "2003": "300", "2004": "", "2005": "1040", "2006": "620" },
  matchBalance: "2345.67",
  deferralBalance: "3000",
};

describe("a temp worker with a gap, hours in each plan year", () => {
  const { issues, result, planYears } = run(TEMP_WORKER);

  it("gets a box for each plan year from the start's to the last day's", () => {
    expect(issues).toEqual({});
    expect(planYears).toEqual([
      { year: 2001, from: "2001-05-14", through: "2001-12-31" },
      { year: 2002, from: "2002-01-01", through: "2002-12-31" },
      { year: 2003, from: "2003-01-01", through: "2003-12-31" },
      { year: 2004, from: "2004-01-01", through: "2004-12-31" },
      { year: 2005, from: "2005-01-01", through: "2005-12-31" },
      { year: 2006, from: "2006-01-01", through: "2006-08-18" },
    ]);
  });

  it("shows the record year by year: year of service, break or neither", () => {
    expect(result?.fromHours?.record.map((row) => [row.label, row.hours, row.status])).toEqual([
      ["2001", 1100, "yearOfService"],
      ["2002", 1250, "yearOfService"],
      ["2003", 300, "break"],
      ["2004", 0, "break"],
      ["2005", 1040, "yearOfService"],
      ["2006", 620, "neitherWhenItEnds"],
    ]);
    expect(result?.fromHours?.record[5]?.words).toBe("Neither, when it ends on December 31, 2006");
  });

  it("counts 3 years (2001, 2002, 2005): 50% of the match vests", () => {
    // Match 2,345.67 × 50% = 1,172.835 → 1,172.84 (half-up); forfeitable 2,345.67 − 1,172.84 = 1,172.83.
    // Kept: deferrals 3,000 + 1,172.84 = 4,172.84.
    expect(result?.yearsOfService).toBe(3);
    expect(result?.fromHours?.countedYears).toEqual(["2001", "2002", "2005"]);
    expect(result?.vestedPercent).toBe(50);
    expect(result?.vested.match.toFixed(2)).toBe("1172.84");
    expect(result?.forfeited.toFixed(2)).toBe("1172.83");
    expect(result?.vested.total.toFixed(2)).toBe("4172.84");
  });

  it("forfeits the nonvested match on 2012-01-01, after five breaks in a row (2007 to 2011)", () => {
    // The last plan year with more than 500 hours is 2006 (620). With no hours after the last day,
    // 2007, 2008, 2009, 2010 and 2011 are the five breaks; the fifth ends 2011-12-31.
    expect(result?.fromHours?.forfeitsOn).toBe("2012-01-01");
    expect(result?.fromHours?.forfeitingBreaks).toEqual({ first: "2007", last: "2011", lastEnds: "2011-12-31" });
    expect(result?.sentences).toContain(
      "If the participant does not come back, the nonvested $1,172.83 of the $2,345.67 match balance stays in the account until December 31, 2011, the end of the 5th break in service in a row (plan years 2007 to 2011). It is forfeited on January 1, 2012. Back at work before then, the participant can still vest it. (IRC 411(a)(6)(C); 11-K Note 1.G)",
    );
  });

  it("says how far the year of leaving fell short: 1,000 − 620 = 380 hours", () => {
    expect(result?.sentences).toContain("The plan year of leaving, 2006, has 620 hours through the last day: 380 short of a year of service.");
    expect(result?.sentences).toContain("3 years of service (2001, 2002 and 2005) vest 50% of the match under the schedule (less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%). (11-K Note 1.D)");
  });

  it("asks the API the same question: the last day is the as-of date, each year's hours dated on its last day worked", () => {
    expect(run(TEMP_WORKER).request).toEqual({
      employmentStartDate: "2001-05-14",
      asOf: "2006-08-18",
      hours: [
        { date: "2001-12-31", hours: 1100 },
        { date: "2002-12-31", hours: 1250 },
        { date: "2003-12-31", hours: 300 },
        { date: "2005-12-31", hours: 1040 },
        { date: "2006-08-18", hours: 620 },
      ],
      balances: { match: "2345.67", deferral: "3000" },
    });
  });

  it("a year of leaving with 500 hours or fewer is the first of the five breaks", () => {
    // 2006 with 500 hours: the last year with more than 500 is 2005; breaks 2006 to 2010; forfeited 2011-01-01.
    const { result: short } = run({ ...TEMP_WORKER, hoursByYear: { ...TEMP_WORKER.hoursByYear, "2006": "500" } });
    expect(short?.fromHours?.record[5]).toMatchObject({ status: "breakWhenItEnds", words: "Break in service when it ends on December 31, 2006" });
    expect(short?.fromHours?.forfeitsOn).toBe("2011-01-01");
    expect(short?.fromHours?.forfeitingBreaks).toMatchObject({ first: "2006", last: "2010" });
  });

  it("explains it in the sentences the participant page uses for the same rule, addressed to HR", () => {
    // By hand: 3 years (2001, 2002, 2005) → 50%; 2006 has 620 of 1,000 hours (380 short); the last
    // period over 500 hours is 2006, so the 5th break is 2011 and the match is forfeited 2012-01-01.
    expect(result?.sentences).toEqual([
      "Own deferrals and rollovers, with their earnings, are always 100% vested. (11-K Note 1.D)",
      "Years of service are counted from the hours, one plan year (January 1 to December 31) at a time. A plan year with 1,000 hours or more is a year of service (29 CFR 2530.200b-1, 2530.203-2); " +
        "a plan year that has ended with 500 hours or fewer is a break in service (29 CFR 2530.200b-4).",
      "The last day of employment, August 18, 2006, is worked in full: hours dated on it count, and the record is read as of that day.",
      "3 years of service (2001, 2002 and 2005) vest 50% of the match under the schedule (less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%). (11-K Note 1.D)",
      "The plan year of leaving, 2006, has 620 hours through the last day: 380 short of a year of service.",
      "Breaks do not take away the years the participant had before them: every year of service counts.",
      "If the participant does not come back, the nonvested $1,172.83 of the $2,345.67 match balance stays in the account until December 31, 2011, the end of the 5th break in service in a row (plan years 2007 to 2011). " +
        "It is forfeited on January 1, 2012. Back at work before then, the participant can still vest it. (IRC 411(a)(6)(C); 11-K Note 1.G)",
      "Forfeitures go to the plan's forfeiture account and reduce future employer contributions; in 2002 they were reallocated to participants as matching contributions. (11-K Note 1.G)",
      "With 4 years of service the match would have been 75% vested. (11-K Note 1.D)",
    ]);
    // The rows name a break and a neither as the participant's record does.
    expect(result?.fromHours?.record[2]?.words).toBe("Break in service (500 hours or fewer)");
  });
});

describe("the page reads the rule's break, not its own comparison (plan-rules §4.1: 500 hours or fewer)", () => {
  it.each([
    ["500", "break", "Break in service (500 hours or fewer)"],
    ["500.5", "neither", "Neither (more than 500, fewer than 1,000 hours)"],
  ])("2002 with %s hours is a %s", (hours, status, words) => {
    const { result } = run({ ...TEMP_WORKER, terminationDate: "2004-08-18", hoursByYear: { "2001": "1100", "2002": hours, "2003": "1000", "2004": "100" } });
    expect(result?.fromHours?.record[1]).toMatchObject({ label: "2002", status, words });
  });
});

describe("no year of service by the last day", () => {
  it("says so, and the match vests 0%", () => {
    // 2003: 400 hours, the year ends on the last day 2003-12-31: a break, no year of service.
    const { result } = run({ ...TEMP_WORKER, employmentStartDate: "2003-01-01", terminationDate: "2003-12-31", hoursByYear: { "2003": "400" } });
    expect(result?.sentences).toContain(
      "No plan year has 1,000 hours by the last day: no year of service, so the match vests 0% under the schedule (less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%). (11-K Note 1.D)",
    );
    expect(result?.sentences.some((sentence) => sentence.startsWith("The plan year of leaving"))).toBe(false);
  });
});

describe("the last day is worked in full: hours dated on it count", () => {
  // Start 2003-01-06. 2003: 1,200 (a year); 2004: 1,100 (a year); 2005: 960 on 2005-06-24 and 40
  // on the last day, 2005-07-01: 960 + 40 = 1,000 → a year of service credited on 2005-07-01.
  const lines = "date\thours\n2003\t1200\n2004\t1,100\n2005-06-24\t960\n07/01/2005\t40";
  const form = { employmentStartDate: "2003-01-06", terminationDate: "2005-07-01", hoursBy: "lines" as const, hoursLines: lines, matchBalance: "1000" };

  it("1,000 hours reached on the last day: 3 years, 50%", () => {
    const { issues, result } = run(form);
    expect(issues).toEqual({});
    expect(result?.yearsOfService).toBe(3);
    expect(result?.vestedPercent).toBe(50);
    expect(result?.fromHours?.record[2]).toMatchObject({ label: "2005", hours: 1000, status: "yearOfService", creditedOn: "2005-07-01" });
    // 1,000 × 50% = 500 forfeited; the last year with more than 500 hours is 2005: breaks 2006–2010.
    expect(result?.forfeited.toFixed(2)).toBe("500.00");
    expect(result?.fromHours?.forfeitsOn).toBe("2011-01-01");
  });

  it("39 hours on the last day: 999 in 2005, 2 years, 0%", () => {
    const { result } = run({ ...form, hoursLines: lines.replace("\t40", "\t39") });
    expect(result?.yearsOfService).toBe(2);
    expect(result?.vestedPercent).toBe(0);
    expect(result?.fromHours?.record[2]).toMatchObject({ hours: 999, status: "neitherWhenItEnds" });
    expect(result?.forfeited.toFixed(2)).toBe("1000.00");
  });

  it("a last day one day earlier refuses the hours dated 2005-07-01, naming the line", () => {
    const outcome = run({ ...form, terminationDate: "2005-06-30" });
    expect(outcome.result).toBeNull();
    expect(outcome.hoursProblems).toEqual([
      {
        source: "line:5",
        entry: 3,
        part: "date",
        acrossFields: true,
        message: "Line 5: July 1, 2005 is after the last day of employment, June 30, 2005 (date such hours on the last day).",
      },
    ]);
    expect(outcome.issues.hours).toBe(outcome.hoursProblems[0]!.message);
  });

  it("the year of the last day's hours are dated on the last day, the years before on December 31", () => {
    expect(hoursFromLines("2004\t10\n2005\t20", "2003-01-06", "2005-07-01", EN_WORDS).entries).toEqual([
      { date: "2004-12-31", hours: 10, source: "line:1" },
      { date: "2005-07-01", hours: 20, source: "line:2" },
    ]);
  });
});

describe("hours that cannot be taken", () => {
  it.each([
    ["2002-12-31\t80", "Line 1: December 31, 2002 is before the employment start date, January 6, 2003."],
    ["2002\t80", "Line 1: plan year 2002 is before the employment start date, January 6, 2003."],
    ["2006\t80", "Line 1: plan year 2006 is after the last day of employment, July 1, 2005 (date such hours on the last day)."],
    ["2003-02-29\t8", 'Line 1: the date is not a real calendar date (for example, 2003-02-29 does not exist) (it reads "2003-02-29").'],
    ["2003-03-01\t-8", 'Line 1: the hours must not be negative (it reads "-8").'],
    ["2003-03-01\t1,5", 'Line 1: the hours must be a number of hours, such as 80 or 7.5 (it reads "1,5").'],
    ["2003-03-01\t0.00005", 'Line 1: the hours must have at most 4 decimals (ten-thousandths of an hour) (it reads "0.00005").'],
    ["2003-03-01", "Line 1 has no hours: write a date or a plan year, a tab or a comma, then the hours (2003-06-30, 80 or 2003, 1040)."],
  ])("%j → %s", (line, message) => {
    expect(hoursFromLines(line, "2003-01-06", "2005-07-01", EN_WORDS).problems.map((problem) => problem.message)).toEqual([message]);
  });

  it("a box's hours are read as the API reads them", () => {
    const outcome = run({ employmentStartDate: "2003-01-06", terminationDate: "2004-03-31", hoursByYear: { "2003": "1,0", "2004": "9000" }, matchBalance: "1" });
    expect(outcome.hoursProblems.map((problem) => [problem.source, problem.entry, problem.message])).toEqual([
      ["year:2003", 0, "Hours in 2003 must be a number of hours, such as 80 or 7.5."],
      ["year:2004", 1, "Hours in 2004 must be at most 8784 (every hour of a leap year)."],
    ]);
    expect(outcome.issues.hours).toBe("2 problems in the hours; each is marked at its plan year.");
  });

  it("asks for the hours of at least one year", () => {
    expect(run({ employmentStartDate: "2003-01-06", terminationDate: "2004-03-31", matchBalance: "1" }).issues).toEqual({ hours: "Hours: enter the hours of at least one plan year." });
  });

  it("no boxes until both dates are read and in order", () => {
    expect(run({ employmentStartDate: "2003-01-06", terminationDate: "2002-12-31", matchBalance: "1" }).planYears).toEqual([]);
    expect(planYearBoxes("2003-12-31", "2003-12-31")).toEqual([{ year: 2003, from: "2003-12-31", through: "2003-12-31" }]);
  });
});
