/**
 * The API keeps and logs nothing it is sent (issue 5): after posting distinctive birth dates and
 * amounts to every endpoint, including bodies that fail, the server's own output holds none of them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it, inject } from "vitest";
import { post } from "./client";

const BIRTH = "1961-07-23";
const START = "1999-11-17";
const AMOUNTS = ["98765.43", "45678.91", "13579.24"];

describe("the server log after an API run", () => {
  it("holds none of the birth dates or amounts it was sent", async () => {
    await post("eligibility", { asOf: "2003-06-30", employer: "SOS", birthDate: BIRTH, employmentStartDate: START, priorYearCompensation: AMOUNTS[0] });
    await post("eligibility", { asOf: "2003-02-29", employer: "SOS", birthDate: BIRTH, employmentStartDate: START, priorYearCompensation: AMOUNTS[0] });
    await post("vesting", { yearsOfService: 3, balances: { deferral: AMOUNTS[1], match: AMOUNTS[2] } });
    await post("vesting", { yearsOfService: 3, balances: { deferral: `-${AMOUNTS[1]}` } });
    await post("projection", {
      asOf: "2002-12-31", birthDate: BIRTH, yearsOfService: 2, balances: { deferral: AMOUNTS[1] }, compensation: AMOUNTS[0],
      salaryGrowthPercent: 3, deferralPercent: 10, matchPercentOfDeferral: 26.2, annualReturnPercent: 6, years: 3,
    });
    await post("contribution-limit", { planYear: 2002, compensation: AMOUNTS[0], birthDate: BIRTH });
    await post("forfeitures/allocate", { pool: AMOUNTS[2], participants: [{ id: "P-1", deferrals: AMOUNTS[1] }] });
    await post("eligibility", `{"birthDate":"${BIRTH}", broken`, true);
    await post("batch", {
      requests: [
        { id: "P-1", endpoint: "eligibility", body: { asOf: "2003-06-30", employer: "SOS", birthDate: BIRTH, employmentStartDate: START } },
        { id: "P-2", endpoint: "vesting", body: { yearsOfService: 3, balances: { match: `-${AMOUNTS[2]}` } } },
        { id: "P-3", endpoint: "nowhere", body: { birthDate: BIRTH } },
      ],
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the server flush its output

    const log = readFileSync(inject("serverLog"), "utf8");
    expect(log.length).toBeGreaterThan(0); // the server did write (its start-up lines): we read the right file
    for (const secret of [BIRTH, START, ...AMOUNTS]) expect(log).not.toContain(secret);
  });
});
