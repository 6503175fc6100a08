/**
 * The plan options in words (English), for the plan facts page: where the 11-K is silent,
 * plan-rules says which reading we take; each reading is an option of the plan definition with a
 * default. lib/pages/plan-facts/plan-options.ts says which reading is in force; lib/words/es has
 * the same functions in Spanish.
 *
 * Every option and every value is a sentence a participant can read: no option name or value
 * (`feb29Anniversary`, `endOfPeriod`, `false`) is shown. The numbers in the sentences are read from
 * the plan definition, so they follow it.
 */
import { longDate } from "../../dates";
import { fullVestingEventSchema, type FullVestingEvent, type PlanDefinition, type PlanOptions } from "../../plan/definition";
import { formatHours } from "../format";
import { fullVestingWhen } from "./vesting";

export interface OptionDescription {
  key: keyof PlanOptions;
  /** The question the option answers, in plain words, with the technical term in brackets where it helps. */
  label: string;
  /** Why the calculator reads it as it does by default. */
  why: string;
  /** Each value and what it means, as a sentence. */
  choices: { value: string; meaning: string }[];
}

/** Every full-vesting event a plan can name, in the plan definition's order. */
const EVENTS: readonly FullVestingEvent[] = fullVestingEventSchema.options;

function list(items: readonly string[], word = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** The options of a plan, each with its choices in words. */
export function optionDescriptions(plan: PlanDefinition): OptionDescription[] {
  const age = plan.eligibility.minimumAge;
  const sos = plan.employers.find((employer) => employer.service.kind === "hoursInPeriod");
  const yearHours = formatHours(sos?.service.kind === "hoursInPeriod" ? sos.service.hours : plan.vesting.hoursCounting.yearOfService.hours);
  const counting = plan.vesting.hoursCounting;
  const partTime = plan.longTermPartTime;
  const runs = partTime.runs.map((run) => `${run.periods} in a row from ${longDate(run.from)}`);
  return [
    {
      key: "feb29Anniversary",
      label: "Birthdays and work anniversaries on February 29",
      why: "The report does not say. Someone born on February 29 has lived a full year only once February 28 is over, so the calculator moves the day to March 1.",
      choices: [
        { value: "march1", meaning: `In a year without February 29, the birthday or anniversary is March 1: someone born on February 29, 1984 turns ${age} on March 1, ${1984 + age}.` },
        { value: "feb28", meaning: "In a year without February 29, the birthday or anniversary is February 28." },
      ],
    },
    {
      key: "eligibilityPeriods",
      label: "Which 12 months count the hours for joining, after the first 12 (eligibility computation periods)",
      why: "The report says only “a 12-month period”. After the first 12 months, counting by plan year is the usual way, which the federal rules describe (29 CFR 2530.202-2(b)).",
      choices: [
        {
          value: "planYear",
          meaning:
            "After the first 12 months from the start date, hours are counted by plan year (January 1 to December 31), from the plan year that contains the first anniversary of the start date. That plan year may overlap the first 12 months.",
        },
        { value: "anniversaryYear", meaning: "Hours are counted in each 12 months that begin on an anniversary of the start date." },
      ],
    },
    {
      key: "serviceCredited",
      label: `When ${yearHours} hours count for joining (crediting a year of eligibility service)`,
      why: "The report does not say. The federal rule's own example completes the year at the end of the 12 months (Treas. Reg. 1.410(a)-5).",
      choices: [
        { value: "endOfPeriod", meaning: `The year of service counts from the day after the end of the 12 months in which the employee reaches ${yearHours} hours.` },
        { value: "onThousandthHour", meaning: `The year counts on the day the employee reaches ${yearHours} hours.` },
      ],
    },
    {
      key: "entry",
      label: "When an eligible employee joins the plan (entry date)",
      why: "The report names no entry dates, so employees join as soon as they are eligible. The law allows a later day, but never later than the first day of the next plan year or six months after becoming eligible, whichever comes first (IRC 410(a)(4)).",
      choices: [
        { value: "immediate", meaning: "An employee joins on the day they become eligible." },
        { value: "firstOfNextMonth", meaning: "An employee joins on the first day of a month, on or after the day they become eligible." },
        { value: "semiAnnual", meaning: "An employee joins on the January 1 or July 1 on or after the day they become eligible." },
      ],
    },
    {
      key: "catchUp",
      label: "Extra savings from age 50 (catch-up contributions, IRC 414(v))",
      why: "The report does not mention catch-up contributions, so the calculator does not add them.",
      choices: [
        { value: "false", meaning: "The plan offers no catch-up contributions: everyone has the same yearly maximum." },
        { value: "true", meaning: "Participants aged 50 or more by December 31 may save an extra amount each year, and from 2025 a larger extra amount at ages 60 to 63." },
      ],
    },
    {
      key: "fullVestingOn",
      label: "Events that make the match fully vested at once",
      why: "Note 5 says that plan termination makes everyone fully vested. Note 1.F speaks of death, disability and retirement only for how benefits are paid, not for vesting.",
      choices: EVENTS.map((event) => ({ value: event, meaning: `The match becomes fully vested when ${fullVestingWhen(event)}.` })),
    },
    {
      key: "vestingPeriods",
      label: "Which 12 months count the hours for vesting (vesting computation periods)",
      why: "The report counts years of service but does not say over which 12 months (29 CFR 2530.203-2). Plan years match the plan's own books, which close on December 31.",
      choices: [
        { value: "planYear", meaning: "Hours for vesting are counted by plan year (January 1 to December 31), from the plan year in which the employee started, which counts in full." },
        { value: "anniversaryYear", meaning: "Hours for vesting are counted in the 12 months from the start date and from each anniversary of it." },
      ],
    },
    {
      key: "ruleOfParity",
      label: `Whether a long gap takes away earlier years of service (rule of parity, ${counting.ruleOfParity.citation})`,
      why: "The report does not say that the plan uses this rule, and without it no one loses years they have worked. It matters to SOS's people, who often have gaps between assignments.",
      choices: [
        { value: "false", meaning: "A break in service never takes away the years of service before it." },
        {
          value: "true",
          meaning: `A participant whose match is not vested at all loses the earlier years after breaks in service in a row that number at least ${counting.ruleOfParity.minimumBreaks}, and at least as many as those years.`,
        },
      ],
    },
    {
      key: "longTermPartTime",
      label: `Part-time employees who may save (long-term part-time employees, ${partTime.citation})`,
      why: "The report is older than this rule, but federal law requires it of every 401(k) plan for plan years from January 1, 2024.",
      choices: [
        {
          value: "statutory",
          meaning: `An SOS employee aged ${age} or more with ${formatHours(partTime.qualifyingHours.hours)} hours or more in each of several 12-month periods (${list(runs)}) may put in their own savings, even without ${yearHours} hours. Periods that begin before ${longDate(partTime.firstCountedPeriodStart.date)} do not count.`,
        },
        { value: "off", meaning: "Only the plan's own rule lets an employee save." },
      ],
    },
    {
      key: "longTermPartTimeMatch",
      label: "Employer match for long-term part-time employees",
      why: "The law does not require a match for them, and this plan's match is discretionary (the sponsor decides it each year).",
      choices: [
        { value: "false", meaning: "Long-term part-time employees get no employer match." },
        { value: "true", meaning: "Long-term part-time employees get the employer match like other participants." },
      ],
    },
    ...testingOptions(plan),
  ];
}

/** The options of the nondiscrimination tests (plan-rules §9), read from the plan's citations. */
function testingOptions(plan: PlanDefinition): OptionDescription[] {
  const tests = plan.nondiscrimination;
  const inteliant = plan.employers.find((employer) => !employer.excludesHighlyCompensated);
  const others = plan.employers.filter((employer) => employer !== inteliant).map((employer) => employer.shortName);
  return [
    {
      key: "testingLines",
      label: `Which employees are tested together each year (nondiscrimination testing, ${tests.citation.split("; ")[0]})`,
      why: `The report says that the plan “treats employees of ${inteliant?.id ?? "one employer"} as a separate line of business for purposes of operational testing” (${tests.separateLines.citation}).`,
      choices: [
        {
          value: "separate",
          meaning: `${list(others)} and ${inteliant?.shortName ?? "each employer"} are tested apart, each against its own employees.`,
        },
        { value: "combined", meaning: "Everyone in the plan is tested together, as one group." },
      ],
    },
    {
      key: "testingMethod",
      label: "Whose savings the highly paid are compared with (the testing method)",
      why: "The report does not say which method the plan document chooses. The law's default since 1997 compares with the year before, but comparing with the same year needs no earlier records, so the calculator uses it.",
      choices: [
        { value: "current-year", meaning: "The highly paid are compared with the other employees of the same plan year." },
        { value: "prior-year", meaning: "The highly paid are compared with what the other employees saved in the plan year before." },
      ],
    },
    {
      key: "testLongTermPartTime",
      label: `Whether long-term part-time employees are counted in the tests (${tests.longTermPartTime.citation})`,
      why: "The law lets a plan leave them out of the tests, and counting them would only lower the figure the highly paid are compared with.",
      choices: [
        { value: "false", meaning: "Long-term part-time employees are left out of the yearly tests." },
        { value: "true", meaning: "Long-term part-time employees are counted in the yearly tests like other employees." },
      ],
    },
    {
      key: "forfeitMatchOnRefund",
      label: `Whether a refund of savings also takes back the match on it (${tests.matchForfeiture.citation})`,
      why: "A match on savings that are refunded to correct a failed test may not stay in the account, so the federal rules let the plan take it back.",
      choices: [
        { value: "true", meaning: "A highly paid employee whose savings are refunded loses the match paid on the refunded part." },
        { value: "false", meaning: "A refund of savings leaves the match in the account." },
      ],
    },
  ];
}

/** The sentence of the full-vesting events in force: which events vest the match at once, and which do not. */
export function fullVestingReading(events: readonly FullVestingEvent[], others: readonly FullVestingEvent[]): string {
  const yes = events.length === 0 ? "No event makes the match fully vested at once." : `The match becomes fully vested when ${list(events.map(fullVestingWhen), "or")}.`;
  return others.length === 0 ? yes : `${yes} It does not when ${list(others.map(fullVestingWhen), "or")}.`;
}
