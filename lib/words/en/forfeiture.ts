/**
 * Forfeitures in words (English): the allocation of a forfeiture pool (lib/rules/forfeiture.ts),
 * and what a participant leaving keeps and forfeits, for HR (lib/rules/vesting.ts's answer read
 * as of the last day). Pure: facts in, strings out.
 */
import { longDate, type IsoDate } from "../../dates";
import { formatUsd, ZERO, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { AllocationResult } from "../../rules/forfeiture";
import type { VestingResult } from "../../rules/vesting";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { formatHours } from "../format";
import { describeSchedule, ordinal } from "./format";
import { alwaysVestedSentence, list, periodName, periodNoun, stretchWords, yearsWord } from "./vesting";
import { paritySentences, serviceRuleSentence } from "./vesting-service";

/** How the pool was shared: where forfeitures go, the pro rata share, and the cents left after flooring. */
export function allocationExplanation(result: Pick<AllocationResult, "total" | "totalDeferrals" | "centsByRemainder">, plan: PlanDefinition): string[] {
  const cents = result.centsByRemainder;
  return [
    `Forfeitures reduce future employer contributions; here the pool of ${formatUsd(result.total)} is allocated as matching contributions. (${plan.forfeitures.citation})`,
    `Each participant's share is the pool × their deferrals ÷ all deferrals (${formatUsd(result.totalDeferrals)}), floored to the cent.`,
    cents === 0
      ? `The floored shares already sum to the pool.`
      : `${cents} cent${cents === 1 ? "" : "s"} left after flooring went one at a time to the largest remainders (ties in input order), so the shares sum to the pool exactly.`,
  ];
}

/** A participant leaving: the vesting answer (asOf the day after the last day by dates, the last day itself by hours), what is forfeited, and the last day if given. */
export interface LeavingFacts extends VestingResult {
  forfeited: Money;
  lastDay: IsoDate | null;
}

/** How the years of service were counted, for HR: a stated figure, the dates through the last day, or the hours. */
function leavingServiceSentences(facts: LeavingFacts, plan: PlanDefinition): string[] {
  const schedule = `under the schedule (${describeSchedule(plan.vesting.schedule)})`;
  const from = facts.countedFrom;
  // The verb agrees with the years: "1 year of service vests", "4 years … vest", "3.9 years count as 3 years … vest".
  const vest = `${facts.yearsOfService === 1 ? "vests" : "vest"} ${facts.vestedPercent}%`;
  if (from.by === "stated") {
    if (from.stated !== facts.yearsOfService) return [`Employer match: ${from.stated} years count as ${yearsWord(facts.yearsOfService)} of service vest ${facts.vestedPercent}% ${schedule}. (${plan.vesting.citation})`];
    return [`Employer match: ${yearsWord(facts.yearsOfService)} of service ${vest} ${schedule}. (${plan.vesting.citation})`];
  }
  if (from.by === "dates") {
    return [
      `From ${longDate(from.start)} through the last day of employment, ${longDate(facts.lastDay!)}, worked in full: ${facts.yearsOfService} completed ${facts.yearsOfService === 1 ? "year" : "years"} of service.`,
      `Employer match: ${yearsWord(facts.yearsOfService)} of service ${vest} ${schedule}. (${plan.vesting.citation})`,
    ];
  }
  const service = facts.service!;
  const counted = service.periods.filter((period) => period.counted).map(periodName);
  const sentences = [
    serviceRuleSentence(service, plan, "hr"),
    `The last day of employment, ${longDate(facts.lastDay!)}, is worked in full: hours dated on it count, and the record is read as of that day.`,
    counted.length === 0
      ? `No ${periodNoun(plan)} has ${formatHours(plan.vesting.hoursCounting.yearOfService.hours)} hours by the last day: no year of service, so the match vests ${facts.vestedPercent}% ${schedule}. (${plan.vesting.citation})`
      : `${yearsWord(facts.yearsOfService)} of service (${list(counted)}) ${vest} of the match ${schedule}. (${plan.vesting.citation})`,
  ];
  // The period of leaving, when it has not ended by the last day and is not a year of service.
  const now = service.currentPeriod;
  const leaving = service.periods.find((period) => period.start === now.start);
  if (leaving && !leaving.ended && !leaving.yearOfService) {
    sentences.push(`The ${periodNoun(plan)} of leaving, ${periodName(leaving)}, has ${formatHours(now.hours)} hours through the last day: ${formatHours(now.hoursToYearOfService)} short of a year of service.`);
  }
  sentences.push(...paritySentences(service, plan, "hr"));
  return sentences;
}

/** What a participant leaving keeps and forfeits, and when, in sentences for HR. */
export function leavingExplanation(facts: LeavingFacts, plan: PlanDefinition): string[] {
  const match = facts.vested.match.plus(facts.forfeited);
  const sentences = [alwaysVestedSentence(plan, "hr"), ...leavingServiceSentences(facts, plan)];
  if (facts.fullyVestedBy === "planTermination") {
    sentences.push(`Because the plan has terminated, nothing is forfeited: the whole balance of ${formatUsd(facts.balance)} is vested. (${plan.vesting.terminationCitation})`);
    return sentences;
  }
  if (!facts.forfeited.greaterThan(ZERO)) {
    sentences.push(
      match.isZero()
        ? `There is no match balance, so nothing is forfeited. (${plan.forfeitures.citation})`
        : `The match is fully vested, so nothing is forfeited. (${plan.forfeitures.citation})`,
    );
    return sentences;
  }
  sentences.push(
    leavingForfeitSentence(facts.service, facts.forfeited, match, facts.lastDay, plan),
    `Forfeitures go to the plan's forfeiture account and reduce future employer contributions; in ${plan.match.referenceYear} they were reallocated to participants as matching contributions. (${plan.forfeitures.citation})`,
  );
  const next = facts.nextStep;
  if (next) sentences.push(`With ${next.yearsOfService} years of service the match would have been ${next.vestedPercent}% vested. (${plan.vesting.citation})`);
  return sentences;
}

/**
 * When a leaving participant's nonvested match is forfeited, for HR. From hours, the date the rule
 * found; otherwise the run of breaks in words. `lastDay` is the last day of employment, if given.
 */
export function leavingForfeitSentence(service: VestingServiceResult | null, forfeited: Money, matchBalance: Money, lastDay: IsoDate | null, plan: PlanDefinition): string {
  const counting = plan.vesting.hoursCounting;
  const breaks = ordinal(counting.forfeiture.consecutiveBreaks);
  const amounts = `nonvested ${formatUsd(forfeited)} of the ${formatUsd(matchBalance)} match balance`;
  if (service !== null && service.forfeitsOn !== null) {
    const { first, last } = service.forfeitingBreaks;
    const stretch = `${first.kind === "planYear" ? "plan years " : ""}${stretchWords(first, last)}`;
    return (
      `If the participant does not come back, the ${amounts} stays in the account until ${longDate(service.forfeitingBreakEnds)}, the end of the ${breaks} break in service in a row (${stretch}). ` +
      `It is forfeited on ${longDate(service.forfeitsOn)}. Back at work before then, the participant can still vest it. (${counting.forfeiture.citation})`
    );
  }
  const when = lastDay ? `On leaving on ${longDate(lastDay)}, the` : "On leaving, the";
  return `${when} ${amounts} is forfeited unless the participant comes back: it stays in the account until the end of the ${breaks} break in service in a row (a ${periodNoun(plan)} with ${formatHours(counting.breakInService.hoursAtMost)} hours or fewer). Give the hours in each plan year to see the date. (${counting.forfeiture.citation})`;
}
