/** The one-employee form: its answer (plan-rules §2, by hand) and where each problem is shown. */
import { describe, expect, it } from "vitest";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { answerForm, periodLines, type EmployeeForm, type PeriodLine } from "@/lib/pages/hr-eligibility/single";
import { partTimeInWords } from "@/lib/words/en/eligibility";
import * as pageWords from "../../lib/words/en/eligibility-page";

const BASE: EmployeeForm = {
  employer: "SOS",
  birthDate: "1980-02-29",
  employmentStartDate: "2002-03-15",
  asOf: "2003-06-30",
  hce: "no",
  priorYearCompensation: "",
  fivePercentOwner: false,
  hoursMode: "rows",
  rows: [
    { date: "2002-09-30", hours: "520" },
    { date: "", hours: "" },
    { date: "2003-03-14", hours: "520" },
  ],
  paste: "",
  schedule: { hoursPerWeek: "", from: "", through: "" },
  gaps: [],
};

describe("answers", () => {
  it("plan-rules' example: 1,040 hours in 2002-03-15..2003-03-14 → eligible from 2003-03-15; 21 on 2001-03-01 (Feb 29 → Mar 1)", () => {
    const { result, issues } = answerForm(BASE, SOS_PLAN, pageWords);
    expect(issues).toEqual({});
    expect(result).toMatchObject({ eligible: true, eligibilityDate: "2003-03-15", entryDate: "2003-03-15", excluded: false });
    expect(result!.requirements[0].metOn).toBe("2001-03-01");
  });

  it("a weekly schedule of 30 hours from 2002-03-15: 52 full weeks end by 2003-03-13 (52 × 30 = 1,560 in the initial period; the 53rd week ends 2003-03-20) → met 2003-03-15", () => {
    const { result } = answerForm({ ...BASE, hoursMode: "schedule", schedule: { hoursPerWeek: "30", from: "2002-03-15", through: "2003-12-31" } }, SOS_PLAN, pageWords);
    expect(result!.eligibilityDate).toBe("2003-03-15");
    const service = result!.requirements[1];
    expect(service.kind === "hoursInPeriod" && service.periods[0]!.hours).toBe(1560);
  });

  it("20 hours a week from 2002-03-15: 52 × 20 + 20/7 (2.86) = 1,042.86 hours in the initial period → met 2003-03-15", () => {
    const { result } = answerForm({ ...BASE, hoursMode: "schedule", schedule: { hoursPerWeek: "20", from: "2002-03-15", through: "2003-03-14" } }, SOS_PLAN, pageWords);
    expect(result!.eligibilityDate).toBe("2003-03-15");
  });

  it("an HCE of SOS is excluded; worked out from 2002 pay $95,000 above the $90,000 threshold for plan year 2003", () => {
    const { result } = answerForm({ ...BASE, hce: "workOut", priorYearCompensation: "95000" }, SOS_PLAN, pageWords);
    expect(result).toMatchObject({ excluded: true, eligible: false, highlyCompensated: true });
  });

  it("before plan year 1998 (plan-rules §2.3): a blank pay is not an HCE; a stated one is a problem beside last year's pay", () => {
    // Started 1997-01-01 with 1,040 hours in the initial period 1997-01-01..1997-12-31: service met 1998-01-01.
    const early: EmployeeForm = { ...BASE, birthDate: "1970-01-01", employmentStartDate: "1997-01-01", asOf: "1997-06-30", hce: "workOut", rows: [{ date: "1997-06-30", hours: "1040" }] };
    const blankPay = answerForm(early, SOS_PLAN, pageWords);
    expect(blankPay.issues).toEqual({});
    expect(blankPay.result).toMatchObject({ highlyCompensated: false, excluded: false, eligibilityDate: "1998-01-01" });
    const statedPay = answerForm({ ...early, priorYearCompensation: "50000" }, SOS_PLAN, pageWords);
    expect(statedPay.result).toBeNull();
    expect(Object.keys(statedPay.issues)).toEqual(["priorYearCompensation"]);
    // Plan year 1998 looks back to 1997's $80,000: $80,000.01 is above it.
    const in1998 = answerForm({ ...early, asOf: "1998-06-30", priorYearCompensation: "80000.01" }, SOS_PLAN, pageWords);
    expect(in1998.result).toMatchObject({ highlyCompensated: true, excluded: true });
  });

  it("pasted rows: 640 hours in the initial period and none later, as of 2003-06-30: not eligible, 360 to go", () => {
    const { result } = answerForm({ ...BASE, hoursMode: "paste", paste: "2002-06-30\t320\n2002-12-31\t320\n" }, SOS_PLAN, pageWords);
    expect(result).toMatchObject({ eligible: false, eligibilityDate: null });
    const service = result!.requirements[1];
    expect(service.kind === "hoursInPeriod" && service.periods.map((p) => [p.end, p.hours])).toEqual([
      ["2003-03-14", 640],
      ["2003-12-31", 0],
    ]);
  });
});

describe("dates as a person types them", () => {
  it("3/15/2002 is read month first as 2002-03-15, and 2/29/1980 as 1980-02-29: the same answer as the ISO dates", () => {
    const typed = answerForm({ ...BASE, birthDate: "2/29/1980", employmentStartDate: "3/15/2002", asOf: "06/30/2003", rows: [{ date: "09/30/2002", hours: "520" }, { date: "2003-03-14", hours: "520" }] }, SOS_PLAN, pageWords);
    expect(typed.issues).toEqual({});
    expect(typed.result).toMatchObject({ eligible: true, eligibilityDate: "2003-03-15" });
  });

  it("a birth date of 1700-01-01 is refused, as the API refuses it", () => {
    expect(answerForm({ ...BASE, birthDate: "1700-01-01" }, SOS_PLAN, pageWords).issues).toEqual({ birthDate: ["Birth date must be a date from 1800-01-01 to 2200-12-31."] });
  });
});

describe("problems are keyed by the field they belong beside", () => {
  it("a blank birth date is required; a date in another format is named", () => {
    expect(answerForm({ ...BASE, birthDate: "" }, SOS_PLAN, pageWords).issues).toEqual({ birthDate: ["Birth date is required."] });
    expect(answerForm({ ...BASE, employmentStartDate: "15.03.2002" }, SOS_PLAN, pageWords).issues).toEqual({
      employmentStartDate: ["Employment start date must be written MM/DD/YYYY or YYYY-MM-DD."],
    });
  });

  it.each([
    ["2003-02-29", "Birth date is not a real calendar date."],
    ["2/29/2001", "Birth date is not a real calendar date."],
    ["31/03/1980", "Birth date is not a real date: with slashes the month comes first (MM/DD/YYYY), and there is no month 31."],
    ["1700-01-01", "Birth date must be a date from 1800-01-01 to 2200-12-31."],
  ])("the field's hint shows the format, so the message is short: %j → %s", (typed, message) => {
    expect(answerForm({ ...BASE, birthDate: typed }, SOS_PLAN, pageWords).issues).toEqual({ birthDate: [message] });
  });

  it("hours rows are keyed by their row (the blank row 2 is skipped, so the third row is still row 3)", () => {
    const bad = answerForm({ ...BASE, rows: [...BASE.rows.slice(0, 2), { date: "2002-04-01", hours: "x" }] }, SOS_PLAN, pageWords).issues;
    expect(bad).toEqual({ "rows.2.hours": ["Row 3: the hours must be a number, such as 80 or 7.5."] });
    const early = answerForm({ ...BASE, rows: [...BASE.rows.slice(0, 2), { date: "2002-03-01", hours: "8" }] }, SOS_PLAN, pageWords).issues;
    expect(early).toEqual({
      "rows.2.date": ["Row 3: the date is before the employment start date (2002-03-15); hours are credited from the first hour of service."],
    });
  });

  it("pasted hours before the start date are named by their line", () => {
    const issues = answerForm({ ...BASE, hoursMode: "paste", paste: "2002-06-30\t320\n2002-01-31\t8\n" }, SOS_PLAN, pageWords).issues;
    expect(issues).toEqual({ paste: ["Line 2: the date is before the employment start date (2002-03-15); hours are credited from the first hour of service."] });
  });

  it("a schedule starting before the employment start is named once, at its first day", () => {
    const issues = answerForm({ ...BASE, hoursMode: "schedule", schedule: { hoursPerWeek: "30", from: "2002-01-01", through: "2002-12-31" } }, SOS_PLAN, pageWords).issues;
    expect(Object.keys(issues)).toEqual(["schedule.from"]);
  });

  it("last year's pay must be an amount", () => {
    expect(answerForm({ ...BASE, hce: "workOut", priorYearCompensation: "lots" }, SOS_PLAN, pageWords).issues).toEqual({
      priorYearCompensation: ['Last year\'s pay must be an amount in dollars, such as "1234.50".'],
    });
  });
});

/** A period line in a few words, to compare lists. */
function line(item: PeriodLine): string {
  if (item.kind === "gap") return `gap ${item.gap.from}..${item.gap.to}: ${item.gap.hours}`;
  if (item.kind === "empty") return `${item.count} empty ${item.first.start}..${item.last.end}`;
  return `${item.period.start}..${item.period.end}: ${item.period.hours}${item.current ? " current" : ""}${item.closest ? " closest" : ""}${item.period.meets ? " meets" : ""}`;
}

describe("a rehire's gaps", () => {
  /** Hired 2015-03-01, left 2016-06-30, rehired 2023-01-09; 600 hours in 2015 and in 2016, 40 dated in the gap, 900 in 2023. */
  const REHIRE: EmployeeForm = {
    ...BASE,
    birthDate: "1980-01-01",
    employmentStartDate: "2015-03-01",
    asOf: "2023-06-30",
    rows: [
      { date: "2015-12-31", hours: "600" },
      { date: "2016-06-30", hours: "600" },
      { date: "2016-07-15", hours: "40" },
      { date: "2023-06-30", hours: "900" },
    ],
    gaps: [{ lastDay: "06/30/2016", rehired: "2023-01-09" }],
  };

  it("change no date: the answer is the API's for the first start, 2015-03-01 (the gaps only shown)", () => {
    const withGap = answerForm(REHIRE, SOS_PLAN, pageWords);
    const without = answerForm({ ...REHIRE, gaps: [] }, SOS_PLAN, pageWords);
    expect(withGap.issues).toEqual({});
    expect(withGap.result!.eligibilityDate).toBe(without.result!.eligibilityDate);
    // Initial period 2015-03-01..2016-02-29: 600; plan year 2016 (holds the first anniversary, 2016-03-01): 600 + 40 = 640;
    // 2017 to 2022: none; 2023: 900. Never 1,000: no eligibility date.
    expect(withGap.result!.eligibilityDate).toBeNull();
  });

  it("a gap runs from the day after the last day (2016-07-01) to the day before the rehire (2023-01-08); its 40 hours are counted and shown", () => {
    const { gaps } = answerForm(REHIRE, SOS_PLAN, pageWords);
    expect(gaps.map((gap) => ({ from: gap.from, to: gap.to, hours: gap.hours }))).toEqual([{ from: "2016-07-01", to: "2023-01-08", hours: 40 }]);
  });

  it("the period list shows the periods with hours, the current one and the gap, and sums up the six empty plan years 2017 to 2022 in one line", () => {
    const { result, gaps } = answerForm(REHIRE, SOS_PLAN, pageWords);
    const service = result!.requirements[1];
    if (service.kind !== "hoursInPeriod") throw new Error("SOS counts hours");
    expect(periodLines(service.periods, "2023-06-30", gaps).map(line)).toEqual([
      "2015-03-01..2016-02-29: 600",
      "2016-01-01..2016-12-31: 640",
      "gap 2016-07-01..2023-01-08: 40",
      "6 empty 2017-01-01..2022-12-31",
      "2023-01-01..2023-12-31: 900 current closest",
    ]);
  });

  it.each([
    ["a last day before the start", [{ lastDay: "2015-02-28", rehired: "2023-01-09" }], { "gaps.0.lastDay": ["Gap 1: the last day must be on or after March 1, 2015, the day that spell began."] }],
    ["a rehire on the last day", [{ lastDay: "2016-06-30", rehired: "2016-06-30" }], { "gaps.0.rehired": ["Gap 1: the rehire date must be after the last day (June 30, 2016)."] }],
    [
      "a second gap whose last day is before the first rehire",
      [
        { lastDay: "2016-06-30", rehired: "2020-01-06" },
        { lastDay: "2019-12-31", rehired: "2023-01-09" },
      ],
      { "gaps.1.lastDay": ["Gap 2: the last day must be on or after January 6, 2020, the day that spell began."] },
    ],
    ["a rehire date left blank", [{ lastDay: "2016-06-30", rehired: "" }], { "gaps.0.rehired": ["Gap 1: the rehire date is required."] }],
    ["a last day that is no date", [{ lastDay: "2016-06-31", rehired: "2023-01-09" }], { "gaps.0.lastDay": ["Gap 1: the last day is not a real calendar date."] }],
  ])("%s is named beside its field", (_, gaps, issues) => {
    expect(answerForm({ ...REHIRE, gaps }, SOS_PLAN, pageWords).issues).toEqual(issues);
  });

  it("a gap row left wholly blank is skipped", () => {
    expect(answerForm({ ...REHIRE, gaps: [{ lastDay: "", rehired: "" }] }, SOS_PLAN, pageWords)).toMatchObject({ issues: {}, gaps: [] });
  });
});

describe("the part-time finding in words", () => {
  /** 600 hours a year since 2021-01-01 (plan-rules §2.4): 2023 ends a run of 3 → met 2024-01-01. */
  const PART_TIMER: EmployeeForm = {
    ...BASE,
    birthDate: "1980-01-01",
    employmentStartDate: "2021-01-01",
    asOf: "2025-06-30",
    rows: [2021, 2022, 2023, 2024, 2025].map((year) => ({ date: `${year}-06-30`, hours: "600" })),
  };

  it.each([
    [
      "600 hours a year since 2021, as of 2025-06-30: may defer since 2024-01-01, no match",
      PART_TIMER,
      [
        "May make their own deferrals (elective deferrals) since 2024-01-01 as a long-term part-time employee: 3 periods in a row with 500 hours or more (3 needed), the last plan year 2023.",
        "They get no employer match: the plan gives long-term part-time employees none.",
      ],
    ],
    [
      "the same hours as of 2023-12-31: not yet, from 2024-01-01",
      { ...PART_TIMER, asOf: "2023-12-31", rows: PART_TIMER.rows.slice(0, 3) },
      [
        "Not yet on 2023-12-31. On the hours given, may make their own deferrals as a long-term part-time employee from 2024-01-01: 3 periods in a row with 500 hours or more (3 needed), the last plan year 2023.",
        "They get no employer match: the plan gives long-term part-time employees none.",
      ],
    ],
    [
      "499 hours in 2024 break the run; 600 in 2025 start a new one, as of 2025-06-30: not met",
      { ...PART_TIMER, rows: [{ date: "2024-06-30", hours: "499" }, { date: "2025-06-30", hours: "600" }] },
      [
        "Not met on the hours given: the rule needs periods in a row with 500 hours or more in each (3 in a row for dates from 2024-01-01, then 2 in a row from 2025-01-01), counting only periods that begin on or after 2021-01-01. The latest counted period, plan year 2025, has 600 hours, 1 in a row.",
      ],
    ],
    [
      "a highly compensated employee of SOS with the same hours",
      { ...PART_TIMER, hce: "yes" as const },
      ["Excluded as a highly compensated employee, so the long-term part-time rule does not let this employee defer either (on its own it would be met on 2024-01-01: 3 periods in a row with 500 hours or more (3 needed), the last plan year 2023)."],
    ],
    ["an Inteliant employee", { ...PART_TIMER, employer: "Inteliant" }, ["The long-term part-time rule concerns employees who need hours to join; Inteliant Corporation employees need none."]],
  ])("%s", (_, form, words) => {
    const { result, asOf } = answerForm(form, SOS_PLAN, pageWords);
    expect(partTimeInWords(result!, asOf!, SOS_PLAN)).toEqual(words);
  });
});
