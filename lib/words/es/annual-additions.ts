/**
 * The forfeiture page's IRC 415(c) check in words (Spanish): every sentence said about an
 * annual-additions check (lib/rules/annual-additions.ts; plan-rules §3, §5). The same functions
 * as lib/words/en/annual-additions.ts, in the words of docs/glossary-es.md ("su aportación",
 * "sueldo"); a participant's forfeiture share is "la parte asignada", the 415(c) limit "el límite
 * de aportaciones anuales". Pure functions: facts in, strings out.
 */
import { formatUsd, type Money } from "../../money";
import type { LimitsLookup } from "../../plan/limits";
import type { AnnualAdditionsCheck } from "../../rules/annual-additions";
import { formatCount } from "../format";
import { carriedForwardSentence } from "./limits";

/**
 * Under the plan year field: what the shares are checked against, and when the year is the
 * page's default (the plan's report year), that it should be changed to the year allocated for.
 */
export function planYearHint(lookup: LimitsLookup | null, isDefault: boolean): string {
  if (!lookup) return "La aportación de cada participante más su parte asignada se compara con el límite IRC 415(c) de este año del plan.";
  const limit = `Las aportaciones más cada parte asignada se comparan con el límite IRC 415(c) de ${lookup.planYear}, ${formatUsd(lookup.limits.annualAdditions.amount)}.`;
  return isDefault ? `${limit} ${lookup.planYear} es el año del informe del plan: cámbielo al año para el que está repartiendo.` : limit;
}

/** "Para 2 participantes, su aportación más la parte asignada pasan del límite de aportaciones anuales de 2002, $40,000.00 (IRC 415(c)):" */
export function overLimitHeading(check: AnnualAdditionsCheck): string {
  const count = check.over.length;
  const who = count === 1 ? "1 participante" : `${formatCount(count)} participantes`;
  return `Para ${who}, su aportación más la parte asignada pasan del límite de aportaciones anuales de ${check.planYear}, ${formatUsd(check.limit)} (${check.citation}):`;
}

/** One participant over the limit: "línea 2, A-17: $5,200.00 + $36,483.90 = $41,683.90, $1,683.90 de más". */
export function overLimitLine(over: { line: number; id: string; deferrals: Money; share: Money; additions: Money; excess: Money }): string {
  return `línea ${over.line}, ${over.id}: ${formatUsd(over.deferrals)} + ${formatUsd(over.share)} = ${formatUsd(over.additions)}, ${formatUsd(over.excess)} de más`;
}

/** After the participants listed: "…y 12 más." */
export function moreOverLimit(count: number): string {
  return `…y ${formatCount(count)} más.`;
}

/** What follows from being over, what the check leaves out, and the limits note when the year is after the table. */
export function overLimitClosing(check: AnnualAdditionsCheck): string {
  const closing =
    "Lo que pasa del límite no puede quedarse en esas cuentas. Además, el límite es como máximo el 100% del sueldo de cada participante, un dato que esta página no pide.";
  return check.limitsAssumed ? `${closing} ${carriedForwardSentence(check.planYear, check.limits.year)}` : closing;
}
