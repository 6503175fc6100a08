import { describe, expect, it } from "vitest";
import { ANSWER_BEFORE_RULES, EMPTY_EMPLOYEE_FORM } from "@/lib/pages/hr-eligibility/before-rules";
import { answerForm } from "@/lib/pages/hr-eligibility/single";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import * as en from "@/lib/words/en/eligibility-page";
import * as es from "@/lib/words/es/eligibility-page";

/**
 * Before its rules load (app/hr/eligibility/use-engine.ts), the one-employee form shows
 * ANSWER_BEFORE_RULES. It must be what the rules answer for the empty form, apart from the
 * messages (shown only once a field is visited or typed in): else the first screen would change
 * when the rules arrive.
 */
describe.each([
  ["English", en],
  ["Spanish", es],
] as const)("the one-employee form before its rules load (%s)", (_language, words) => {
  it("is the rules' answer to the empty form: no answer, no hours read, no gaps", () => {
    const answer = answerForm(EMPTY_EMPLOYEE_FORM, SOS_PLAN, words);
    expect({ ...answer, issues: {} }).toEqual(ANSWER_BEFORE_RULES);
  });

  it("is the rules' answer on the browser's first render too, with today as the as-of date", () => {
    const answer = answerForm({ ...EMPTY_EMPLOYEE_FORM, asOf: "2026-12-06" }, SOS_PLAN, words);
    expect(answer.result).toBeNull();
    expect(answer.hours).toEqual([]);
    expect(answer.gaps).toEqual([]);
  });
});
