/**
 * The computation periods of the hours rule (plan-rules §2.1) in words, for the roster's reasons
 * and the one-employee answer: a period's name, the period that came closest to the hours needed,
 * and the current one.
 */
import type { IsoDate } from "../../dates";
import { closestAndCurrent, type ComputationPeriod, type EligibilityResult } from "../../rules/eligibility";

export { closestAndCurrent };
import { formatHours } from "../../words/format";

/** "plan year 2003", "initial period 2002-03-15 to 2003-03-14". */
export function periodLabel(period: Pick<ComputationPeriod, "kind" | "start" | "end">): string {
  if (period.kind === "planYear") return `plan year ${period.start.slice(0, 4)}`;
  return `${period.kind === "initial" ? "initial period" : "anniversary year"} ${period.start} to ${period.end}`;
}

/**
 * Why the hours requirement is not met yet, in words: the period that came closest (the most hours;
 * of equals, the latest) and the current one (the period holding the as-of date; of two, the
 * initial period and the plan year that overlaps it, the one with more hours, then the one ending
 * first), with the hours it still needs.
 */
export function progress(result: EligibilityResult, asOf: IsoDate): string {
  const service = result.requirements[1];
  if (service.kind !== "hoursInPeriod") return "";
  const { closest, current } = closestAndCurrent(service.periods, asOf);
  const need = service.hoursRequired;
  if (current === null) return `employment begins on ${service.periods[0]!.start}, after the as-of date`;
  const togo = `${formatHours(Math.max(0, need - current.hours))} to go by ${current.end}`;
  if (closest === null || closest.hours === 0) return `no hours credited yet; the current period, ${periodLabel(current)}, needs ${formatHours(need)} by ${current.end}`;
  if (closest === current) return `the current period, ${periodLabel(current)}, has ${formatHours(current.hours)} of ${formatHours(need)} hours, the most of any period: ${togo}`;
  return `the most hours in one period were ${formatHours(closest.hours)} of ${formatHours(need)}, in ${closest.kind === "planYear" ? "" : "the "}${periodLabel(closest)}; the current period, ${periodLabel(current)}, has ${formatHours(current.hours)}: ${togo}`;
}
