/**
 * The long-term part-time rule in words (Spanish, US): the sentences the API's `explanation` and
 * the one-employee page say about a part-time finding, written from the rule's facts
 * (lib/rules/part-time.ts). The same function as lib/words/en/part-time.ts, sentence for sentence;
 * the words are docs/glossary-es.md's ("empleado de medio tiempo con años de servicio", legal
 * "empleado a tiempo parcial a largo plazo"; "aportar de su sueldo", legal "aportación electiva";
 * "aportación de la empresa"; "período de cómputo"; "fecha en que entra al plan"). Pure: facts in,
 * strings out; dates as es-US writes them.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { EligibilityResult } from "../../rules/eligibility";
import type { LongTermPartTimePeriod, LongTermPartTimeResult } from "../../rules/part-time";
import { formatHours } from "../format";
import { longDate } from "./format";

/** "año del plan 2023" for a plan year; the dates for another period: "del 15 de marzo de 2020 al 14 de marzo de 2021". */
function periodLabel(period: Pick<LongTermPartTimePeriod, "kind" | "start" | "end">): string {
  return period.kind === "planYear" ? `año del plan ${period.start.slice(0, 4)}` : `del ${longDate(period.start)} al ${longDate(period.end)}`;
}

/** The same after "con": "el año del plan 2023", "el período del … al …". */
function thePeriod(period: Pick<LongTermPartTimePeriod, "kind" | "start" | "end">): string {
  return period.kind === "planYear" ? `el ${periodLabel(period)}` : `el período ${periodLabel(period)}`;
}

/**
 * The part-time finding in sentences a person can read: the rule, the counted periods, and what
 * follows on the as-of date for this employee (`eligibility`: the as-of date, whether eligible
 * to join under the regular rule, and the employer).
 */
export function longTermPartTimeSentences(result: LongTermPartTimeResult, eligibility: Pick<EligibilityResult, "asOf" | "eligible" | "employer">, plan: PlanDefinition): string[] {
  const asOf = longDate(eligibility.asOf);
  const rule = plan.longTermPartTime;
  const hours = formatHours(rule.qualifyingHours.hours);
  const runs = rule.runs.map((requirement) => `${requirement.periods} ${requirement.periods === 1 ? "seguido" : "seguidos"} desde el ${longDate(requirement.from)}`).join(", ");
  const lines = [
    `Regla de los empleados de medio tiempo con años de servicio (empleados a tiempo parcial a largo plazo): un empleado puede aportar de su sueldo (aportación electiva) ` +
      `después de suficientes períodos de cómputo seguidos con ${hours} horas o más en cada uno (${runs}). ` +
      `Solo cuentan los períodos que empiezan el ${longDate(rule.firstCountedPeriodStart.date)} o después, y debe cumplir ${plan.eligibility.minimumAge} años a más tardar al final del último de ellos. (${result.citation})`,
  ];
  if (result.periods.length > 0) {
    const listed = result.periods.map((period) => `${periodLabel(period)}, ${formatHours(period.hours)} ${period.hours === 1 ? "hora" : "horas"}${period.qualifies ? ` (${hours} o más)` : ""}`);
    lines.push(`Sus períodos: ${listed.join("; ")}.`);
  }
  if (!result.metBy || !result.eligibilityDate) {
    lines.push(
      eligibility.eligible
        ? `No se cumple con las horas indicadas, y no hace falta: el empleado puede inscribirse en el plan al ${asOf}.`
        : "No se cumple con las horas indicadas.",
    );
    return lines;
  }
  const { period, runNeeded } = result.metBy;
  const run = period.run === 1 ? "1 período seguido termina" : `${period.run} períodos seguidos terminan`;
  lines.push(
    `${run} con ${thePeriod(period)} (${runNeeded === 1 ? "se pide" : "se piden"} ${runNeeded}), así que la regla se cumple el ${longDate(result.eligibilityDate)}. ` +
      (result.employerMatch
        ? "Los empleados de medio tiempo con años de servicio también reciben la aportación de la empresa."
        : "Este plan no da aportación de la empresa a los empleados de medio tiempo con años de servicio."),
  );
  if (result.excluded) {
    lines.push(`Los empleados con sueldo alto (HCE) de ${eligibility.employer.id} quedan fuera del plan, así que esta regla tampoco les permite aportar de su sueldo.`);
  } else if (result.eligible) {
    const entry = result.entryDate === null ? "" : ` (fecha en que entra al plan: ${longDate(result.entryDate)})`;
    lines.push(`Al ${asOf}, usted puede aportar de su sueldo como empleado de medio tiempo con años de servicio${entry}.`);
  } else if (result.eligibilityDate > eligibility.asOf) {
    lines.push(`Aún no al ${asOf}: con las horas indicadas, usted podrá aportar de su sueldo desde el ${longDate(result.eligibilityDate)}.`);
  } else {
    lines.push(`Al ${asOf}, usted ya participa en el plan con la regla general, así que la regla de medio tiempo no se le aplica ahora.`);
  }
  return lines;
}
