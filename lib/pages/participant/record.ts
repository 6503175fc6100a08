/**
 * The year-by-year record of service counted from hours (plan-rules §4.1), for the participant
 * page: what each plan year counts as, the years counted, this year's progress and the date the
 * unvested match would be forfeited if no more hours come. It reads the vesting answer the page
 * already has (`vestedToday`); it counts nothing itself.
 */
import { longDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { formatHours } from "../../words/format";
import { ordinal } from "../../words/en/format";
import { periodName, periodStatusWords, recordForfeitSentence, serviceExplanation } from "../../words/en/vesting";
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

/** The step of the schedule reached with one more year of service, if the percentage rises there. */
function stepAt(today: VestedToday, years: number): { percent: number; amount: Money } | null {
  const step = today.result.stepsAhead[0];
  return step && step.yearsOfService === years ? { percent: step.vestedPercent, amount: step.vestedMatch } : null;
}

export function serviceRecord(inputs: ParticipantInputs, plan: PlanDefinition, today: VestedToday): ServiceRecord | null {
  const service = today.result.service;
  if (!service || inputs.asOf === null) return null;
  const asOf = inputs.asOf;
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  const current = service.currentPeriod;
  const rows = service.periods.map((period): ServiceRow => {
    const base = { label: periodName(period), hours: formatHours(period.hours) };
    if (period.disregarded) return { ...base, kind: "disregarded", words: periodStatusWords("disregarded", period.end, plan) };
    if (period.start === current.start) {
      if (period.counted) return { ...base, kind: "year", words: `${periodStatusWords("yearOfService", period.end, plan)} (this year)` };
      const ahead = period.creditedOn !== null ? `; on the hours given, a year of service on ${longDate(period.creditedOn)}` : "";
      return { ...base, hours: formatHours(current.hours), kind: "current", words: `This year so far: ${formatHours(current.hoursToYearOfService)} more hours make it a year of service${ahead}` };
    }
    if (!period.ended) return { ...base, kind: "ahead", words: period.yearOfService ? "Ahead: a year of service on the hours given" : "Ahead: hours after the as-of date" };
    if (period.yearOfService) return { ...base, kind: "year", words: periodStatusWords("yearOfService", period.end, plan) };
    if (period.breakInService) return { ...base, kind: "break", words: periodStatusWords("break", period.end, plan) };
    return { ...base, kind: "neither", words: periodStatusWords("neither", period.end, plan) };
  });

  const percent = today.result.vestedPercent;
  const yearsSentence = `${plural(service.yearsOfService, "year", "years")} of service counted: ${percent}% of your employer match is vested.`;

  // This year's progress.
  const thisYear = service.periods.find((period) => period.start === current.start)!.kind === "planYear" ? `this year (${current.start.slice(0, 4)})` : `this 12-month period (to ${longDate(current.end)})`;
  let progressSentence: string;
  if (current.countedOn !== null) {
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
  const forfeitDateSentence = recordForfeitSentence(service, today.result.forfeitable, plan);

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
