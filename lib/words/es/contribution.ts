/**
 * The contribution limit in words (Spanish): every sentence a page or the API says about a
 * contribution-limit result (lib/rules/contribution.ts; 11-K Note 1.B, plan-rules §3). The same
 * functions as lib/words/en/contribution.ts, in the words of docs/glossary-es.md ("su aportación",
 * "sueldo", "el máximo que puede aportar", "aportación adicional desde los 50 años"). Pure
 * functions: facts in, strings out.
 */
import { formatUsd } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import type { ContributionResult } from "../../rules/contribution";
import { longDate, years } from "./format";
import { carriedForwardSentence, limitSourceText } from "./limits";

/** The limit's explanation, as the API gives it and the page shows it under "Why"; the same sentences, in the same order, as English. */
export function contributionExplanation(result: ContributionResult, plan: PlanDefinition): string[] {
  const { planYear, limits, requested } = result;
  const cap = result.planPercentCap;
  const sentences: string[] = [];
  if (result.compensationCapped) {
    sentences.push(
      `El sueldo que se cuenta (compensación) tiene un tope de ${formatUsd(limits.compensation.amount)} en ${planYear} (IRC 401(a)(17); ${limitSourceText(limits.compensation.source)}).`,
    );
  }
  sentences.push(
    `El plan le permite aportar hasta el ${cap}% de su sueldo: el ${cap}% de ${formatUsd(result.compensationCounted)} es ${formatUsd(result.planCap)}. (${result.citation})`,
    `El máximo que el IRS permite aportar de su sueldo en ${planYear} es ${formatUsd(result.electiveDeferralLimit)}: el límite de aportaciones electivas (IRC 402(g); ${limitSourceText(limits.electiveDeferral.source)}).`,
    result.bindingLimit === "plan15Percent"
      ? `El tope del ${cap}% del plan es el menor de los dos (o son iguales), así que es el que cuenta.`
      : `El límite del IRS es menor que el tope del ${cap}% del plan, así que es el que cuenta.`,
  );
  if (plan.options.catchUp) sentences.push(catchUpSentence(result));
  if (result.compensationBinds) sentences.push(`Su aportación nunca puede ser mayor que su sueldo, ${formatUsd(result.compensation)}.`);
  if (requested && requested.excess.greaterThan(0)) {
    sentences.push(
      `El ${requested.deferralPercent}% de ${formatUsd(result.compensationCounted)} es ${formatUsd(requested.requestedDeferral)}, ${formatUsd(requested.excess)} más que el máximo de ${formatUsd(result.maxDeferral)}; solo puede aportar ${formatUsd(requested.allowedDeferral)}.`,
    );
  }
  const note = limitsNote(result);
  if (note) sentences.push(note);
  return sentences;
}

/** Catch-up (IRC 414(v)), where the plan allows it: the age that decided it, or the birth date it needs. */
function catchUpSentence(result: ContributionResult): string {
  if (result.catchUpAge === null) return "Para saber si le toca la aportación adicional desde los 50 años, falta su fecha de nacimiento.";
  const age = `Al ${longDate(`${result.planYear}-12-31`)} tiene ${years(result.catchUpAge)}`;
  return result.catchUp.greaterThan(0)
    ? `${age}: se suma la aportación adicional desde los 50 años (aportación para ponerse al día), ${formatUsd(result.catchUp)} (IRC 414(v)).`
    : `${age}: todavía no puede hacer la aportación adicional desde los 50 años.`;
}

/** The note when the plan year is after the limits table: null when it is in it. */
export function limitsNote(result: ContributionResult): string | null {
  return result.limitsAssumed ? carriedForwardSentence(result.planYear, result.limits.year) : null;
}

/**
 * The page's warning when the deferral % asked for is over the plan's cap or the year's maximum
 * (`requested.overLimit`); null otherwise.
 */
export function overLimitWarning(result: ContributionResult): string | null {
  const { requested, planYear } = result;
  if (!requested?.overLimit) return null;
  const chosen = requested.deferralPercent;
  const over = requested.abovePlanCap ? `pasa del tope del ${result.planPercentCap}% del plan` : `pasa del límite en dólares de ${planYear}`;
  return (
    `El ${chosen}% ${over}: el ${chosen}% de ${formatUsd(result.compensationCounted)} es ${formatUsd(requested.requestedDeferral)}, ` +
    `pero en ${planYear} puede aportar como máximo ${formatUsd(result.maxDeferral)}. ` +
    `Lo permitido es ${formatUsd(requested.allowedDeferral)} (${formatUsd(requested.excess)} de más); los próximos años se calculan con esa cantidad.`
  );
}

/** The figures' "Limit that binds": pay itself, the plan's cap or 402(g). */
export function bindingLimitName(result: ContributionResult): string {
  if (result.compensationBinds) return "su propio sueldo";
  return result.bindingLimit === "plan15Percent" ? `el tope del ${result.planPercentCap}% del plan` : "el límite del IRS para su aportación (402(g))";
}

/** Under the figures: the plan year the limit is for and, where the plan has no catch-up, that none is modelled. */
export function limitYearNote(result: ContributionResult, plan: PlanDefinition): string {
  const year = `Para ${result.planYear}, el primer año del plan después de la fecha del cálculo: el año del sueldo que usted escribió.`;
  return plan.options.catchUp ? year : `${year} No se calcula la aportación adicional desde los 50 años: el 11-K no la menciona.`;
}
