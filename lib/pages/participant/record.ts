/**
 * The year-by-year record of service counted from hours (plan-rules §4.1), for the participant
 * page: what each plan year counts as, the years counted, this year's progress and the date the
 * unvested match would be forfeited if no more hours come. It reads the vesting answer the page
 * already has (`vestedToday`); it counts nothing itself.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { formatHours } from "../../words/format";
import type { VestedToday } from "./scenario";
import type { ParticipantInputs } from "./validate";
import type { HoursModeWords } from "./words";

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

export function serviceRecord(inputs: ParticipantInputs, plan: PlanDefinition, today: VestedToday, words: HoursModeWords): ServiceRecord | null {
  const service = today.result.service;
  if (!service || inputs.asOf === null) return null;
  const asOf = inputs.asOf;
  const current = service.currentPeriod;
  const rows = service.periods.map((period): ServiceRow => {
    const base = { label: words.periodName(period), hours: formatHours(period.hours) };
    if (period.disregarded) return { ...base, kind: "disregarded", words: words.periodStatusWords("disregarded", period.end, plan) };
    if (period.start === current.start) {
      const said = words.currentPeriodWords(service, plan);
      return period.counted ? { ...base, kind: "year", words: said } : { ...base, hours: formatHours(current.hours), kind: "current", words: said };
    }
    if (!period.ended) return { ...base, kind: "ahead", words: words.aheadPeriodWords(period.yearOfService) };
    if (period.yearOfService) return { ...base, kind: "year", words: words.periodStatusWords("yearOfService", period.end, plan) };
    if (period.breakInService) return { ...base, kind: "break", words: words.periodStatusWords("break", period.end, plan) };
    return { ...base, kind: "neither", words: words.periodStatusWords("neither", period.end, plan) };
  });

  const yearsSentence = words.recordYearsSentence(service, today.result.vestedPercent);
  const progressSentence = words.recordProgressSentence(today.result, service, plan);

  // The forfeiture date if no more hours come.
  const forfeitDateSentence = words.recordForfeitSentence(service, today.result.forfeitable, plan);

  return {
    service,
    rows,
    yearsSentence,
    progressSentence,
    forfeitDateSentence,
    datingSentence: words.hoursDating(asOf),
    explanation: words.serviceExplanation(service, plan),
  };
}
