/** The one-employee form: its answer (plan-rules §2, by hand) and where each problem is shown. */
import { describe, expect, it } from "vitest";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { answerForm, type EmployeeForm } from "@/lib/pages/hr-eligibility/single";

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
};

describe("answers", () => {
  it("plan-rules' example: 1,040 hours in 2002-03-15..2003-03-14 → eligible from 2003-03-15; 21 on 2001-03-01 (Feb 29 → Mar 1)", () => {
    const { result, issues } = answerForm(BASE, SOS_PLAN);
    expect(issues).toEqual({});
    expect(result).toMatchObject({ eligible: true, eligibilityDate: "2003-03-15", entryDate: "2003-03-15", excluded: false });
    expect(result!.requirements[0].metOn).toBe("2001-03-01");
  });

  it("a weekly schedule of 30 hours from 2002-03-15: 52 full weeks end by 2003-03-13 (52 × 30 = 1,560 in the initial period; the 53rd week ends 2003-03-20) → met 2003-03-15", () => {
    const { result } = answerForm({ ...BASE, hoursMode: "schedule", schedule: { hoursPerWeek: "30", from: "2002-03-15", through: "2003-12-31" } }, SOS_PLAN);
    expect(result!.eligibilityDate).toBe("2003-03-15");
    const service = result!.requirements[1];
    expect(service.kind === "hoursInPeriod" && service.periods[0]!.hours).toBe(1560);
  });

  it("20 hours a week from 2002-03-15: 52 × 20 + 20/7 (2.86) = 1,042.86 hours in the initial period → met 2003-03-15", () => {
    const { result } = answerForm({ ...BASE, hoursMode: "schedule", schedule: { hoursPerWeek: "20", from: "2002-03-15", through: "2003-03-14" } }, SOS_PLAN);
    expect(result!.eligibilityDate).toBe("2003-03-15");
  });

  it("an HCE of SOS is excluded; worked out from 2002 pay $95,000 above the $90,000 threshold for plan year 2003", () => {
    const { result } = answerForm({ ...BASE, hce: "workOut", priorYearCompensation: "95000" }, SOS_PLAN);
    expect(result).toMatchObject({ excluded: true, eligible: false, highlyCompensated: true });
  });

  it("before plan year 1998 (plan-rules §2.3): a blank pay is not an HCE; a stated one is a problem beside last year's pay", () => {
    // Started 1997-01-01 with 1,040 hours in the initial period 1997-01-01..1997-12-31: service met 1998-01-01.
    const early: EmployeeForm = { ...BASE, birthDate: "1970-01-01", employmentStartDate: "1997-01-01", asOf: "1997-06-30", hce: "workOut", rows: [{ date: "1997-06-30", hours: "1040" }] };
    const blankPay = answerForm(early, SOS_PLAN);
    expect(blankPay.issues).toEqual({});
    expect(blankPay.result).toMatchObject({ highlyCompensated: false, excluded: false, eligibilityDate: "1998-01-01" });
    const statedPay = answerForm({ ...early, priorYearCompensation: "50000" }, SOS_PLAN);
    expect(statedPay.result).toBeNull();
    expect(Object.keys(statedPay.issues)).toEqual(["priorYearCompensation"]);
    // Plan year 1998 looks back to 1997's $80,000: $80,000.01 is above it.
    const in1998 = answerForm({ ...early, asOf: "1998-06-30", priorYearCompensation: "80000.01" }, SOS_PLAN);
    expect(in1998.result).toMatchObject({ highlyCompensated: true, excluded: true });
  });

  it("pasted rows: 640 hours in the initial period and none later, as of 2003-06-30: not eligible, 360 to go", () => {
    const { result } = answerForm({ ...BASE, hoursMode: "paste", paste: "2002-06-30\t320\n2002-12-31\t320\n" }, SOS_PLAN);
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
    const typed = answerForm({ ...BASE, birthDate: "2/29/1980", employmentStartDate: "3/15/2002", asOf: "06/30/2003", rows: [{ date: "09/30/2002", hours: "520" }, { date: "2003-03-14", hours: "520" }] }, SOS_PLAN);
    expect(typed.issues).toEqual({});
    expect(typed.result).toMatchObject({ eligible: true, eligibilityDate: "2003-03-15" });
  });

  it("a birth date of 1700-01-01 is refused, as the API refuses it", () => {
    expect(answerForm({ ...BASE, birthDate: "1700-01-01" }, SOS_PLAN).issues).toEqual({ birthDate: ["Birth date must be a date from 1800-01-01 to 2200-12-31."] });
  });
});

describe("problems are keyed by the field they belong beside", () => {
  it("a blank birth date is required; a date in another format is named", () => {
    expect(answerForm({ ...BASE, birthDate: "" }, SOS_PLAN).issues).toEqual({ birthDate: ["Birth date is required."] });
    expect(answerForm({ ...BASE, employmentStartDate: "15.03.2002" }, SOS_PLAN).issues).toEqual({
      employmentStartDate: ["Employment start date must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15."],
    });
  });

  it("hours rows are keyed by their row (the blank row 2 is skipped, so the third row is still row 3)", () => {
    const bad = answerForm({ ...BASE, rows: [...BASE.rows.slice(0, 2), { date: "2002-04-01", hours: "x" }] }, SOS_PLAN).issues;
    expect(bad).toEqual({ "rows.2.hours": ["Row 3: the hours must be a number of hours, such as 80 or 7.5."] });
    const early = answerForm({ ...BASE, rows: [...BASE.rows.slice(0, 2), { date: "2002-03-01", hours: "8" }] }, SOS_PLAN).issues;
    expect(early).toEqual({
      "rows.2.date": ["Row 3: the date is before the employment start date (2002-03-15); hours are credited from the first hour of service."],
    });
  });

  it("pasted hours before the start date are named by their line", () => {
    const issues = answerForm({ ...BASE, hoursMode: "paste", paste: "2002-06-30\t320\n2002-01-31\t8\n" }, SOS_PLAN).issues;
    expect(issues).toEqual({ paste: ["Line 2: the date is before the employment start date (2002-03-15); hours are credited from the first hour of service."] });
  });

  it("a schedule starting before the employment start is named once, at its first day", () => {
    const issues = answerForm({ ...BASE, hoursMode: "schedule", schedule: { hoursPerWeek: "30", from: "2002-01-01", through: "2002-12-31" } }, SOS_PLAN).issues;
    expect(Object.keys(issues)).toEqual(["schedule.from"]);
  });

  it("last year's pay must be an amount", () => {
    expect(answerForm({ ...BASE, hce: "workOut", priorYearCompensation: "lots" }, SOS_PLAN).issues).toEqual({
      priorYearCompensation: ['Last year\'s pay must be an amount in dollars, such as "1234.50".'],
    });
  });
});
