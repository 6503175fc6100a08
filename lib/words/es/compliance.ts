/**
 * The vesting schedule against the law's minimum schedules, in words (Spanish, US): the reasoning
 * of a compliance finding (lib/rules/compliance.ts), written from its facts. The same function as
 * lib/words/en/compliance.ts. The finding names its statute and minimum schedules in English
 * (they are data of the rule); here they are said in Spanish by their id, the citations kept.
 */
import type { PlanDefinition } from "../../plan/definition";
import { MINIMUM_SCHEDULES, type ComplianceFinding } from "../../rules/compliance";
import { describeSchedule, longDate, years } from "./format";

/** Each minimum schedule's name, completing "el calendario …". */
const SCHEDULE_NAMES: Readonly<Record<string, string>> = {
  cliff3: "de todo a los 3 años",
  graded2to6: "gradual de 2 a 6 años",
  cliff5: "de todo a los 5 años",
  graded3to7: "gradual de 3 a 7 años",
};

/** A minimum schedule's name: "calendario de todo a los 3 años". */
export function minimumScheduleName(minimum: { id: string; name: string }): string {
  return `calendario ${SCHEDULE_NAMES[minimum.id] ?? `«${minimum.name}»`}`;
}

const name = minimumScheduleName;

/** The statute in force, in Spanish, its citation kept; a statute this module does not know stays as the rule wrote it. */
export function statuteInWords(statute: string): string {
  if (statute === MINIMUM_SCHEDULES.from2002.statute) {
    return `IRC 411(a)(12) (EGTRRA 2001 §633), para la aportación de la empresa de los años del plan que empiezan después del ${longDate("2001-12-31")}`;
  }
  if (statute === MINIMUM_SCHEDULES.before2002.statute) {
    return `IRC 411(a)(2) tal como regía antes de EGTRRA, para los años del plan que empiezan antes del ${longDate("2002-01-01")}`;
  }
  return statute;
}

/** The finding's reasoning: the plan's schedule, the minimums in force, each test's verdict, the conclusion. */
export function complianceReasoning(finding: ComplianceFinding, plan: PlanDefinition): string[] {
  const { planYear } = finding;
  return [
    `Cuánto de la aportación de la empresa ya es suyo (adquisición de derechos) depende de los años de servicio: ${describeSchedule(plan.vesting.schedule)}. (${plan.vesting.citation})`,
    `Para el año del plan ${planYear}, el mínimo lo fija ${statuteInWords(finding.statute)}: en cada año de servicio, el calendario del plan debe dar al menos el porcentaje del ${finding.minimums.map((minimum) => `${name(minimum)} (${describeSchedule(minimum.schedule)})`).join(" o el del ")}.`,
    ...finding.tests.map((test) =>
      test.firstShortfall === null
        ? `Cumple el ${name(test)} en cada año de servicio. (${test.citation})`
        : `No cumple el ${name(test)}: con ${years(test.firstShortfall.yearsOfService)} de servicio da ${test.firstShortfall.planPercent}%, y se exige ${test.firstShortfall.requiredPercent}%. (${test.citation})`,
    ),
    finding.passes
      ? `Por lo tanto, el calendario cumple la ley en el año del plan ${planYear}.`
      : `Por lo tanto, el calendario no cumple ninguno de los dos mínimos para la aportación de la empresa del año del plan ${planYear}. La calculadora sigue aplicando el calendario que describe el 11-K; este resultado es para el administrador del plan.`,
  ];
}
