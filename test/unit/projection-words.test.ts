/**
 * The years ahead in words (lib/words/en/projection.ts): each sentence written by hand from the
 * projection's facts (plan-rules §6; 11-K Notes 1.B, 1.D) as the rule and the page wrote them
 * before the sentences moved.
 */
import { describe, expect, it } from "vitest";
import { initialState, type TextField } from "@/lib/pages/participant/form";
import { yearsAhead } from "@/lib/pages/participant/scenario";
import { readInputs } from "@/lib/pages/participant/validate";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { project, type ProjectionInput } from "@/lib/rules/projection";
import { knownThroughSentence } from "@/lib/words/en/limits";
import { matchReducedFootnote, projectionExplanation, projectionLimitsNote, todaysDollarsSentence, vestedRowSentence } from "@/lib/words/en/projection";
import { PROJECTION_BASE } from "./cases";
import { PARTICIPANT_WORDS as W } from "@/lib/words/en/participant-words";

const base: ProjectionInput = PROJECTION_BASE;

const ASSUMPTIONS_2003 = [
  "Year 1 is 2003, the plan year after the as-of date. Pay grows 3% a year; the deferral is 10% of counted pay, never more than that year's maximum deferral. (11-K Note 1.B)",
  "The match is 26.2% of the deferral, reduced where needed to keep deferral + match within the IRC 415(c) limit and 100% of pay. The match is discretionary: this is an assumption, not a promise. (11-K Note 1.B, Note 1.G; statement of changes in net assets, 2002)",
  "Each balance earns 6% a year; contributions arrive evenly through the year, so they earn half a year's return in their first year.",
  "Years of service rise by one each year (a full-time year of 1,000+ hours is assumed); each row's vested % uses the years at that year's end. (11-K Note 1.D)",
];

describe("the projection's explanation", () => {
  it("as of 2002-12-31: year 1 is 2003, the rates as given, every year in the limits table", () => {
    const result = project(base, SOS_PLAN);
    expect(projectionExplanation(result, SOS_PLAN)).toEqual(ASSUMPTIONS_2003);
    expect(projectionLimitsNote(result)).toBeNull();
  });

  it("as of 2025-12-31 for 2 years: 2026 is in the table, 2027 is not", () => {
    const result = project({ ...base, asOf: "2025-12-31", years: 2 }, SOS_PLAN);
    const note = "IRS limits are known through 2026; from 2027 the 2026 limits are carried forward.";
    expect(projectionLimitsNote(result)).toBe(note);
    expect(knownThroughSentence(2026, 2027)).toBe(note);
    const explanation = projectionExplanation(result, SOS_PLAN);
    expect(explanation[0]).toBe(
      "Year 1 is 2026, the plan year after the as-of date. Pay grows 3% a year; the deferral is 10% of counted pay, never more than that year's maximum deferral. (11-K Note 1.B)",
    );
    expect(explanation).toHaveLength(5);
    expect(explanation[4]).toBe(note);
  });

  it("as of 2029-12-31: the note starts from 2030, the first year projected", () => {
    const result = project({ ...base, asOf: "2029-12-31", birthDate: "1990-07-04", years: 1 }, SOS_PLAN);
    expect(projectionLimitsNote(result)).toBe("IRS limits are known through 2026; from 2030 the 2026 limits are carried forward.");
  });
});

describe("the participant page's years ahead", () => {
  const inputsOf = (values: Partial<Record<TextField, string>>) => {
    const state = initialState("2002-12-31", 26.2);
    Object.assign(state.text, values);
    state.serviceBy = "years";
    const { inputs, errors } = readInputs(state, W);
    expect(errors).toEqual({});
    return inputs;
  };
  const scenario = {
    asOf: "2002-12-31",
    birthDate: "1970-07-04",
    yearsOfService: "2",
    "balances.deferral": "12000",
    "balances.match": "3000",
    compensation: "40000",
    deferralPercent: "10",
    annualReturnPercent: "6",
    salaryGrowthPercent: "3",
    years: "3",
  } satisfies Partial<Record<TextField, string>>;
  const vested = "Vested = deferrals + rollovers + the match balance × that year's vested %, rounded half-up to the cent; forfeitable = the rest of the match balance. (11-K Note 1.D)";

  it("Why: the rule's assumptions, how vested is worked out, and today's dollars when an inflation rate is given", () => {
    const plain = yearsAhead(inputsOf(scenario), SOS_PLAN, W);
    expect(plain.ok && plain.value.explanation).toEqual([...ASSUMPTIONS_2003, vested]);
    const today = yearsAhead(inputsOf({ ...scenario, inflationPercent: "2.5" }), SOS_PLAN, W);
    const dollars = "Today's dollars divide a year-end figure by (1 + 2.5%) for each year after the as-of year.";
    expect(today.ok && today.value.explanation).toEqual([...ASSUMPTIONS_2003, vested, dollars]);
    expect(vestedRowSentence(SOS_PLAN)).toBe(vested);
    expect(todaysDollarsSentence(2.5)).toBe(dollars);
  });

  it("the 415(c) footnote only when some year's match was cut", () => {
    // 10% of 40,000 = 4,000; match 26.2% = 1,048: 5,048 is far inside 2003's 40,000, nothing is cut.
    const inside = yearsAhead(inputsOf(scenario), SOS_PLAN, W);
    expect(inside.ok && inside.value.matchReducedNote).toBeNull();
    // Pay 200,000 at 6%: 12,000 (2003's 402(g)); a 300% match wants 36,000, the room is 40,000 − 12,000 = 28,000: cut.
    const cut = yearsAhead(inputsOf({ ...scenario, compensation: "200000", deferralPercent: "6", matchPercentOfDeferral: "300", years: "1" }), SOS_PLAN, W);
    const footnote = "* Match reduced to keep deferral + match within the IRC 415(c) limit and 100% of pay.";
    expect(cut.ok && cut.value.matchReducedNote).toBe(footnote);
    expect(matchReducedFootnote()).toBe(footnote);
  });

  it("the limits note beside the years, when a year is after the table", () => {
    const late = yearsAhead(inputsOf({ ...scenario, asOf: "2026-06-30", years: "2" }), SOS_PLAN, W);
    // Year 1 is 2027, already after 2026, the table's last year.
    expect(late.ok && late.value.limitsNote).toBe("IRS limits are known through 2026; from 2027 the 2026 limits are carried forward.");
  });
});
