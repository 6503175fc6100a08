/**
 * The contribution limit in words (lib/words/en/contribution.ts): each sentence written by hand
 * from the rule's figures (11-K Note 1.B; plan-rules §3) and the limits table's sources (§7),
 * as the rule's own explanation wrote them before the sentences moved.
 */
import { describe, expect, it } from "vitest";
import { contributionLimitEndpoint } from "@/lib/api/v1";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { contributionLimit } from "@/lib/rules/contribution";
import { bindingLimitName, contributionExplanation, limitsNote, limitYearNote, overLimitWarning } from "@/lib/words/en/contribution";
import { carriedForwardSentence } from "@/lib/words/en/limits";

const withCatchUp = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, catchUp: true } });
const COLA = 'IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions"';
const deferralLimit2002 = `The IRS elective deferral limit for 2002 is $11,000.00 (IRC 402(g); ${COLA}, 2002 column).`;

describe("the contribution limit's explanation", () => {
  it("2002, $250,000 at 20%: pay capped at 200,000, 402(g) binds, 29,000 over", () => {
    // Counted min(250,000, 200,000) = 200,000; 15% = 30,000 > 11,000, so 402(g) binds.
    // 20% of 200,000 = 40,000; 40,000 − 11,000 = 29,000 over.
    const result = contributionLimit({ planYear: 2002, compensation: new Dec("250000"), deferralPercent: 20 }, SOS_PLAN);
    expect(contributionExplanation(result, SOS_PLAN)).toEqual([
      `Compensation counted is capped at $200,000.00 for 2002 (IRC 401(a)(17); ${COLA}, 2002 column).`,
      "The plan lets you defer up to 15% of compensation: 15% of $200,000.00 is $30,000.00. (11-K Note 1.B)",
      deferralLimit2002,
      "The IRS limit is lower than the plan's 15% cap, so it binds.",
      "20% of $200,000.00 is $40,000.00, $29,000.00 more than the maximum of $11,000.00; only $11,000.00 can be deferred.",
    ]);
    expect(limitsNote(result)).toBeNull();
  });

  it("catch-up on, $1,000 of pay, age 55, 100%: the 15% cap binds, catch-up applies, pay limits the deferral", () => {
    // Born 1947-01-01: 55 on December 31, 2002, so 2002's catch-up of 1,000 applies.
    // 15% of 1,000 = 150 < 11,000; 150 + 1,000 = 1,150 > 1,000 of pay, so pay binds; 100% asks 1,000, no excess.
    const result = contributionLimit({ planYear: 2002, compensation: new Dec("1000"), birthDate: "1947-01-01", deferralPercent: 100 }, withCatchUp);
    expect(contributionExplanation(result, withCatchUp)).toEqual([
      "The plan lets you defer up to 15% of compensation: 15% of $1,000.00 is $150.00. (11-K Note 1.B)",
      deferralLimit2002,
      "The plan's 15% cap is the lower of the two (or equal), so it binds.",
      "Age 55 by December 31, 2002: a catch-up of $1,000.00 applies (IRC 414(v)).",
      "A deferral can never exceed compensation, $1,000.00.",
    ]);
  });

  it("catch-up on, 2030, age 40: no catch-up, and the 2026 limits carried forward", () => {
    // Born 1990-01-01: 40 on December 31, 2030. 2030 is after the table: 2026's 402(g) of 24,500.
    // 15% of 40,000 = 6,000 < 24,500.
    const result = contributionLimit({ planYear: 2030, compensation: new Dec("40000"), birthDate: "1990-01-01" }, withCatchUp);
    const note = "IRS limits for 2030 are not yet in the table; the 2026 limits are carried forward.";
    expect(contributionExplanation(result, withCatchUp)).toEqual([
      "The plan lets you defer up to 15% of compensation: 15% of $40,000.00 is $6,000.00. (11-K Note 1.B)",
      `The IRS elective deferral limit for 2030 is $24,500.00 (IRC 402(g); ${COLA}, 2026 column; IRS Notice 2025-67).`,
      "The plan's 15% cap is the lower of the two (or equal), so it binds.",
      "Age 40 by December 31, 2030: no catch-up (it starts at 50).",
      note,
    ]);
    expect(limitsNote(result)).toBe(note);
    expect(carriedForwardSentence(2030, 2026)).toBe(note);
  });

  it("catch-up on without a birth date: the sentence says it needs one; catch-up off: no catch-up sentence", () => {
    const result = contributionLimit({ planYear: 2002, compensation: new Dec("40000") }, withCatchUp);
    expect(contributionExplanation(result, withCatchUp)[3]).toBe("Catch-up needs a birth date; none was given.");
    expect(contributionExplanation(contributionLimit({ planYear: 2002, compensation: new Dec("40000") }, SOS_PLAN), SOS_PLAN)).toHaveLength(3);
  });

  it("the API's explanation is the words module's: api-v1's example, 20% of $80,000 in 2002", () => {
    // 15% of 80,000 = 12,000 > 11,000: 402(g) binds. 20% of 80,000 = 16,000, 5,000 over.
    const answer = contributionLimitEndpoint({ planYear: 2002, compensation: "80000", deferralPercent: 20 });
    expect(answer.status).toBe(200);
    expect((answer.body as { explanation: string[] }).explanation).toEqual([
      "The plan lets you defer up to 15% of compensation: 15% of $80,000.00 is $12,000.00. (11-K Note 1.B)",
      deferralLimit2002,
      "The IRS limit is lower than the plan's 15% cap, so it binds.",
      "20% of $80,000.00 is $16,000.00, $5,000.00 more than the maximum of $11,000.00; only $11,000.00 can be deferred.",
    ]);
  });
});

describe("the participant page's warning", () => {
  it("100% of $1,000 with catch-up: above the 15% cap though nothing is over the maximum", () => {
    // 100% > 15%: warned of the cap; asks 1,000, the maximum is 1,000 (pay), so $0.00 over.
    const result = contributionLimit({ planYear: 2002, compensation: new Dec("1000"), birthDate: "1947-01-01", deferralPercent: 100 }, withCatchUp);
    expect(result.requested?.abovePlanCap).toBe(true);
    expect(overLimitWarning(result)).toBe(
      "100% is more than the plan's 15% cap: 100% of $1,000.00 is $1,000.00, but at most $1,000.00 can be deferred in 2002. Only $1,000.00 is allowed ($0.00 over); the years ahead use the allowed amount.",
    );
  });

  it("15% of $100,000 in 2002: at the cap but 4,000 over 402(g); 10% of $40,000 or no % asked: no warning", () => {
    // 15% of 100,000 = 15,000; 402(g) 11,000; 4,000 over.
    const over = contributionLimit({ planYear: 2002, compensation: new Dec("100000"), deferralPercent: 15 }, SOS_PLAN);
    expect(overLimitWarning(over)).toBe(
      "15% is more than the 2002 dollar limit: 15% of $100,000.00 is $15,000.00, but at most $11,000.00 can be deferred in 2002. Only $11,000.00 is allowed ($4,000.00 over); the years ahead use the allowed amount.",
    );
    expect(overLimitWarning(contributionLimit({ planYear: 2002, compensation: new Dec("40000"), deferralPercent: 10 }, SOS_PLAN))).toBeNull();
    expect(overLimitWarning(contributionLimit({ planYear: 2002, compensation: new Dec("40000") }, SOS_PLAN))).toBeNull();
  });
});

describe("the participant page's figures", () => {
  it("the limit that binds: the plan's cap, 402(g), or pay itself", () => {
    // 15% of 40,000 = 6,000 < 11,000: the cap. 15% of 80,000 = 12,000 > 11,000: 402(g).
    expect(bindingLimitName(contributionLimit({ planYear: 2002, compensation: new Dec("40000") }, SOS_PLAN))).toBe("the plan's 15% cap");
    expect(bindingLimitName(contributionLimit({ planYear: 2002, compensation: new Dec("80000") }, SOS_PLAN))).toBe("the IRS elective deferral limit (402(g))");
    // 150 + 1,000 catch-up > 1,000 of pay: pay itself.
    expect(bindingLimitName(contributionLimit({ planYear: 2002, compensation: new Dec("1000"), birthDate: "1947-01-01" }, withCatchUp))).toBe("your pay itself");
  });

  it("the year note says catch-up is not modelled only where the plan has none", () => {
    const result = contributionLimit({ planYear: 2003, compensation: new Dec("40000") }, SOS_PLAN);
    expect(limitYearNote(result, SOS_PLAN)).toBe(
      "For 2003, the first plan year after the as-of date: the year the pay you entered is for. Catch-up contributions are not modelled: the 11-K does not mention them.",
    );
    expect(limitYearNote(result, withCatchUp)).toBe("For 2003, the first plan year after the as-of date: the year the pay you entered is for.");
  });
});
