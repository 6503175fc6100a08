/**
 * The year-by-year record of service counted from hours (plan-rules §4.1), for the participant
 * page: what each plan year counts as, the years counted, this year's progress and the date the
 * unvested match would be forfeited if no more hours come. It reads the vesting answer the page
 * already has (`vestedToday`); it counts nothing itself.
 */
import { longDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { PeriodBounds, VestingServiceResult } from "../../rules/vesting-service";
import { formatHours, ordinal } from "../../rules/words";
import { serviceExplanation } from "../../words/en/vesting";
import { hoursDating } from "./hours";
import { plural, type VestedToday } from "./scenario";
import type { ParticipantInputs } from "./validate";

export interface ServiceRow {
  /** "2003", or "2003-03-15 to 2004-03-14" for an anniversary year. */
  label: string;
  hours: string;
  kind: "year" | "break" | "neither" | "current" | "ahead" | "disregarded";
  /** What the period counts as, in words. */
  words: string;
}

export interface ServiceRecord {
  service: VestingServiceResult;
  rows: ServiceRow[];
  /** "2 years of service counted: 0% of your employer match is vested." */
  yearsSentence: string;
  /** This year's progress: "Work 380 more hours by December 31, 2005 and 50% vests: $888.89." */
  progressSentence: string;
  /** When the unvested match would be forfeited if no more hours come; null when nothing would be. */
  forfeitDateSentence: string | null;
  /** How a year's total became a dated entry, in words. */
  datingSentence: string;
  explanation: string[];
}

/** A period's name: the plan year, or its dates for an anniversary year. */
function periodName(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `${longDate(period.start)} to ${longDate(period.end)}`;
}

/** The step of the schedule reached with one more year of service, if the percentage rises there. */
function stepAt(today: VestedToday, years: number): { percent: number; amount: Money } | null {
  const step = today.result.stepsAhead[0];
  return step && step.yearsOfService === years ? { percent: step.vestedPercent, amount: step.vestedMatch } : null;
}

export function serviceRecord(inputs: ParticipantInputs, plan: PlanDefinition, today: VestedToday): ServiceRecord | null {
  const service = today.result.service;
  if (!service || inputs.asOf === null) return null;
  const asOf = inputs.asOf;
  const counting = plan.vesting.hoursCounting;
  const yearHours = formatHours(counting.yearOfService.hours);
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  const current = service.currentPeriod;
  const rows = service.periods.map((period): ServiceRow => {
    const base = { label: periodName(period), hours: formatHours(period.hours) };
    if (period.disregarded) return { ...base, kind: "disregarded", words: "Year of service, no longer counted (rule of parity)" };
    if (period.start === current.start) {
      const counted = period.creditedOn !== null && period.creditedOn <= asOf;
      if (counted) return { ...base, kind: "year", words: "Year of service (this year)" };
      const ahead = period.creditedOn !== null ? `; on the hours given, a year of service on ${longDate(period.creditedOn)}` : "";
      return { ...base, hours: formatHours(current.hours), kind: "current", words: `This year so far: ${formatHours(current.hoursToYearOfService)} more hours make it a year of service${ahead}` };
    }
    if (!period.ended) return { ...base, kind: "ahead", words: period.yearOfService ? "Ahead: a year of service on the hours given" : "Ahead: hours after the as-of date" };
    if (period.yearOfService) return { ...base, kind: "year", words: "Year of service" };
    if (period.breakInService) return { ...base, kind: "break", words: `Break in service (${breakHours} hours or fewer)` };
    return { ...base, kind: "neither", words: `Neither (more than ${breakHours}, fewer than ${yearHours} hours)` };
  });

  const percent = today.result.vestedPercent;
  const yearsSentence = `${plural(service.yearsOfService, "year", "years")} of service counted: ${percent}% of your employer match is vested.`;

  // This year's progress.
  const currentPeriod = service.periods.find((period) => period.start === current.start)!;
  const thisYear = currentPeriod.kind === "planYear" ? `this year (${current.start.slice(0, 4)})` : `this 12-month period (to ${longDate(current.end)})`;
  let progressSentence: string;
  if (currentPeriod.creditedOn !== null && currentPeriod.creditedOn <= asOf) {
    progressSentence = `You already have ${yearHours} hours ${thisYear}: it is a year of service.`;
  } else {
    const next = service.yearsOfService + 1;
    const work = `Work ${formatHours(current.hoursToYearOfService)} more hours by ${longDate(current.end)}`;
    const at = stepAt(today, next);
    progressSentence =
      today.result.fullyVestedBy !== null || today.result.nextStep === null
        ? `${work} and ${thisYear} is one more year of service; your match is already fully vested.`
        : at !== null
          ? `${work} and ${at.percent}% of your match vests: ${formatUsd(at.amount)}.`
          : `${work} and ${thisYear} is your ${ordinal(next)} year of service. ` +
            `The next step, ${today.result.nextStep.vestedPercent}%, comes at ${plural(today.result.nextStep.yearsOfService, "year", "years")}.`;
    progressSentence = `You have ${formatHours(current.hours)} hours ${thisYear} so far. ${progressSentence}`;
  }

  // The forfeiture date if no more hours come.
  let forfeitDateSentence: string | null = null;
  if (service.forfeitsOn !== null && today.result.forfeitable.greaterThan(0)) {
    const { first, last, count: breaks } = service.forfeitingBreaks;
    const stretch = first.kind === "planYear" ? `${first.start.slice(0, 4)} to ${last.end.slice(0, 4)}` : `${longDate(first.start)} to ${longDate(last.end)}`;
    const amount = formatUsd(today.result.forfeitable);
    forfeitDateSentence =
      service.forfeitsOn <= asOf
        ? `After ${breaks} breaks in service in a row (${stretch}), the part of your match that was not vested (${amount}) was forfeited on ${longDate(service.forfeitsOn)}.`
        : `If no more hours come after the last ones given, the part of your match that is not vested (${amount} today) stays in your account until the end of your ${ordinal(breaks)} break in service in a row ` +
          `(${stretch}) and is forfeited on ${longDate(service.forfeitsOn)}. ` +
          `Come back before ${longDate(service.forfeitsOn)} and it can still vest: a plan year with more than ${breakHours} hours is not a break.`;
  }

  return {
    service,
    rows,
    yearsSentence,
    progressSentence,
    forfeitDateSentence,
    datingSentence: hoursDating(asOf),
    explanation: serviceExplanation(service, plan),
  };
}
