/**
 * A vesting answer's explanation in English, with how its hours were counted: the API's
 * `explanation` of a vesting answer, and the service record's "Why?" on the participant page (which
 * loads it with the hours mode). A module of its own, so the pages that share the hours' rules
 * (./vesting-service.ts) without these sentences do not load them.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { VestingResult } from "../../rules/vesting";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { formatHours } from "../format";
import { ordinal } from "./format";
import { breaksWord, hoursWord, list, moreHours, periodNoun, yearsWord } from "./vesting";
import { vestingLines } from "./participant";
import { paritySentences, periodLabel, serviceRuleSentence } from "./vesting-service";

/** A vesting answer's explanation, as the API gives it: with how hours were counted, where they were. */
export function vestingExplanation(result: VestingResult, plan: PlanDefinition): string[] {
  return vestingLines(result, plan, result.service ? serviceExplanation(result.service, plan) : []);
}

/** The years of service counted from hours, explained to the participant: the rule, the years, the breaks, this period, the forfeiture date. */
export function serviceExplanation(service: VestingServiceResult, plan: PlanDefinition): string[] {
  const counting = plan.vesting.hoursCounting;
  const yearHours = formatHours(counting.yearOfService.hours);
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  const noun = periodNoun(plan);
  const { asOf, latestEntry } = service;
  const lines: string[] = [serviceRuleSentence(service, plan, "participant")];

  const counted = service.periods.filter((period) => period.counted);
  lines.push(
    counted.length === 0
      ? `On ${asOf} you have no year of service yet.`
      : `On ${asOf} you have ${yearsWord(service.yearsOfService)} of service: ` +
          `${list(counted.map((period) => `${periodLabel(period)} (${hoursWord(period.hours)}, counted on ${period.creditedOn})`))}.`,
  );

  const breaks = service.periods.filter((period) => period.breakInService);
  const neither = service.periods.filter((period) => period.ended && !period.breakInService && !period.yearOfService);
  if (breaks.length > 0) {
    lines.push(
      `A ${noun} that has ended with ${breakHours} hours or fewer is a break in service. Your breaks: ${list(breaks.map(periodLabel))}. ` +
        (service.consecutiveBreaks > 0 ? `You now have ${breaksWord(service.consecutiveBreaks)} in a row. ` : "") +
        `(${counting.breakInService.citation})`,
    );
  }
  if (neither.length > 0) {
    lines.push(`A ${noun} with more than ${breakHours} but fewer than ${yearHours} hours is neither a year of service nor a break: ${list(neither.map(periodLabel))}.`);
  }
  lines.push(...paritySentences(service, plan, "participant"));

  const now = service.currentPeriod;
  lines.push(
    now.countedOn !== null
      ? `This ${noun} (${now.start} to ${now.end}) has ${hoursWord(now.hours)} up to ${asOf}: it is already a year of service (counted on ${now.countedOn}).`
      : `This ${noun} (${now.start} to ${now.end}) has ${hoursWord(now.hours)} up to ${asOf}: ${moreHours(now.hoursToYearOfService)} in it ${now.hoursToYearOfService === 1 ? "makes" : "make"} a year of service.`,
  );

  if (service.hoursAhead) {
    const ahead = service.creditedDates.length - service.yearsOfService;
    lines.push(
      `Hours dated after ${asOf} are counted for the dates ahead, not for today's percentage` +
        (ahead > 0 ? `: on all the hours given you reach ${yearsWord(service.creditedDates.length)} of service.` : "."),
    );
  }

  if (service.forfeitsOn !== null) {
    lines.push(
      `If no hours follow the last entry${latestEntry ? ` (${latestEntry})` : ""}, the unvested part of the match stays in your account until the end of the ${ordinal(service.forfeitingBreaks.count)} break in service in a row (${service.forfeitingBreakEnds}). ` +
        `It is forfeited on ${service.forfeitsOn}. If you come back to work before then, you can still vest it. (${counting.forfeiture.citation})`,
    );
  }
  return lines;
}
