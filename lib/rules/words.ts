/** Small helpers that put figures into sentences. */

/** Hours with thousands separators and up to four decimals: 1,040 or 999.5. */
export function formatHours(hours: number): string {
  if (Number.isInteger(hours) && hours >= 0) {
    if (hours < 1000) return String(hours);
    // Whole hours, the common case of a roster's 100,000 reasons: grouped without a regular expression.
    if (hours < 1e15) return groupThousands(String(hours));
  }
  const [whole = "0", fraction] = hours.toFixed(4).replace(/\.?0+$/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * A count with thousands separators, with `decimals` places: 100,000 or 12.3. Written out rather
 * than `toLocaleString`, whose first call in a browser loads the number formatter (a fifth of a
 * second on a slow phone) and whose output would follow the machine's locale where a locale is not given.
 */
export function formatCount(value: number, decimals = 0): string {
  const [whole = "0", fraction] = Math.abs(value).toFixed(decimals).split(".");
  const sign = value < 0 && Number(`${whole}.${fraction ?? 0}`) !== 0 ? "-" : "";
  return `${sign}${groupThousands(whole)}${fraction ? `.${fraction}` : ""}`;
}

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}

/** A vesting schedule in words: "less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%". */
export function describeSchedule(schedule: readonly { years: number; percent: number }[]): string {
  return schedule
    .map((step, index) => {
      const next = schedule[index + 1];
      if (index === 0 && next) return `less than ${next.years} years ${step.percent}%`;
      if (!next) return `${step.years} years or more ${step.percent}%`;
      return `${step.years} years ${step.percent}%`;
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
