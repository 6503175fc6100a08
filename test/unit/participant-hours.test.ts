/**
 * The participant page with hours in each plan year (plan-rules §4.1): the rows and the dated
 * entries they become, a link's `hours.N.*` entries kept as given, the helpers, the year-by-year
 * record, this year's progress, the forfeiture date, the steps ahead, the years ahead, the law's
 * minimum schedules beside a percentage, per-field hiding and the age warnings.
 * Every figure is worked out by hand beside it.
 */
import { describe, expect, it } from "vitest";
import { vestingEndpoint } from "@/lib/api/v1";
import { formatMoney, formatUsd } from "@/lib/money";
import { fromFragment, initialState, toFragment, type FormState, type TextField } from "@/lib/pages/participant/form";
import { hoursYears, linkEntries, yearEntries, yearEntryDate } from "@/lib/pages/participant/hours";
import { readPasted, totalsByYear, weeksTimesHours } from "@/lib/pages/participant/hours-helpers";
import { serviceRecord } from "@/lib/pages/participant/record";
import { ageSentence, lawCaveat, limitSection, stayOrGoSection, vestedToday, yearsAhead, type Section } from "@/lib/pages/participant/scenario";
import { readInputs } from "@/lib/pages/participant/validate";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { minimumScheduleComparison } from "@/lib/rules/compliance";
import { HOURS_MODE_WORDS as W } from "@/lib/words/en/participant-hours-words";

const TODAY = "2026-11-26";
const REF = 26.2;
const EMPLOYERS = SOS_PLAN.employers.map((employer) => employer.id);

function value<T>(section: Section<T>): T {
  if (!section.ok) throw new Error(`expected figures, got: ${section.missing}`);
  return section.value;
}

/**
 * The temp worker of the issue: first hired 2000-03-06, gone during 2001, rehired 2003-04-07,
 * as of 2005-06-30. Hours: 2000 1,400; 2001 300; 2002 none; 2003 700; 2004 1,200; 2005 so far 620.
 */
const TEMP_HOURS = { "2000": "1400", "2001": "300", "2002": "0", "2003": "700", "2004": "1200", "2005": "620" };
const TEMP_TEXT = {
  asOf: "2005-06-30",
  birthDate: "1975-05-01",
  employmentStartDate: "2000-03-06",
  "balances.deferral": "5000",
  "balances.match": "1777.78",
  compensation: "30000",
  deferralPercent: "6",
  salaryGrowthPercent: "0",
  years: "3",
} satisfies Partial<Record<TextField, string>>;

function hoursState(text: Partial<Record<TextField, string>>, hoursByYear: Record<string, string>): FormState {
  const state = initialState("2005-06-30", REF);
  state.serviceBy = "hours";
  Object.assign(state.text, text);
  state.hoursByYear = hoursByYear;
  return state;
}

function tempInputs(text: Partial<Record<TextField, string>> = {}, hoursByYear: Record<string, string> = TEMP_HOURS) {
  const read = readInputs(hoursState({ ...TEMP_TEXT, ...text }, hoursByYear), W);
  return read;
}

describe("a plan year's row becomes one dated entry", () => {
  it.each([
    { year: 2003, asOf: "2005-06-30", date: "2003-12-31", why: "a past year: December 31 of that year" },
    { year: 2004, asOf: "2005-06-30", date: "2004-12-31", why: "the year before the as-of year: December 31" },
    { year: 2005, asOf: "2005-06-30", date: "2005-06-30", why: "the current year 'so far': the as-of date" },
    { year: 2004, asOf: "2004-12-31", date: "2004-12-31", why: "as of December 31: the as-of date, the same day" },
    { year: 2000, asOf: "2000-02-29", date: "2000-02-29", why: "as of February 29: the as-of date" },
  ])("$why ($year, as of $asOf → $date)", ({ year, asOf, date }) => {
    expect(yearEntryDate(year, asOf)).toBe(date);
  });

  it("rows run from the start's plan year to the as-of date's", () => {
    expect(hoursYears("2000-03-06", "2005-06-30")).toEqual([2000, 2001, 2002, 2003, 2004, 2005]);
    expect(hoursYears("2005-03-06", "2005-06-30")).toEqual([2005]);
  });

  it("empty years are left out; years outside the rows are not used; a typo names its year", () => {
    const read = yearEntries({ "1999": "500", "2000": "1,400", "2001": "", "2005": "620", "2006": "900" }, "2000-03-06", "2005-06-30", W);
    expect(read.entries).toEqual([
      { date: "2000-12-31", hours: 1400 },
      { date: "2005-06-30", hours: 620 },
    ]);
    expect(read.errors).toEqual({});
    expect(read.given).toBe(true);
    const bad = yearEntries({ "2003": "7OO", "2005": "-5" }, "2000-03-06", "2005-06-30", W);
    expect(bad.errors).toEqual({
      "hoursByYear.2003": "Hours in 2003 must be a number of hours, such as 80 or 7.5.",
      "hoursByYear.2005": "Hours in 2005 so far must not be negative.",
    });
  });

  it("the whole page reads the rows into the entries the vesting rule counts", () => {
    const { inputs, errors, warnings } = tempInputs();
    expect(errors).toEqual({});
    expect(warnings).toEqual({});
    expect(inputs.hours).toEqual([
      { date: "2000-12-31", hours: 1400 },
      { date: "2001-12-31", hours: 300 },
      { date: "2002-12-31", hours: 0 },
      { date: "2003-12-31", hours: 700 },
      { date: "2004-12-31", hours: 1200 },
      { date: "2005-06-30", hours: 620 },
    ]);
  });
});

describe("a link's dated entries are kept as given", () => {
  it("reads hours.N.date and hours.N.hours in index order, even with gaps in the numbers", () => {
    const state = fromFragment("employmentStartDate=2000-03-06&hours.10.date=2003-09-30&hours.10.hours=400&hours.2.hours=600&hours.2.date=2000-06-30", TODAY, REF, EMPLOYERS);
    expect(state.serviceBy).toBe("hours");
    expect(state.hoursEntries).toEqual([
      { date: "2000-06-30", hours: "600" },
      { date: "2003-09-30", hours: "400" },
    ]);
  });

  it("writes them back as given, renumbered from 0, and reading that gives the same form", () => {
    const state = fromFragment("asOf=2005-06-30&employmentStartDate=2000-03-06&hours.0.date=2000-06-30&hours.0.hours=600&hours.1.date=2000-12-31&hours.1.hours=8OO", TODAY, REF, EMPLOYERS);
    const fragment = toFragment(state, REF);
    expect(fragment).toContain("employmentStartDate=2000-03-06&service=hours&hours.0.date=2000-06-30&hours.0.hours=600&hours.1.date=2000-12-31&hours.1.hours=8OO&");
    expect(fromFragment(fragment, TODAY, REF, EMPLOYERS)).toEqual(state);
  });

  it("each entry is read as the API reads it, named by its place", () => {
    const read = linkEntries(
      [
        { date: "2000-06-30", hours: "600" },
        { date: "2000-02-01", hours: "8" },
        { date: "2003-02-29", hours: "1,5" },
        { date: "", hours: "" },
      ],
      "2000-03-06", W,
);
    expect(read.entries).toEqual([{ date: "2000-06-30", hours: 600 }]);
    expect(read.errors).toEqual({
      "hours.1.date": "Hours entry 2 is dated 2000-02-01, before the employment start date (2000-03-06); hours count only from the first hour of service.",
      "hours.2.date": "Hours entry 3: the date is not a real calendar date (for example, 2003-02-29 does not exist).",
      "hours.2.hours": "Hours entry 3: the hours must be a number of hours, such as 80 or 7.5.",
      "hours.3.date": "Hours entry 4: the date must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15.",
      "hours.3.hours": "Hours entry 4: the hours must be a number of hours, such as 80 or 7.5.",
    });
  });

  it("the rows show a year's entries added up, and count the entries after the as-of date apart", () => {
    // 2000: 600 + 800.25 = 1,400.25; 2005: 300 + 320 = 620 up to June 30; the September entry is ahead.
    const totals = totalsByYear(
      [
        { date: "2000-06-30", hours: 600 },
        { date: "2000-12-31", hours: 800.25 },
        { date: "2005-03-31", hours: 300 },
        { date: "2005-06-30", hours: 320 },
        { date: "2005-09-30", hours: 400 },
      ],
      "2005-06-30",
    );
    expect(totals).toEqual({ byYear: { "2000": "1,400.25", "2005": "620" }, ahead: 1 });
  });
});

describe("the page's own fragment for the rows: hoursByYear.YYYY", () => {
  it("round-trips, keeps a typo as typed and opens in the hours mode", () => {
    const state = hoursState({ asOf: "2005-06-30", employmentStartDate: "2000-03-06" }, { "2000": "1400", "2003": "7OO", "2004": "" });
    const fragment = toFragment(state, REF);
    expect(fragment).toContain("employmentStartDate=2000-03-06&service=hours&hoursByYear.2000=1400&hoursByYear.2003=7OO&");
    expect(fragment).not.toContain("hoursByYear.2004");
    const back = fromFragment(fragment, TODAY, REF, EMPLOYERS);
    expect(back.serviceBy).toBe("hours");
    expect(back.hoursByYear).toEqual({ "2000": "1400", "2003": "7OO" });
    expect(back.hoursEntries).toBeNull();
  });

  it("service=hours keeps the choice before any hours are typed", () => {
    const state = hoursState({}, {});
    const fragment = toFragment(state, REF);
    expect(fragment).toContain("employmentStartDate=&service=hours");
    expect(fromFragment(fragment, TODAY, REF, EMPLOYERS).serviceBy).toBe("hours");
  });
});

describe("the helpers", () => {
  it.each([
    { weeks: "52", perWeek: "20", hours: 1040, why: "52 × 20 = 1,040" },
    { weeks: "38.5", perWeek: "12.25", hours: 471.625, why: "38.5 × 12.25 = 471.625" },
    { weeks: "0.0001", perWeek: "0.5", hours: 0.0001, why: "0.0001 × 0.5 = 0.00005, rounded half-up to 0.0001" },
    { weeks: "26", perWeek: "", hours: null, why: "no hours a week: nothing yet" },
    { weeks: "x", perWeek: "40", hours: null, why: "weeks not a number: nothing" },
  ])("weeks × hours a week: $why", ({ weeks, perWeek, hours }) => {
    expect(weeksTimesHours(weeks, perWeek)).toBe(hours);
  });

  it("reads lines pasted from a spreadsheet: tabs, commas, a header, dates added up by year", () => {
    const years = [2000, 2001, 2002, 2003, 2004, 2005];
    const pasted = readPasted("Year\tHours\n2000\t1,400\n2003,700\n12/31/2004 600\n2004-06-30;600\n\n2005\t620\n1999\t80\n2002\tnone", years, W);
    // 2004: 600 (12/31/2004) + 600 (2004-06-30) = 1,200.
    expect(pasted.byYear).toEqual({ "2000": "1,400", "2003": "700", "2004": "1,200", "2005": "620" });
    expect(pasted.problems).toEqual([
      "Line 8: 1999 is not one of the plan years 2000 to 2005.",
      "Line 9: the hours must be a number of hours, such as 80 or 7.5.",
    ]);
  });
});

describe("the temp worker with a gap (plan-rules §4.1)", () => {
  // Plan years from 2000 (it contains the start, 2000-03-06, and counts in full):
  // 2000: 1,400 ≥ 1,000 → year of service (credited on its entry, 2000-12-31)
  // 2001: 300 ≤ 500, ended → break;  2002: 0 → break
  // 2003: 700, more than 500 and fewer than 1,000 → neither
  // 2004: 1,200 → year of service;  2005: today's period, 620 hours, 1,000 − 620 = 380 to go
  // Years on 2005-06-30: 2000 and 2004 = 2 → 0% (under 3). Breaks do not erase 2000 (no rule of parity).
  // (By dates alone: the first hire gives 5 completed years → 100%; the rehire 2 → 0%.)
  const { inputs } = tempInputs();
  const today = value(vestedToday(inputs, SOS_PLAN, W));
  const record = serviceRecord(inputs, SOS_PLAN, today, W)!;

  it("vested today: 2 years counted from the hours, 0% of the match, the deferrals only", () => {
    expect(today.result.yearsOfService).toBe(2);
    expect(today.result.vestedPercent).toBe(0);
    expect(formatUsd(today.result.vested.total)).toBe("$5,000.00");
    expect(formatUsd(today.result.forfeitable)).toBe("$1,777.78");
    expect(today.serviceWords).toBe("after 2 years of service counted from your hours");
  });

  it("the year-by-year record: year of service, break, neither, and this year so far", () => {
    expect(record.rows.map((row) => [row.label, row.hours, row.kind])).toEqual([
      ["2000", "1,400", "year"],
      ["2001", "300", "break"],
      ["2002", "0", "break"],
      ["2003", "700", "neither"],
      ["2004", "1,200", "year"],
      ["2005", "620", "current"],
    ]);
    expect(record.rows[1]!.words).toBe("Break in service (500 hours or fewer)");
    expect(record.rows[3]!.words).toBe("Neither (more than 500, fewer than 1,000 hours)");
    expect(record.rows[5]!.words).toBe("This year so far: 380 more hours make it a year of service");
    expect(record.yearsSentence).toBe("2 years of service counted: 0% of your employer match is vested.");
    expect(record.datingSentence).toBe(
      "Each past year's hours count as worked by December 31 of that year. This year's hours so far count as worked by the as-of date, June 30, 2005.",
    );
  });

  it("this year's progress: 380 more hours by December 31 and 50% vests: $888.89", () => {
    // A 3rd year of service → 50%; 50% of 1777.78 = 888.89.
    expect(record.progressSentence).toBe("You have 620 hours this year (2005) so far. Work 380 more hours by December 31, 2005 and 50% of your match vests: $888.89.");
  });

  it("the forfeiture date if no more hours come: after the breaks 2006 to 2010, on January 1, 2011", () => {
    // The last plan year with more than 500 hours is 2005 (620): breaks 2006, 2007, 2008, 2009,
    // 2010; the 5th ends 2010-12-31 → forfeited the day after. Unvested today: all 1,777.78.
    expect(today.result.service!.forfeitsOn).toBe("2011-01-01");
    // One sentence with both facts: kept today (the 5,000.00 of deferrals; the match is 0% vested at
    // 2 years) and when the 1,777.78 not vested is lost for good.
    expect(today.forfeitSentence).toBe(
      "If your employment ended on June 30, 2005, you would keep $5,000.00; the other $1,777.78, the part of the employer match not yet vested, stays in your account and is lost for good on January 1, 2011, unless you come back to work before then.",
    );
    expect(record.forfeitDateSentence).toBe(
      "If no more hours come after the last ones given, the part of your match that is not vested ($1,777.78 today) stays in your account until the end of your 5th break in service in a row (2006 to 2010) and is forfeited on January 1, 2011. " +
        "Come back before January 1, 2011 and it can still vest: a plan year with more than 500 hours is not a break.",
    );
  });

  it("the law's schedules beside 0% at 2 years: a verdict under each, with its amount, and a next step", () => {
    // At 2 years the cliff gives 0% (the plan's 0% stands: $0.00) and the graded 20%:
    // 1,777.78 × 0.20 = 355.556 → 355.56 half-up.
    expect(today.caveat).toBe(
      "You may keep more of your match. For match paid for plan years from 2002, the law (IRC 411(a)(12)) sets two minimum schedules, and this plan's schedule (0% at 2 years) is slower than both. " +
        "At 2 years of service: if the 3-year cliff schedule applies, none of your match is yours yet ($0.00); if the 2-to-6-year graded schedule applies, 20% of your match is yours ($355.56). Ask HR (the plan administrator) which applies to your match before you decide to leave.",
    );
  });

  it("stay or go from the hours, in cumulative words", () => {
    const stay = value(stayOrGoSection(inputs, SOS_PLAN, vestedToday(inputs, SOS_PLAN, W), W));
    // 3 years: this year (380 more hours). 4: this year and 2006 → by 2006-12-31. 5: → 2007-12-31.
    // 75% of 1777.78 = 1333.335 → 1333.34 half-up; 100% = 1777.78. Each is the total then.
    expect(stay.steps.map((step) => step.sentence)).toEqual([
      "Reach 3 years of service: work 380 more hours by December 31, 2005. Then 50% of your match is yours (vested): $888.89 in total.",
      "Reach 4 years of service: this year (380 more hours) and 1 more plan year with 1,000 hours or more, so by December 31, 2006 at the earliest. Then 75% of your match is yours (vested): $1,333.34 in total.",
      "Reach 5 years of service: this year (380 more hours) and 2 more plan years with 1,000 hours or more, so by December 31, 2007 at the earliest. Then 100% of your match is yours (vested): $1,777.78 in total.",
    ]);
    // The law's schedules at 3 and 4 years: cliff 100%; graded 40% and 60%.
    // Only the cliff gives more there (100% against 50% and 75%); the graded's 40% and 60% are below the plan's.
    expect(stay.caveat).toBe(
      "If the law's minimum schedules (IRC 411(a)(12), match paid for plan years from 2002) apply to your match, you may vest sooner: at 3 years, all of your match is yours under the 3-year cliff schedule; at 4 years, all of your match is yours under the 3-year cliff schedule. Ask HR which applies.",
    );
  });

  it("the years ahead count 2005 as a year, as 'Stay or go' does: 4 years in 2006, then one more each plan year", () => {
    const ahead = value(yearsAhead(inputs, SOS_PLAN, W));
    // 2 years today; 2005 (open, 620 so far) assumed a year → 3 by its end; 2006 → 4 (75%), 2007 → 5 (100%).
    expect(ahead.rows.map((row) => [row.planYear, row.yearsOfService, row.vestedPercent])).toEqual([
      [2006, 4, 75],
      [2007, 5, 100],
      [2008, 6, 100],
    ]);
    // 2006: deferral 6% × 30000 = 1800; match 26.2% × 1800 = 471.60;
    // deferral balance 5000 × 1.06 + 1800 × 1.03 = 5300 + 1854 = 7154.00;
    // match balance 1777.78 × 1.06 + 471.60 × 1.03 = 1884.4468 + 485.748 = 2370.1948; total 9524.1948 → 9524.19;
    // vested 7154 + 0.75 × 2370.1948 (1777.6461) = 8931.6461 → 8931.65 (§6: the exact figure, rounded once);
    // forfeitable 9524.19 − 8931.65 = 592.54.
    const first = ahead.rows[0]!;
    expect([formatUsd(first.total), formatUsd(first.vested), formatUsd(first.forfeitable)]).toEqual(["$9,524.19", "$8,931.65", "$592.54"]);
    // Pace: 620 × 365 = 226,300 ≥ 1,000 × 181 days (January 1 to June 30) = 181,000.
    expect(ahead.notes[0]).toBe(
      "They start from your 2 years of service counted from your hours on June 30, 2005, and assume you work 1,000 hours or more in each plan year from now: 2005 counts once you work 380 more hours by December 31, 2005, and each plan year after it adds one more. At the pace of your hours so far (620 by June 30, 2005), you would get there.",
    );
  });

  it("the years ahead and 'Stay or go' give one year for each step: 75% in 2006, 100% in 2007", () => {
    const today = value(vestedToday(inputs, SOS_PLAN, W));
    const stay = value(stayOrGoSection(inputs, SOS_PLAN, vestedToday(inputs, SOS_PLAN, W), W));
    const ahead = value(yearsAhead(inputs, SOS_PLAN, W));
    expect(today.result.yearsOfService).toBe(2);
    expect(stay.steps.map((step) => step.yearsOfService)).toEqual([3, 4, 5]);
    for (const step of stay.steps.filter((s) => s.yearsOfService >= 4)) {
      // "Reach 4 years … by December 31, 2006": the table's first row at that percentage is 2006.
      const year = Number(/by December 31, (\d{4})/.exec(step.sentence)![1]);
      expect(ahead.rows.find((row) => row.vestedPercent === step.vestedPercent)!.planYear).toBe(year);
    }
  });
});

describe("other years of progress", () => {
  it("the first hire with 4 years: 100 more hours this year and 100% vests", () => {
    // 2000 1,400 (year), 2001 1,800 (year), 2002 0 (break), 2003 1,300 (year), 2004 1,900 (year),
    // 2005 900 so far: 4 years → 75% of 1000 = 750.00; a 5th year → 100%: $1,000.00.
    const { inputs } = tempInputs({ "balances.match": "1000" }, { "2000": "1400", "2001": "1800", "2002": "0", "2003": "1300", "2004": "1900", "2005": "900" });
    const today = value(vestedToday(inputs, SOS_PLAN, W));
    expect(today.result.vestedPercent).toBe(75);
    const record = serviceRecord(inputs, SOS_PLAN, today, W)!;
    expect(record.progressSentence).toBe("You have 900 hours this year (2005) so far. Work 100 more hours by December 31, 2005 and 100% of your match vests: $1,000.00.");
    // At 4 years the cliff gives 100% and the graded 60%: the plan's 75% is below the cliff.
    // Under the graded (60%) the plan's 75% stands: 750.00; under the cliff all 1,000.00.
    expect(today.caveat).toContain("At 4 years of service: if the 3-year cliff schedule applies, all of your match is yours ($1,000.00); if the 2-to-6-year graded schedule applies, 75% of your match is yours ($750.00).");
  });

  it("one year: a 2nd year vests nothing yet, and the sentence says when the next step comes", () => {
    const { inputs } = tempInputs({}, { "2004": "1200", "2005": "300" });
    const today = value(vestedToday(inputs, SOS_PLAN, W));
    const record = serviceRecord(inputs, SOS_PLAN, today, W)!;
    // 2004 is the only year (2000–2003 empty: breaks). 2005: 300, 700 to go → a 2nd year, still 0%.
    expect(record.progressSentence).toBe("You have 300 hours this year (2005) so far. Work 700 more hours by December 31, 2005 and this year (2005) is your 2nd year of service. The next step, 50%, comes at 3 years.");
    expect(today.caveat).toBeNull();
  });

  it("this year already a year of service", () => {
    const { inputs } = tempInputs({}, { "2004": "1200", "2005": "1000" });
    const today = value(vestedToday(inputs, SOS_PLAN, W));
    const record = serviceRecord(inputs, SOS_PLAN, today, W)!;
    // 2004 and 2005 (1,000 hours dated 2005-06-30, on the as-of date) → 2 years.
    expect(today.result.yearsOfService).toBe(2);
    expect(record.rows.at(-1)).toEqual({ label: "2005", hours: "1,000", kind: "year", words: "Year of service (this year)" });
    expect(record.progressSentence).toBe("You already have 1,000 hours this year (2005): it is a year of service.");
  });

  it("five breaks already behind: the match was forfeited, in the past tense", () => {
    // 2000 1,400 (year); 2001–2004 empty, 2005 so far empty: 2001..2005 would be the 5 breaks, but 2005
    // has not ended. As of 2006-06-30: breaks 2001..2005 → forfeited 2006-01-01, before the as-of date.
    const { inputs } = tempInputs({ asOf: "2006-06-30" }, { "2000": "1400" });
    const today = value(vestedToday(inputs, SOS_PLAN, W));
    const record = serviceRecord(inputs, SOS_PLAN, today, W)!;
    expect(today.result.service!.forfeitsOn).toBe("2006-01-01");
    expect(record.forfeitDateSentence).toBe("After 5 breaks in service in a row (2001 to 2005), the part of your match that was not vested ($1,777.78) was forfeited on January 1, 2006.");
  });
});

describe("a link built by HR with several entries a year shows the vesting answer's figures", () => {
  // Start 2000-03-06, as of 2005-06-30. 2000: 600 (06-30) + 800 (12-31) = 1,400, reaching 1,000 on
  // 12-31 → a year. 2001: 300 → break. 2003: 400 + 300 = 700 → neither. 2004: 600 (06-30) + 450
  // (09-30) = 1,050, reaching 1,000 on 2004-09-30 → a year. 2005: 300 + 320 = 620 by 06-30, and
  // 400 ahead on 09-30 → 1,020, a 3rd year credited 2005-09-30 on the hours given.
  const entries = [
    ["2000-06-30", "600"],
    ["2000-12-31", "800"],
    ["2001-03-31", "300"],
    ["2003-09-30", "400"],
    ["2003-12-31", "300"],
    ["2004-06-30", "600"],
    ["2004-09-30", "450"],
    ["2005-03-31", "300"],
    ["2005-06-30", "320"],
    ["2005-09-30", "400"],
  ];
  const fragment =
    "asOf=2005-06-30&employmentStartDate=2000-03-06&balances.deferral=5000&balances.match=1777.78&" +
    entries.map(([date, hours], index) => `hours.${index}.date=${date}&hours.${index}.hours=${hours}`).join("&");
  const state = fromFragment(fragment, TODAY, REF, EMPLOYERS);
  const { inputs, errors } = readInputs(state, W);
  const today = value(vestedToday(inputs, SOS_PLAN, W));
  const api = vestingEndpoint({
    employmentStartDate: "2000-03-06",
    asOf: "2005-06-30",
    balances: { deferral: "5000", match: "1777.78" },
    hours: entries.map(([date, hours]) => ({ date, hours: Number(hours) })),
  }).body as Record<string, unknown> & { service: Record<string, unknown>; stepsAhead: { reachedOn: string | null }[] };

  it("opens in the hours mode with the entries as given", () => {
    expect(errors).toEqual({});
    expect(state.serviceBy).toBe("hours");
    expect(inputs.hours).toHaveLength(10);
  });

  it("the same years, percentage, amounts, forfeiture date and steps as the API", () => {
    expect(today.result.yearsOfService).toBe(2);
    expect(api.yearsOfService).toBe(2);
    expect(formatMoney(today.result.forfeitable)).toBe(api.forfeitable);
    expect(today.result.service!.forfeitsOn).toBe(api.service.forfeitsOn);
    expect(today.result.service!.forfeitsOn).toBe("2011-01-01");
    expect(today.result.stepsAhead.map((step) => step.reachedOn)).toEqual(api.stepsAhead.map((step) => step.reachedOn));
    expect(today.result.stepsAhead[0]!.reachedOn).toBe("2005-09-30");
  });

  it("says when the hours ahead reach the next step, and marks this year's credit ahead", () => {
    const stay = value(stayOrGoSection(inputs, SOS_PLAN, vestedToday(inputs, SOS_PLAN, W), W));
    expect(stay.steps[0]!.sentence).toBe("On the hours given you reach 3 years of service on September 30, 2005: 50% of your match is yours (vested): $888.89 in total.");
    const record = serviceRecord(inputs, SOS_PLAN, today, W)!;
    expect(record.rows.at(-1)!.words).toBe("This year so far: 380 more hours make it a year of service; on the hours given, a year of service on September 30, 2005");
    // The 2004 year was reached on 2004-09-30 (entries kept, not one total dated December 31).
    expect(today.result.service!.periods[4]!.creditedOn).toBe("2004-09-30");
  });
});

describe("the law's minimum schedules beside a percentage (IRC 411(a)(12); plan-rules §4)", () => {
  it.each([
    { years: 0, shown: false },
    { years: 1, shown: false },
    // Under each schedule the greater of its % and the plan's (0/50/75 at 2/3/4 years).
    { years: 2, shown: true, text: "(0% at 2 years) is slower than both. At 2 years of service: if the 3-year cliff schedule applies, none of your match is yours yet; if the 2-to-6-year graded schedule applies, 20% of your match is yours." },
    { years: 3, shown: true, text: "(50% at 3 years) is slower than both. At 3 years of service: if the 3-year cliff schedule applies, all of your match is yours; if the 2-to-6-year graded schedule applies, 50% of your match is yours." },
    { years: 4, shown: true, text: "(75% at 4 years) is slower than both. At 4 years of service: if the 3-year cliff schedule applies, all of your match is yours; if the 2-to-6-year graded schedule applies, 75% of your match is yours." },
    { years: 5, shown: false },
    { years: 6, shown: false },
  ])("at $years years: shown $shown", ({ years, shown, text }) => {
    const caveat = lawCaveat(minimumScheduleComparison(SOS_PLAN, years), W);
    if (!shown) expect(caveat).toBeNull();
    else expect(caveat).toContain(text);
  });

  it("a plan that meets the 3-year cliff gets no caveat, even at 2 years where the graded gives 20%", () => {
    const cliff = { ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, schedule: [{ years: 0, percent: 0 }, { years: 3, percent: 100 }] } };
    expect(lawCaveat(minimumScheduleComparison(cliff, 2), W)).toBeNull();
  });
});

describe("each field filled in wrongly hides only the figures that need it", () => {
  it("a typo in the deferral % keeps vested today, the record and stay or go; the limit shows without it", () => {
    const { inputs, errors } = tempInputs({ deferralPercent: "6x" });
    expect(Object.keys(errors)).toEqual(["deferralPercent"]);
    expect(vestedToday(inputs, SOS_PLAN, W).ok).toBe(true);
    const limit = value(limitSection(inputs, SOS_PLAN, W));
    expect(limit.result.requested).toBeNull();
    expect(limit.pending).toBe("Fix the deferral percent (see the message beside it) to see your own deferral.");
    expect(yearsAhead(inputs, SOS_PLAN, W)).toEqual({ ok: false, missing: "Fix the deferral % (see the message beside it) to see the years ahead." });
  });

  it("a typo in the match balance hides vested today and the years ahead, not the limit", () => {
    const { inputs } = tempInputs({ "balances.match": "1,77.78" });
    expect(vestedToday(inputs, SOS_PLAN, W)).toEqual({ ok: false, missing: "Fix the employer match balance (see the message beside it) to see what is vested today." });
    expect(value(limitSection(inputs, SOS_PLAN, W)).planYear).toBe(2006);
  });

  it("a typo in one year's hours hides what the hours decide, with the field named", () => {
    const { inputs, errors } = tempInputs({}, { ...TEMP_HOURS, "2003": "7OO" });
    expect(errors["hoursByYear.2003"]).toBe("Hours in 2003 must be a number of hours, such as 80 or 7.5.");
    expect(inputs.hours).toBeNull();
    expect(vestedToday(inputs, SOS_PLAN, W)).toEqual({ ok: false, missing: "Fix your hours (see the message beside it) to see what is vested today." });
    expect(value(limitSection(inputs, SOS_PLAN, W)).planYear).toBe(2006);
  });

  it("a bad birth date hides the years ahead only; a bad inflation rate hides today's dollars only", () => {
    const birth = tempInputs({ birthDate: "1975-02-30" }).inputs;
    expect(vestedToday(birth, SOS_PLAN, W).ok).toBe(true);
    expect(yearsAhead(birth, SOS_PLAN, W).ok).toBe(false);
    const inflation = tempInputs({ inflationPercent: "two" }).inputs;
    const ahead = value(yearsAhead(inflation, SOS_PLAN, W));
    expect(ahead.inflationPercent).toBeNull();
    expect(ahead.notes).toContain("Fix the inflation rate (see the message beside it) to see today's dollars.");
  });

  it("hours without a start date: enter it first", () => {
    const { inputs } = tempInputs({ employmentStartDate: "" });
    expect(vestedToday(inputs, SOS_PLAN, W)).toEqual({ ok: false, missing: "Enter your employment start date and your hours in at least one plan year to see what is vested today." });
  });
});

describe("age: a warning under 14 at the start, a plain sentence under 21", () => {
  it.each([
    { birthDate: "1986-03-07", warned: true, age: 13, why: "born 1986-03-07: 13 on 2000-03-06, the day before the 14th birthday" },
    { birthDate: "1986-03-06", warned: false, age: 14, why: "born 1986-03-06: 14 on 2000-03-06, the birthday itself" },
  ])("$why", ({ birthDate, warned, age }) => {
    const { warnings, errors } = tempInputs({ birthDate });
    expect(errors).toEqual({});
    if (warned) {
      expect(warnings.employmentStartDate).toBe(`With your birth date, you were ${age} on this start date, younger than 14. Please check both dates; the figures use them as typed.`);
    } else {
      expect(warnings.employmentStartDate).toBeUndefined();
    }
  });

  it.each([
    { birthDate: "1984-07-01", sentence: true, why: "born 1984-07-01: 20 on 2005-06-30, 21 on 2005-07-01" },
    { birthDate: "1984-06-30", sentence: false, why: "born 1984-06-30: 21 on 2005-06-30" },
    { birthDate: "1975-05-01", sentence: false, why: "born 1975: 30" },
  ])("under 21 on the as-of date: $why", ({ birthDate, sentence }) => {
    const text = ageSentence(tempInputs({ birthDate, employmentStartDate: "2003-04-07" }, { "2005": "620" }).inputs, SOS_PLAN, W);
    if (sentence) {
      expect(text).toBe(
        "You are 20 on June 30, 2005: under 21. The plan lets you join at 21, from July 1, 2005, once you also meet the service rule. Your service for vesting still counts from your first hour of work.",
      );
    } else expect(text).toBeNull();
  });

  it("a February 29 birthday attains 21 on March 1 in a common year", () => {
    const text = ageSentence(tempInputs({ birthDate: "1984-02-29", asOf: "2005-02-28", employmentStartDate: "2003-04-07" }, { "2005": "100" }).inputs, SOS_PLAN, W);
    expect(text).toContain("You are 20 on February 28, 2005: under 21. The plan lets you join at 21, from March 1, 2005,");
  });
});

describe("the forfeiture's run of breaks on the participant's record, at exactly 500 hours (plan-rules §4.1)", () => {
  it.each([
    // 2000: 1,400 → a year of service (1 year: 0%). 2001: 500 ≤ 500 is a break, so the last plan year
    // with more than 500 hours is 2000 and the five breaks are 2001..2005: forfeited 2006-01-01.
    { hours2001: "500", stretch: "(2001 to 2005)", on: "January 1, 2006" },
    // 501 > 500: 2001 is neither, the last year worked; the breaks are 2002..2006: forfeited 2007-01-01.
    { hours2001: "501", stretch: "(2002 to 2006)", on: "January 1, 2007" },
  ])("2001 with $hours2001 hours: $stretch, forfeited on $on", ({ hours2001, stretch, on }) => {
    const { inputs } = tempInputs({ asOf: "2003-06-30" }, { "2000": "1400", "2001": hours2001 });
    const today = value(vestedToday(inputs, SOS_PLAN, W));
    const record = serviceRecord(inputs, SOS_PLAN, today, W)!;
    expect(record.forfeitDateSentence).toContain(stretch);
    expect(record.forfeitDateSentence).toContain(`is forfeited on ${on}`);
  });
});
