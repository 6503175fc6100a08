/**
 * HR's sentences about a leaving participant name the plan's own period: "plan year" for this
 * plan, "12-month period" for a plan that counts anniversary years (both sentences said "plan
 * year" whatever the plan counted; the Spanish words' review found it).
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateVesting } from "@/lib/rules/vesting";
import { leavingExplanation } from "@/lib/words/en/forfeiture";

const ANNIVERSARY = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, vestingPeriods: "anniversaryYear" } });
const match = (amount: string) => ({ deferral: new Dec(0), rollover: new Dec(0), match: new Dec(amount) });

function leaving(start: string, lastDay: string, hours: { date: string; hours: number }[]) {
  const vesting = evaluateVesting({ employmentStartDate: start, asOf: lastDay, hours, balances: match("1000") }, ANNIVERSARY);
  return leavingExplanation({ ...vesting, forfeited: vesting.forfeitable, lastDay: lastDay as `${number}-${number}-${number}` }, ANNIVERSARY);
}

describe("a plan that counts 12-month periods", () => {
  it("the period of leaving is a 12-month period, named by its dates", () => {
    // Started March 15, 2002: 1,200 hours in the first 12 months (a year of service), 200 in the second by the last day, June 30, 2003.
    const sentences = leaving("2002-03-15", "2003-06-30", [{ date: "2002-06-01", hours: 1200 }, { date: "2003-04-01", hours: 200 }]);
    // 1,000 − 200 = 800 hours short.
    expect(sentences).toContain("The 12-month period of leaving, March 15, 2003 to March 14, 2004, has 200 hours through the last day: 800 short of a year of service.");
    expect(sentences.join(" ")).not.toContain("plan year of leaving");
  });

  it("no 12-month period with 1,000 hours: no year of service, 0%", () => {
    // Started March 15, 2002, 200 hours, gone January 31, 2003: the first 12 months are not over and hold 200 hours.
    const sentences = leaving("2002-03-15", "2003-01-31", [{ date: "2002-06-01", hours: 200 }]);
    expect(sentences).toContain(
      "No 12-month period has 1,000 hours by the last day: no year of service, so the match vests 0% under the schedule (less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%). (11-K Note 1.D)",
    );
  });
});
