/**
 * The rules of service from hours in Spanish (lib/rules/vesting-service.ts): how the plan counts
 * years of service and breaks, and the rule of parity, as the forfeiture pages, the plan facts page
 * and ./service-explanation.ts say them.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { PeriodBounds, VestingServiceResult } from "../../rules/vesting-service";
import { formatHours } from "../format";
import { ordinal } from "./format";
import { breaksWord, periodNoun, yearsWord, type Reader } from "./vesting";


/** How the periods run, said to HR and on the plan's facts page, after "se cuentan a partir de las horas, ". */
const PERIODS = {
  planYear: "cada año del plan (del 1 de enero al 31 de diciembre) por separado",
  anniversaryYear: "por períodos de 12 meses, desde la fecha de inicio y desde cada aniversario de esa fecha",
};

/** "2005" for a plan year; "del 2002-03-15 al 2003-03-14" for an anniversary year. */
export function periodLabel(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `del ${period.start} al ${period.end}`;
}

/** A run of periods by their labels: "de 1997 a 2001", "desde el período del … al … hasta el del … al …". */
function labelStretch(from: PeriodBounds, to: PeriodBounds): string {
  return from.kind === "planYear" ? `de ${periodLabel(from)} a ${periodLabel(to)}` : `desde el período ${periodLabel(from)} hasta el ${periodLabel(to)}`;
}


/** The rule that counts years of service from hours, opening an explanation: "Los años de servicio se cuentan a partir de sus horas, …". */
export function serviceRuleSentence(service: VestingServiceResult, plan: PlanDefinition, reader: Reader): string {
  const counting = plan.vesting.hoursCounting;
  const yearHours = formatHours(counting.yearOfService.hours);
  const byPlanYear = plan.options.vestingPeriods === "planYear";
  const noun = periodNoun(plan);
  if (reader === "hr") {
    const periods = PERIODS[plan.options.vestingPeriods];
    return (
      `Los años de servicio se cuentan a partir de las horas, ${periods}. Un ${noun} con ${yearHours} horas o más es un año de servicio (${counting.yearOfService.citation}); ` +
      `un ${noun} que terminó con ${formatHours(counting.breakInService.hoursAtMost)} horas o menos es una interrupción de servicio (${counting.breakInService.citation}).`
    );
  }
  const first = service.periods[0]!;
  const periods = byPlanYear
    ? PERIODS.planYear
    : `por períodos de 12 meses, desde su fecha de inicio y desde cada aniversario de esa fecha (los primeros 12 meses van del ${first.start} al ${first.end})`;
  return (
    `Los años de servicio se cuentan a partir de sus horas de servicio (horas pagadas), ${periods}. Un ${noun} con ${yearHours} horas o más es un año de servicio. ` +
    `El año cuenta desde el día del registro de horas con el que llega a ${yearHours} horas, aunque usted deje el trabajo más tarde en ese ${noun}. (${counting.yearOfService.citation})`
  );
}

/**
 * The service rule on the plan's facts page, for any reader ("el empleado"): how years of service
 * are counted from hours, what a break in service is, what breaks do to earlier years, and how long
 * the unvested match waits before it is lost. Every number comes from the plan.
 */
export function serviceRuleSentences(plan: PlanDefinition): string[] {
  const counting = plan.vesting.hoursCounting;
  const year = formatHours(counting.yearOfService.hours);
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  const noun = periodNoun(plan);
  const periods = plan.options.vestingPeriods === "planYear" ? `${PERIODS.planYear}, desde el año del plan en que el empleado empezó` : PERIODS.anniversaryYear;
  return [
    `Cuando se conocen las horas, los años de servicio que deciden cuánto de su cuenta ya es suyo (adquisición de derechos) se cuentan a partir de ellas, ${periods}. ` +
      `Un ${noun} con ${year} horas o más es un año de servicio, aunque el empleado se vaya más tarde ese año.`,
    `Un ${noun} que terminó con ${breakHours} horas o menos es una interrupción de servicio (por ejemplo, mucho tiempo entre una asignación y otra). ` +
      `Un ${noun} con más de ${breakHours} horas pero menos de ${year} no es ni un año de servicio ni una interrupción.`,
    plan.options.ruleOfParity
      ? `Una interrupción puede quitar años anteriores solo por la regla de paridad (vea “Lo que el informe no dice”).`
      : `Una interrupción de servicio no quita los años de servicio de antes: todas las horas cuentan, antes y después de una pausa o de volver a trabajar para la empresa.`,
    `Quien se va antes de que toda la aportación de la empresa sea suya conserva en la cuenta la parte que aún no es suya hasta el final de la ${ordinal(counting.forfeiture.consecutiveBreaks, "f")} interrupción de servicio seguida, ` +
      `y si vuelve antes, todavía puede llegar a ser suya. Al día siguiente, la pierde.`,
  ];
}

/**
 * What breaks do to earlier years: the rule of parity where it took years away, or that every year
 * still counts. Said when the record holds a break; for HR, whose record is read as if no hours come
 * after the last day, a period of leaving within the break's hours counts as one.
 */
export function paritySentences(service: VestingServiceResult, plan: PlanDefinition, reader: Reader): string[] {
  const counting = plan.vesting.hoursCounting;
  const parity = counting.ruleOfParity;
  const hasBreak = service.periods.some((period) => period.breakInService || (reader === "hr" && !period.ended && period.withinBreakHours));
  const who = reader === "participant" ? "usted" : "el participante";
  const lines = service.parityApplied.map(
    (stretch) =>
      `Regla de paridad: ${who} tenía ${yearsWord(stretch.years)} de servicio y aún no era suyo nada de la aportación de la empresa (0%); ` +
      `después tuvo ${breaksWord(stretch.breaks)} ${stretch.breaks === 1 ? "seguida" : "seguidas"} (${labelStretch(stretch.from, stretch.to)}). ` +
      `Son al menos ${parity.minimumBreaks}, y no menos que ${stretch.years === 1 ? "ese 1 año" : `esos ${stretch.years} años`}, así que los años de antes de las interrupciones ya no cuentan. (${parity.citation})`,
  );
  if (lines.length === 0 && hasBreak) {
    lines.push(
      plan.options.ruleOfParity
        ? `Regla de paridad: los años anteriores dejan de contar solo si un participante que aún no tiene nada suyo (0%) tiene interrupciones seguidas: al menos ${parity.minimumBreaks}, y no menos que los años que tenía antes. ` +
            `Eso no ha pasado, así que todos los años cuentan. (${parity.citation})`
        : `Las interrupciones no le quitan ${reader === "participant" ? "a usted" : "al participante"} los años que tenía antes de ellas: todos los años de servicio cuentan.`,
    );
  }
  return lines;
}
