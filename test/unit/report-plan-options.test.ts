import { describe, expect, it } from "vitest";
import { isChosen, OPTION_DESCRIPTIONS, optionValueText } from "@/lib/pages/plan-facts/plan-options";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { planOptionsSchema } from "@/lib/plan/definition";

describe("the plan options in words", () => {
  it("describes every option of the plan definition, once", () => {
    expect(OPTION_DESCRIPTIONS.map((option) => option.key).sort()).toEqual(Object.keys(planOptionsSchema.shape).sort());
  });

  it("describes each allowed value of the enumerated options", () => {
    const shape = planOptionsSchema.shape;
    const enums = {
      feb29Anniversary: shape.feb29Anniversary.options, eligibilityPeriods: shape.eligibilityPeriods.options, serviceCredited: shape.serviceCredited.options, entry: shape.entry.options, fullVestingOn: shape.fullVestingOn.element.options,
      vestingPeriods: shape.vestingPeriods.options, longTermPartTime: shape.longTermPartTime.options, ruleOfParity: ["false", "true"], longTermPartTimeMatch: ["false", "true"],
    };
    for (const [key, values] of Object.entries(enums)) {
      const described = OPTION_DESCRIPTIONS.find((option) => option.key === key)!.choices.map((choice) => choice.value);
      expect(described.sort()).toEqual([...values].sort());
    }
  });

  it.each([
    ["feb29Anniversary", "march1", "march1", true, "plan-rules §1 default"],
    ["catchUp", "false", "false", true, "catch-up is off by default (plan-rules §3)"],
    ["fullVestingOn", "planTermination", "planTermination", true, "plan termination vests everyone (Note 5)"],
    ["fullVestingOn", "death", "planTermination", false, "death does not accelerate vesting by default"],
    ["entry", "semiAnnual", "immediate", false, "entry is immediate by default"],
    ["vestingPeriods", "planYear", "planYear", true, "hours for vesting are counted in plan years by default (plan-rules §4.1)"],
    ["ruleOfParity", "true", "false", false, "breaks never erase earlier years by default (plan-rules §4.1)"],
    ["longTermPartTime", "statutory", "statutory", true, "the long-term part-time rule applies by default (plan-rules §2.4)"],
    ["longTermPartTimeMatch", "false", "false", true, "long-term part-time employees get no match by default (plan-rules §2.4)"],
  ] as const)("%s: %s chosen? (%s)", (key, choice, valueText, chosen, _why) => {
    expect(optionValueText(SOS_PLAN, key)).toBe(valueText);
    expect(isChosen(SOS_PLAN, key, choice)).toBe(chosen);
  });
});
