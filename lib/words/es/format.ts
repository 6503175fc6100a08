/**
 * Spanish (US) helpers that put plan figures into words: dates, schedules, ordinals, the service
 * requirement. The same functions as lib/words/en/format.ts, plus `longDate`, which English takes
 * from lib/dates.ts. Figures are written the US way in both languages ($1,234.50; 1,040 horas;
 * "15 de marzo de 2003"), as docs/glossary-es.md explains.
 */
import { parseIsoDate, type IsoDate } from "../../dates";
import { formatHours } from "../format";

const MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

/** "15 de marzo de 2003", "1 de enero de 2004", as the es-US locale writes a long date. Not a date: as given. */
export function longDate(iso: IsoDate): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return `${parts.day} de ${MONTHS[parts.month - 1]} de ${parts.year}`;
}

/** "3 años" or "1 año". */
export function years(n: number): string {
  return n === 1 ? "1 año" : `${formatHours(n)} años`;
}

/** A vesting schedule in words: "menos de 3 años 0%, 3 años 50%, 4 años 75%, 5 años o más 100%". */
export function describeSchedule(schedule: readonly { years: number; percent: number }[]): string {
  return schedule
    .map((step, index) => {
      const next = schedule[index + 1];
      if (index === 0 && next) return `menos de ${years(next.years)} ${step.percent}%`;
      if (!next) return `${years(step.years)} o más ${step.percent}%`;
      return `${years(step.years)} ${step.percent}%`;
    })
    .join(", ");
}

const ORDINALS = {
  m: ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo"],
  f: ["primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena", "décima"],
} as const;

/**
 * An ordinal: in words from 1 to 10 ("quinta", "tercer"), in digits after ("91.º", "12.ª"), as
 * Spanish writes them. `gender` agrees with the noun ("la quinta interrupción", "el 91.º día");
 * before a masculine noun, primero and tercero lose their -o (`beforeNoun`): "el primer año".
 */
export function ordinal(n: number, gender: "m" | "f" = "m", beforeNoun = true): string {
  if (Number.isInteger(n) && n >= 1 && n <= 10) {
    const word = ORDINALS[gender][n - 1]!;
    return gender === "m" && beforeNoun && (n === 1 || n === 3) ? word.slice(0, -1) : word;
  }
  return `${n}.${gender === "m" ? "º" : "ª"}`;
}

/**
 * An employer's service requirement in words, read from the plan: "1,000 horas de servicio en un
 * período de cómputo" or "el día 91 después de la primera hora de servicio".
 */
export function serviceRuleInWords(service: { kind: "hoursInPeriod"; hours: number } | { kind: "daysFollowingFirstHour"; days: number }): string {
  return service.kind === "hoursInPeriod"
    ? `${formatHours(service.hours)} horas de servicio en un período de cómputo`
    : `el día ${service.days} después de la primera hora de servicio`;
}
