import { describe, expect, it } from "vitest";
import { allocateParsed } from "@/lib/pages/hr-forfeitures/allocate-pool";
import { ALLOCATION_BEFORE_RULES, TERMINATION_BEFORE_RULES } from "@/lib/pages/hr-forfeitures/before-rules";
import { parseDeferrals } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import { EMPTY_TERMINATION_FORM, evaluateTermination, fieldsShown } from "@/lib/pages/hr-forfeitures/termination";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { EN_WORDS, ES_WORDS } from "./forfeitures-words";

/**
 * Before its rules load (app/hr/forfeitures/use-engine.ts), the page shows the stand-ins of
 * before-rules.ts. They must be what the rules answer for the empty forms, apart from the
 * messages (which the page shows only once a field is visited or typed in): else the first screen
 * would change when the rules arrive.
 */
describe.each([
  ["English", EN_WORDS],
  ["Spanish", ES_WORDS],
] as const)("the forms before their rules load (%s)", (_language, words) => {
  it("the leaving form: no result, no hours record, the same as the rules' answer to the empty form", () => {
    const answer = evaluateTermination(EMPTY_TERMINATION_FORM, SOS_PLAN, words);
    expect({ ...answer, issues: {} }).toEqual(TERMINATION_BEFORE_RULES);
    // The empty form's messages are all "required" ones, of fields the empty form shows: hidden until visited.
    expect(Object.keys(answer.issues).every((field) => fieldsShown(EMPTY_TERMINATION_FORM.serviceBy).includes(field as never))).toBe(true);
  });

  it("the pool form: no allocation, no problem with an empty pool or an empty list", () => {
    const answer = allocateParsed("", parseDeferrals("", words), SOS_PLAN, words);
    expect({ ...answer, poolIssue: null, lineIssues: [] }).toEqual(ALLOCATION_BEFORE_RULES);
  });
});
