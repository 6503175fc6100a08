/**
 * The plan options in words, for the plan facts page: where the 11-K is silent, plan-rules says
 * which reading we take; each reading is an option of the plan definition with a default.
 */
import type { PlanDefinition, PlanOptions } from "../../plan/definition";

export interface OptionDescription {
  key: keyof PlanOptions;
  label: string;
  /** The plan-rules section that sets the default. */
  rule: string;
  /** Why this is an option at all. */
  why: string;
  /** Each choice and what it means. */
  choices: { value: string; meaning: string }[];
}

export const OPTION_DESCRIPTIONS: readonly OptionDescription[] = [
  {
    key: "feb29Anniversary",
    label: "Anniversary of February 29",
    rule: "plan-rules §1",
    why: "Ages and anniversaries of a February 29 date fall on a day that does not exist in common years.",
    choices: [
      { value: "march1", meaning: "The anniversary in a common year is March 1 (someone born 1984-02-29 attains 21 on 2005-03-01)." },
      { value: "feb28", meaning: "The anniversary in a common year is February 28." },
    ],
  },
  {
    key: "eligibilityPeriods",
    label: "Eligibility computation periods after the first",
    rule: "plan-rules §2.1",
    why: "The 11-K says only “a 12-month period”; after the first 12 months from the start date, the period can shift to plan years or keep to anniversary years.",
    choices: [
      { value: "planYear", meaning: "Plan years, starting with the plan year that contains the first anniversary of the start date (it may overlap the first period; 29 CFR 2530.202-2(b))." },
      { value: "anniversaryYear", meaning: "Each 12 months beginning on an anniversary of the employment start date." },
    ],
  },
  {
    key: "serviceCredited",
    label: "When a year of eligibility service is credited",
    rule: "plan-rules §2.1",
    why: "The 11-K does not say whether 1,000 hours count when reached or when the period ends.",
    choices: [
      { value: "endOfPeriod", meaning: "On the day after the computation period in which 1,000 hours are reached ends (Treas. Reg. 1.410(a)-5)." },
      { value: "onThousandthHour", meaning: "On the date of the hours entry that brings the period to 1,000." },
    ],
  },
  {
    key: "entry",
    label: "Entry date once eligible",
    rule: "plan-rules §2.1",
    why: "The 11-K names no entry dates; IRC 410(a)(4) caps any entry date at the earlier of the next plan year's first day and six months after eligibility.",
    choices: [
      { value: "immediate", meaning: "Entry on the eligibility date." },
      { value: "firstOfNextMonth", meaning: "Entry on the first day of a month, on or after the eligibility date." },
      { value: "semiAnnual", meaning: "Entry on the January 1 or July 1 on or after the eligibility date." },
    ],
  },
  {
    key: "catchUp",
    label: "Catch-up contributions (IRC 414(v))",
    rule: "plan-rules §3",
    why: "The 11-K does not mention catch-up contributions.",
    choices: [
      { value: "false", meaning: "Off: no catch-up contributions." },
      { value: "true", meaning: "On: participants aged 50 or more by December 31 may defer the catch-up limit on top of the usual maximum (ages 60–63 the higher limit from 2025)." },
    ],
  },
  {
    key: "fullVestingOn",
    label: "Events that vest everyone 100%",
    rule: "plan-rules §4",
    why: "Note 5 vests everyone on plan termination; Note 1.F covers only the form of payment on death, disability or retirement, not vesting.",
    choices: [
      { value: "planTermination", meaning: "Plan termination (11-K Note 5)." },
      { value: "death", meaning: "Death of the participant." },
      { value: "disability", meaning: "Disability of the participant." },
      { value: "retirement", meaning: "Retirement of the participant." },
    ],
  },
  {
    key: "vestingPeriods",
    label: "Vesting computation periods when hours are counted",
    rule: "plan-rules §4.1",
    why: "The 11-K counts years of service but does not say over which 12 months the hours of a year of vesting service are counted (29 CFR 2530.203-2).",
    choices: [
      { value: "planYear", meaning: "Plan years (January 1 to December 31), starting with the plan year that contains the employment start date, counted in full." },
      { value: "anniversaryYear", meaning: "The 12 months beginning on the employment start date and on each anniversary of it." },
    ],
  },
  {
    key: "ruleOfParity",
    label: "Rule of parity for breaks in service (IRC 411(a)(6)(D))",
    rule: "plan-rules §4.1",
    why: "The 11-K does not say whether breaks in service ever take away earlier years of vesting service; the statute allows a plan to disregard them for a participant who is 0% vested.",
    choices: [
      { value: "false", meaning: "Off: breaks in service never take away earlier years of vesting service." },
      { value: "true", meaning: "On: a participant whose match is 0% vested loses the earlier years after consecutive breaks at least the greater of 5 and those years." },
    ],
  },
  {
    key: "longTermPartTime",
    label: "Long-term part-time employees (IRC 401(k)(2)(D), 401(k)(15))",
    rule: "plan-rules §2.4",
    why: "The 11-K predates the rule; federal law requires it of every 401(k) plan for plan years beginning on or after January 1, 2024.",
    choices: [
      { value: "statutory", meaning: "SOS employees with 500 hours or more in consecutive computation periods (3 for dates in 2024, 2 from 2025; none beginning before 2021) and age 21 may make their own deferrals." },
      { value: "off", meaning: "Off: only the plan's own eligibility rule lets an employee defer." },
    ],
  },
  {
    key: "longTermPartTimeMatch",
    label: "Employer match for long-term part-time employees",
    rule: "plan-rules §2.4",
    why: "The law does not require a match for long-term part-time employees, and this plan's match is discretionary.",
    choices: [
      { value: "false", meaning: "No employer match for long-term part-time employees." },
      { value: "true", meaning: "Long-term part-time employees get the employer match like other participants." },
    ],
  },
];

/** An option's value in the plan as text: "march1", "false", "planTermination". */
export function optionValueText(plan: PlanDefinition, key: keyof PlanOptions): string {
  const value = plan.options[key];
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** Whether a choice is in force for the plan (for a list option: whether it is among the events). */
export function isChosen(plan: PlanDefinition, key: keyof PlanOptions, choice: string): boolean {
  const value = plan.options[key];
  return Array.isArray(value) ? (value as readonly string[]).includes(choice) : String(value) === choice;
}
