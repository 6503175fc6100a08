/**
 * The years ahead in words (Spanish): every sentence a page says about a projection
 * (lib/rules/projection.ts; plan-rules §6, 11-K Notes 1.B and 1.D). The same functions as
 * lib/words/en/projection.ts, in the words of docs/glossary-es.md ("su aportación", "aportación de
 * la empresa", "la parte que ya es suya", "lo que perdería", "fecha del cálculo"). Pure functions:
 * facts in, strings out.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { ProjectionResult } from "../../rules/projection";
import { formatHours } from "../format";
import { knownThroughSentence } from "./limits";

/** The projection's assumptions, one sentence each, with the limits note when a year is after the table: the same sentences, in the same order, as English. */
export function projectionExplanation(result: ProjectionResult, plan: PlanDefinition): string[] {
  const note = projectionLimitsNote(result);
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  return [
    `El año 1 es ${result.firstYear}, el año del plan después de la fecha del cálculo. Su sueldo sube un ${result.salaryGrowthPercent}% al año; su aportación es el ${result.deferralPercent}% del sueldo que se cuenta, nunca más que el máximo que puede aportar ese año. (${plan.contributions.citation})`,
    `La aportación de la empresa (aportación equivalente del empleador) es el ${result.matchPercentOfDeferral}% de su aportación, reducida si hace falta para que la suma de las dos no pase del límite IRC 415(c) ni del 100% de su sueldo. La empresa decide si la da y cuánto: esto es un supuesto, no una promesa. (${plan.match.citation})`,
    `Cada saldo gana un ${result.annualReturnPercent}% al año; las aportaciones entran poco a poco durante el año, así que en su primer año ganan solo medio año de rendimiento.`,
    `Cada año se suma un año de servicio (se supone un año de tiempo completo, con ${yearHours} horas o más); en cada fila, el porcentaje que ya es suyo se calcula con los años de servicio al final de ese año. (${plan.vesting.citation})`,
    ...(note ? [note] : []),
  ];
}

/** The note when a projected year is after the limits table: null when every year is in it. */
export function projectionLimitsNote(result: ProjectionResult): string | null {
  return result.firstAssumedYear === null ? null : knownThroughSentence(result.lastLimitsYear, result.firstAssumedYear);
}

/** How a row's vested and forfeitable amounts are worked out (the page's "Why"). */
export function vestedRowSentence(plan: PlanDefinition): string {
  return `La parte que ya es suya (derechos adquiridos) = sus aportaciones + el dinero que trajo de otro plan + el saldo de la aportación de la empresa × el porcentaje que ya es suyo ese año, redondeado al centavo (medio centavo sube); lo que perdería = el resto del saldo de la aportación de la empresa. (${plan.vesting.citation})`;
}

/** How a figure is put in today's dollars. */
export function todaysDollarsSentence(inflationPercent: number): string {
  return `En dólares de hoy, cada cifra de fin de año se divide entre (1 + ${inflationPercent}%) por cada año después del año de la fecha del cálculo.`;
}

/** The footnote of a table where some year's match was cut to fit IRC 415(c). */
export function matchReducedFootnote(): string {
  return "* Aportación de la empresa reducida para que, sumada a su aportación, no pase del límite IRC 415(c) ni del 100% de su sueldo.";
}
