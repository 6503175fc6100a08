/** Small helpers that put figures into sentences. */

/** Hours with thousands separators and up to four decimals: 1,040 or 999.5. */
export function formatHours(hours: number): string {
  const [whole = "0", fraction] = hours.toFixed(4).replace(/\.?0+$/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
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

/** An ordinal number: 1st, 2nd, 3rd, 11th, 21st, 91st, 112th. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}
