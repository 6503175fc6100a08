/**
 * The participant form's checks: an empty field is simply not given; a field filled in wrongly
 * gets a message that names it and says what would be right. Impossible dates, negative amounts
 * and contradictory dates are errors, so they never produce figures.
 */
import { describe, expect, it } from "vitest";
import { initialState, type TextField } from "@/lib/pages/participant/form";
import { readInputs } from "@/lib/pages/participant/validate";
import { PARTICIPANT_WORDS as W } from "@/lib/words/en/participant-words";

function withText(values: Partial<Record<TextField, string>>, serviceBy: "years" | "start" = "years") {
  const state = initialState("2002-12-31", 26.2);
  state.serviceBy = serviceBy;
  Object.assign(state.text, values);
  return readInputs(state, W);
}

describe("empty fields are not errors", () => {
  it("the empty form has no errors; missing figures are null and empty balances are $0", () => {
    const { inputs, errors } = withText({});
    expect(errors).toEqual({});
    expect(inputs.birthDate).toBeNull();
    expect(inputs.yearsOfService).toBeNull();
    expect(inputs.compensation).toBeNull();
    expect(inputs.years).toBeNull();
    expect(inputs.balances.match.toFixed(2)).toBe("0.00");
    expect(inputs.matchPercentOfDeferral).toBe(26.2);
    expect(inputs.annualReturnPercent).toBe(6);
  });
});

describe("values are read as typed", () => {
  it("reads dollars with a $ and thousands separators, and percentages with a %", () => {
    const { inputs, errors } = withText({ compensation: "$12,500.01", deferralPercent: "10%", "balances.match": " 4000.01 " });
    expect(errors).toEqual({});
    expect(inputs.compensation?.toFixed(2)).toBe("12500.01");
    expect(inputs.balances.match.toFixed(2)).toBe("4000.01");
    expect(inputs.deferralPercent).toBe(10);
  });

  it("reads the start date only when dates were chosen, and years only when years were", () => {
    expect(withText({ yearsOfService: "3", employmentStartDate: "2001-03-15" }, "years").inputs).toMatchObject({ yearsOfService: 3, employmentStartDate: null });
    expect(withText({ yearsOfService: "3", employmentStartDate: "2001-03-15" }, "start").inputs).toMatchObject({ yearsOfService: null, employmentStartDate: "2001-03-15" });
  });

  it.each([
    { text: "2005", year: 2005 },
    { text: " 2005 ", year: 2005 },
    { text: "2260", year: 2260 }, // the last plan year a projection can show: as of 2200, 60 years ahead
    { text: "2261", year: null },
    { text: "05", year: null },
    { text: "2005.0", year: null },
    { text: "20x5", year: null },
    { text: "", year: null },
  ])("a year to leave of '$text' is $year (chosen from a list, never an error)", ({ text, year }) => {
    const { inputs, errors } = withText({ leaveYear: text });
    expect(inputs.leaveYear).toBe(year);
    expect(errors.leaveYear).toBeUndefined();
  });
});

describe("each wrong entry gets a message naming the field", () => {
  it.each<{ field: TextField; text: string; message: string }>([
    { field: "birthDate", text: "2003-02-29", message: "Birth date is not a real calendar date (for example, 2003-02-29 does not exist)." },
    { field: "birthDate", text: "1970-13-01", message: "Birth date is not a real calendar date (for example, 2003-02-29 does not exist)." },
    { field: "birthDate", text: "4.7.1970", message: "Birth date must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15." },
    { field: "birthDate", text: "1700-01-01", message: "Birth date must be a date from 1800-01-01 to 2200-12-31." },
    { field: "balances.match", text: "3.200", message: "Employer match balance must have at most 2 decimals (whole cents); if you mean 3,200 dollars, write 3200 or 3,200." },
    { field: "asOf", text: "2002-02-30", message: "As-of date is not a real calendar date (for example, 2003-02-29 does not exist)." },
    { field: "balances.match", text: "-5", message: "Employer match balance must not be negative." },
    { field: "balances.deferral", text: "−10.00", message: "Your deferrals balance must not be negative." },
    { field: "balances.rollover", text: "12.345", message: "Rollovers balance must have at most 2 decimals (whole cents); if you mean 12,345 dollars, write 12345 or 12,345." },
    { field: "compensation", text: "forty thousand", message: 'Next year\'s pay must be an amount in dollars, such as "1234.50".' },
    { field: "compensation", text: "1000000000000.01", message: "Next year's pay must be at most $1,000,000,000,000." },
    { field: "deferralPercent", text: "-1", message: "Deferral percent must not be negative." },
    { field: "deferralPercent", text: "101", message: "Deferral percent must be at most 100." },
    { field: "deferralPercent", text: "ten", message: "Deferral percent must be a number from 0 to 100, such as 6 or 10." },
    { field: "annualReturnPercent", text: "-101", message: "Annual return must be at least -100." },
    { field: "salaryGrowthPercent", text: "51", message: "Salary growth must be at most 50." },
    { field: "years", text: "2.5", message: "Years to project must be a whole number from 1 to 60, such as 10." },
    { field: "years", text: "0", message: "Years to project must be at least 1." },
    { field: "years", text: "61", message: "Years to project must be at most 60." },
    { field: "yearsOfService", text: "-3", message: "Years of vesting service must not be negative." },
    { field: "matchPercentOfDeferral", text: "1001", message: "Match percent of deferrals must be at most 1000." },
    { field: "inflationPercent", text: "abc", message: "Inflation rate must be a number from -50 to 50, such as 2.5." },
  ])("$field '$text': $message", ({ field, text, message }) => {
    const { inputs, errors } = withText({ [field]: text });
    expect(errors[field]).toBe(message);
    // Nothing wrong is passed on as a figure.
    if (field === "compensation") expect(inputs.compensation).toBeNull();
    if (field === "birthDate") expect(inputs.birthDate).toBeNull();
  });

  it("accepts a leading minus where a negative makes sense (a falling salary, a loss)", () => {
    const { inputs, errors } = withText({ salaryGrowthPercent: "-2.5", annualReturnPercent: "−10" });
    expect(errors).toEqual({});
    expect(inputs.salaryGrowthPercent).toBe(-2.5);
    expect(inputs.annualReturnPercent).toBe(-10);
  });
});

describe("dates that contradict each other", () => {
  it("a birth date after the as-of date", () => {
    expect(withText({ birthDate: "2003-01-01" }).errors.birthDate).toBe("Birth date is after the as-of date (2002-12-31); check both dates.");
  });
  it("a start date after the as-of date", () => {
    expect(withText({ employmentStartDate: "2003-01-01" }, "start").errors.employmentStartDate).toBe(
      "Employment start date is after the as-of date (2002-12-31); service is counted up to the as-of date.",
    );
  });
  it("a birth date after the start date", () => {
    expect(withText({ birthDate: "2001-06-01", employmentStartDate: "2001-03-15" }, "start").errors.birthDate).toBe(
      "Birth date is after the employment start date (2001-03-15); check both dates.",
    );
  });
  it("an as-of date before 2001: the limits table starts in 2002, the projection the year after the as-of date", () => {
    expect(withText({ asOf: "2000-12-31" }).errors.asOf).toBe(
      "As-of date must be in 2001 or later: the projection starts the next plan year and the IRS limits table starts in 2002.",
    );
    expect(withText({ asOf: "2001-01-01" }).errors.asOf).toBeUndefined();
  });
  it("a date typed MM/DD/YYYY is read month first: 7/4/1970 is July 4, 1970", () => {
    expect(withText({ birthDate: "7/4/1970" }).inputs.birthDate).toBe("1970-07-04");
  });

  it("an as-of date after 2200", () => {
    expect(withText({ asOf: "2201-01-01" }).errors.asOf).toBe("As-of date must be a date from 1800-01-01 to 2200-12-31.");
  });
});
