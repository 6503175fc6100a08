import { describe, expect, it } from "vitest";
import { chosenReading, isChosen, optionDescriptions, otherReadings } from "@/lib/pages/plan-facts/plan-options";
import { hoursAndBreaksInWords, longTermPartTimeInWords } from "@/lib/pages/plan-facts/service-rules";
import { sourceRuns } from "@/lib/pages/plan-facts/limit-sources";
import { HCE_THRESHOLDS_BEFORE_TABLE, LIMITS_TABLE, type LimitSource } from "@/lib/plan/limits";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { planOptionsSchema } from "@/lib/plan/definition";
import * as optionWords from "@/lib/words/en/plan-options";
import * as factsWords from "@/lib/words/en/plan-facts";

const options = optionDescriptions(SOS_PLAN, optionWords);
const byKey = (key: string) => options.find((option) => option.key === key)!;

describe("the plan options in words", () => {
  it("describes every option of the plan definition, once", () => {
    expect(options.map((option) => option.key).sort()).toEqual(Object.keys(planOptionsSchema.shape).sort());
  });

  it("describes each allowed value of the enumerated options", () => {
    const shape = planOptionsSchema.shape;
    const enums = {
      feb29Anniversary: shape.feb29Anniversary.options, eligibilityPeriods: shape.eligibilityPeriods.options, serviceCredited: shape.serviceCredited.options, entry: shape.entry.options, fullVestingOn: shape.fullVestingOn.element.options,
      vestingPeriods: shape.vestingPeriods.options, longTermPartTime: shape.longTermPartTime.options, ruleOfParity: ["false", "true"], longTermPartTimeMatch: ["false", "true"], catchUp: ["false", "true"],
      testingLines: shape.testingLines.options, testingMethod: shape.testingMethod.options, testLongTermPartTime: ["false", "true"], forfeitMatchOnRefund: ["false", "true"],
    };
    for (const [key, values] of Object.entries(enums)) {
      expect(byKey(key).choices.map((choice) => choice.value).sort()).toEqual([...values].sort());
    }
  });

  it.each([
    ["feb29Anniversary", "In a year without February 29, the birthday or anniversary is March 1: someone born on February 29, 1984 turns 21 on March 1, 2005."],
    ["serviceCredited", "The year of service counts from the day after the end of the 12 months in which the employee reaches 1,000 hours."],
    ["entry", "An employee joins on the day they become eligible."],
    ["catchUp", "The plan offers no catch-up contributions: everyone has the same yearly maximum."],
    ["fullVestingOn", "The match becomes fully vested when the plan is terminated (ended). It does not when the participant dies, the participant becomes disabled or the participant retires."],
    ["ruleOfParity", "A break in service never takes away the years of service before it."],
    ["longTermPartTime", "An SOS employee aged 21 or more with 500 hours or more in each of several 12-month periods (3 in a row from January 1, 2024 and 2 in a row from January 1, 2025) may put in their own savings, even without 1,000 hours. Periods that begin before January 1, 2021 do not count."],
    ["longTermPartTimeMatch", "Long-term part-time employees get no employer match."],
    ["testingLines", "SOS Staffing or a subsidiary and Inteliant Corporation are tested apart, each against its own employees."],
    ["testingMethod", "The highly paid are compared with the other employees of the same plan year."],
    ["testLongTermPartTime", "Long-term part-time employees are left out of the yearly tests."],
    ["forfeitMatchOnRefund", "A highly paid employee whose savings are refunded loses the match paid on the refunded part."],
  ])("%s: the reading in force is a sentence: %s", (key, sentence) => {
    expect(chosenReading(SOS_PLAN, byKey(key), optionWords)).toBe(sentence);
  });

  it("gives the other readings, and none for the list of events (its sentence says both)", () => {
    expect(otherReadings(SOS_PLAN, byKey("feb29Anniversary"))).toEqual(["In a year without February 29, the birthday or anniversary is February 28."]);
    expect(otherReadings(SOS_PLAN, byKey("entry"))).toHaveLength(2);
    expect(otherReadings(SOS_PLAN, byKey("fullVestingOn"))).toEqual([]);
  });

  it("shows no identifier: no option name, no value name, no true or false", () => {
    // Identifiers that are not plain English words ("entry", "immediate" and "statutory" are).
    const identifiers = [...Object.keys(planOptionsSchema.shape).filter((key) => /[A-Z0-9]/.test(key)), "march1", "feb28", "planYear", "anniversaryYear", "endOfPeriod", "onThousandthHour", "firstOfNextMonth", "semiAnnual", "planTermination"];
    const texts = options.flatMap((option) => [option.label, option.why, chosenReading(SOS_PLAN, option, optionWords), ...otherReadings(SOS_PLAN, option)]);
    for (const text of texts) {
      for (const identifier of identifiers) expect(text.includes(identifier), `${identifier} in "${text}"`).toBe(false);
      expect(text, text).not.toMatch(/\b(true|false)\b|`|[a-z][A-Z]/);
    }
  });

  it.each([
    ["fullVestingOn", "planTermination", true, "plan termination vests everyone (Note 5)"],
    ["fullVestingOn", "death", false, "death does not accelerate vesting by default"],
    ["entry", "semiAnnual", false, "entry is immediate by default"],
    ["ruleOfParity", "true", false, "breaks never erase earlier years by default (plan-rules §4.1)"],
  ] as const)("%s: %s chosen? %s (%s)", (key, choice, chosen, _why) => {
    expect(isChosen(SOS_PLAN, key, choice)).toBe(chosen);
  });
});

describe("the rules the report does not state, with their sources", () => {
  it("years of service from hours and breaks in service (plan-rules §4.1)", () => {
    const rule = hoursAndBreaksInWords(SOS_PLAN, factsWords);
    expect(rule.sentences[1]).toBe(
      "A plan year that has ended with 500 hours or fewer is a break in service (for example a long gap between assignments). A plan year with more than 500 hours but fewer than 1,000 is neither.",
    );
    expect(rule.sentences[3]).toBe(
      "Someone who leaves before the match is fully vested keeps the unvested part in the account until the end of the 5th break in service in a row, and can still vest it by coming back before then. It is forfeited the day after.",
    );
    expect(rule.sources).toEqual(["29 CFR 2530.200b-1, 2530.203-2", "29 CFR 2530.200b-4", "IRC 411(a)(6)(C); 11-K Note 1.G"]);
  });

  it("long-term part-time employees (plan-rules §2.4)", () => {
    const rule = longTermPartTimeInWords(SOS_PLAN, factsWords);
    // 3 periods in a row for dates in 2024 (to December 31, 2024, the day before the 2-period run starts), 2 from 2025.
    expect(rule.sentences[1]).toBe(
      "An employee aged 21 or more who has 500 hours or more in each of several 12-month periods (3 in a row for dates from January 1, 2024 to December 31, 2024; 2 in a row from January 1, 2025) may put in their own savings (elective deferrals), even without a full year of service. Periods that begin before January 1, 2021 do not count.",
    );
    expect(rule.sentences).toContain("Inteliant Corporation employees need no hours to join, so the rule changes nothing for them.");
    expect(rule.sources).toEqual(["IRC 401(k)(2)(D), 401(k)(15)", "IRC 401(k)(2)(D) as amended by SECURE 2.0 §125"]);
  });
});

describe("the limits' sources, said once per run of years", () => {
  const COLA = 'IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions"';
  const of = (year: number, kinds: LimitSource["kind"][], notice: string | null = null) => ({ year, sources: kinds.map((kind) => ({ year, kind, notice, amendedIn: null })) });

  it("lists the columns of one year once", () => {
    const [run] = sourceRuns([of(2004, ["electiveDeferral", "annualAdditions", "electiveDeferral"])]);
    expect(run).toEqual({ first: 2004, last: 2004, kinds: ["electiveDeferral", "annualAdditions"], notice: null, amendedIn: null });
    expect(factsWords.limitSourceLine(run!)).toEqual({ years: "2004", text: `${COLA}, 2004 column (402(g)(1) elective deferrals; 415(c)(1)(A) annual additions)` });
  });

  it("joins consecutive years that cite the same columns, and keeps a year with its own notice, a gap or other columns apart", () => {
    const runs = sourceRuns([of(2002, ["compensation"]), of(2003, ["compensation"]), of(2004, ["compensation"]), of(2005, ["compensation"], "IRS Notice 9"), of(2006, ["compensation"]), of(2008, ["compensation"]), of(2009, ["hceThreshold"])]);
    expect(runs.map(factsWords.limitSourceLine)).toEqual([
      { years: "2002 to 2004", text: `${COLA}, each year's column (401(a)(17) compensation)` },
      { years: "2005", text: `${COLA}, 2005 column (401(a)(17) compensation); IRS Notice 9` },
      { years: "2006", text: `${COLA}, 2006 column (401(a)(17) compensation)` },
      { years: "2008", text: `${COLA}, 2008 column (401(a)(17) compensation)` },
      { years: "2009", text: `${COLA}, 2009 column (414(q)(1)(B) highly compensated employee)` },
    ]);
  });

  it("the plan's table: 2002 to 2022 one line (no notices), then 2023 to 2026 a line each with its notice; the thresholds before the table with the 1996 statute", () => {
    const kinds = ["electiveDeferral", "catchUp50", "catchUp60to63", "annualAdditions", "compensation", "hceThreshold"] as const;
    const runs = sourceRuns(LIMITS_TABLE.map((row) => ({ year: row.year, sources: kinds.flatMap((kind) => row[kind]?.source ?? []) })));
    expect(runs.map((run) => [run.first, run.last, run.notice])).toEqual([
      [2002, 2022, null],
      [2023, 2023, "IRS Notice 2022-55"],
      [2024, 2024, "IRS Notice 2023-75"],
      [2025, 2025, "IRS Notice 2024-80"],
      [2026, 2026, "IRS Notice 2025-67"],
    ]);
    expect(factsWords.limitSourceLine(runs[4]!).text).toBe(
      `${COLA}, 2026 column (402(g)(1) elective deferrals; 414(v)(2)(B)(i) catch-up; 414(v)(2)(E) catch-up, ages 60–63; 415(c)(1)(A) annual additions; 401(a)(17) compensation; 414(q)(1)(B) highly compensated employee); IRS Notice 2025-67`,
    );
    const before = sourceRuns(HCE_THRESHOLDS_BEFORE_TABLE.map(({ year, threshold }) => ({ year, sources: [threshold.source] })));
    expect(before.map(factsWords.limitSourceLine)).toEqual([
      { years: "1997 to 2001", text: `${COLA}, each year's column (414(q)(1)(B) highly compensated employee); IRC 414(q)(1)(B) as amended in 1996` },
    ]);
  });
});
