/** English helpers that put plan figures into words: schedules, ordinals, the service requirement. */
import { formatHours } from "../format";

/** "3 years" or "1 year". */
const yearsWord = (n: number) => (n === 1 ? "1 year" : `${formatHours(n)} years`);

/** A vesting schedule in words: "less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%". */
export function describeSchedule(schedule: readonly { years: number; percent: number }[]): string {
  return schedule
    .map((step, index) => {
      const next = schedule[index + 1];
      if (index === 0 && next) return `less than ${yearsWord(next.years)} ${step.percent}%`;
      if (!next) return `${yearsWord(step.years)} or more ${step.percent}%`;
      return `${yearsWord(step.years)} ${step.percent}%`;
    })
    .join(", ");
}

/** An ordinal in words' digits: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 91st, 111th. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * An employer's service requirement in words, read from the plan: "1,000 hours of service in one
 * computation period" or "the 91st day following the first hour of service".
 */
export function serviceRuleInWords(service: { kind: "hoursInPeriod"; hours: number } | { kind: "daysFollowingFirstHour"; days: number }): string {
  return service.kind === "hoursInPeriod"
    ? `${formatHours(service.hours)} hours of service in one computation period`
    : `the ${ordinal(service.days)} day following the first hour of service`;
}
