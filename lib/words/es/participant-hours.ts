/**
 * The hours mode's own words in Spanish: the hours rows and their helpers, and the service record
 * on the participant page (app/participant/hours-mode.tsx). A module of their own, so the page loads
 * them only when a person counts service by hours (participant-hours-words.ts).
 */
import type { IsoDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { VestingResult } from "../../rules/vesting";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { formatCount, formatHours } from "../format";
import { longDate, ordinal } from "./format";
import { countWord } from "./participant";
import { breaksWord, hoursWord, periodNoun, stretchWords } from "./vesting";

/** A period after the fecha del cálculo, on the record: a year of service on the hours given, or only hours. */
export function aheadPeriodWords(yearOfService: boolean): string {
  return yearOfService ? "Más adelante: un año de servicio con las horas que dio" : "Más adelante: horas después de la fecha del cálculo";
}

/** The period that is still running, on the record: a year of service already, or the hours it still needs. */
export function currentPeriodWords(service: VestingServiceResult, _plan: PlanDefinition): string {
  const current = service.currentPeriod;
  const period = service.periods.find((candidate) => candidate.start === current.start)!;
  if (period.counted) return "Año de servicio (este año)";
  const ahead = period.creditedOn !== null ? `; con las horas que dio, será un año de servicio el ${longDate(period.creditedOn)}` : "";
  return `En lo que va de este año: con ${hoursWord(current.hoursToYearOfService)} más, será un año de servicio${ahead}`;
}

/**
 * This period's progress: "Lleva 620 horas este año (2005). Si trabaja 380 horas más para el 31
 * de diciembre de 2005, será suyo el 50% de la aportación de la empresa: $888.89." The step is the
 * next one ahead when the next year of service reaches it.
 */
export function recordProgressSentence(result: VestingResult, service: VestingServiceResult, plan: PlanDefinition): string {
  const current = service.currentPeriod;
  const period = service.periods.find((candidate) => candidate.start === current.start)!;
  const thisYear = period.kind === "planYear" ? `este año (${current.start.slice(0, 4)})` : `este período de 12 meses (hasta el ${longDate(current.end)})`;
  if (current.countedOn !== null) return `Ya tiene ${formatHours(plan.vesting.hoursCounting.yearOfService.hours)} horas ${thisYear}: es un año de servicio.`;
  const next = service.yearsOfService + 1;
  const work = `Si trabaja ${hoursWord(current.hoursToYearOfService)} más para el ${longDate(current.end)}`;
  const step = result.stepsAhead[0];
  const at = step && step.yearsOfService === next ? step : null;
  const progress =
    result.fullyVestedBy !== null || result.nextStep === null
      ? `${work}, ${thisYear} será un año de servicio más; la aportación de la empresa ya es toda suya.`
      : at !== null
        ? `${work}, será suyo el ${at.vestedPercent}% de la aportación de la empresa: ${formatUsd(at.vestedMatch)}.`
        : `${work}, ${thisYear} será su ${ordinal(next)} año de servicio. ` +
          `El siguiente paso, el ${result.nextStep.vestedPercent}%, llega con ${countWord(result.nextStep.yearsOfService, "año", "años")}.`;
  return `Lleva ${hoursWord(current.hours)} ${thisYear}. ${progress}`;
}

/** "2 años de servicio contados: ya es suyo el 0% de la aportación de la empresa." */
export function recordYearsSentence(service: VestingServiceResult, vestedPercent: number): string {
  const counted = service.yearsOfService === 1 ? "contado" : "contados";
  return `${countWord(service.yearsOfService, "año", "años")} de servicio ${counted}: ya es suyo el ${vestedPercent}% de la aportación de la empresa.`;
}

/**
 * When the match not yet theirs is lost if no more hours come, for the participant's record:
 * "Si no hay más horas después de las últimas que usted escribió, la parte de la aportación de la
 * empresa que aún no es suya …". Null when nothing would be. `forfeitable` is the match not theirs today.
 */
export function recordForfeitSentence(service: VestingServiceResult, forfeitable: Money, plan: PlanDefinition): string | null {
  if (service.forfeitsOn === null || !forfeitable.greaterThan(0)) return null;
  const { first, last, count: breaks } = service.forfeitingBreaks;
  const stretch = stretchWords(first, last);
  const amount = formatUsd(forfeitable);
  const on = longDate(service.forfeitsOn);
  return service.alreadyForfeited
    ? `Después de ${breaksWord(breaks)} de servicio ${breaks === 1 ? "seguida" : "seguidas"} (${stretch}), usted perdió el ${on} la parte de la aportación de la empresa que aún no era suya (${amount}).`
    : `Si no hay más horas después de las últimas que usted escribió, la parte de la aportación de la empresa que aún no es suya (${amount} hoy) se queda en su cuenta hasta el final de su ${ordinal(breaks, "f")} interrupción de servicio seguida ` +
        `(${stretch}), y la pierde el ${on}. ` +
        `Si vuelve antes del ${on}, todavía puede llegar a ser suya: un ${periodNoun(plan)} con más de ${formatHours(plan.vesting.hoursCounting.breakInService.hoursAtMost)} horas no es una interrupción.`;
}

/** The dating of each row, in plain words, for the page. */
export function hoursDating(asOf: IsoDate): string {
  return `Las horas de cada año pasado cuentan como trabajadas a más tardar el 31 de diciembre de ese año. Las horas de este año hasta ahora cuentan como trabajadas a más tardar en la fecha del cálculo, el ${longDate(asOf)}.`;
}

export function pastedNotYear(line: number, text: string): string {
  return `Línea ${line}: "${text}" no empieza con un año ni con una fecha.`;
}

export function pastedHoursProblem(line: number, problem: string): string {
  return `Línea ${line}, horas: ${problem}.`;
}

export function pastedTooMany(line: number): string {
  return `Línea ${line}: tiene algo más que una fecha y unas horas. Escriba una fecha (o un año del plan) y un número de horas en cada línea.`;
}

export function pastedNotPlanYear(line: number, value: string, first: number, last: number): string {
  return `Línea ${line}: ${value} no es uno de los años del plan, de ${first} a ${last}.`;
}

export function pastedPut(years: readonly string[]): string {
  return years.length > 0 ? `Horas puestas en ${years.join(", ")}.` : "No se leyó ninguna hora.";
}

export function weeksProduct(weeks: string, perWeek: string, hours: string | null): string {
  return hours === null ? "Escriba los dos números." : `${weeks} × ${perWeek} = ${hours} horas.`;
}

export function putHoursIn(year: number): string {
  return `Poner estas horas en ${year}`;
}

/** What a link's dated entries are, and the entries dated after the fecha del cálculo. */
export function hoursFromLink(count: number, ahead: number): string {
  const entries = count === 1 ? "1 registro de horas con fecha" : `${formatCount(count)} registros de horas con fecha`;
  const after =
    ahead > 0
      ? ` ${ahead === 1 ? "1 registro tiene" : `${formatCount(ahead)} registros tienen`} fecha posterior a la fecha del cálculo: cuentan solo para las fechas futuras, y si cambia un año se quitan.`
      : "";
  return `Estas horas vinieron de un enlace como ${entries}, y se cuentan tal como vinieron. Cada año de abajo muestra su total. Si cambia un año, se reemplazan por un total por año.${after}`;
}
