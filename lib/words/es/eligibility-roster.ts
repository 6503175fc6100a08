/**
 * The roster's reasons in words (Spanish, US): each employee's one-line reason on the HR
 * eligibility page and in its results CSV, written from lib/rules/eligibility's result (and, for a
 * rehire, the spells and the hours dated outside them). The same functions as
 * lib/words/en/eligibility-roster.ts; the words are docs/glossary-es.md's ("puede inscribirse",
 * "empleado con sueldo alto (HCE)", "umbral de sueldo", "empleado de medio tiempo con años de
 * servicio", "aportación de la empresa", "fecha del cálculo"). Pure functions: facts in, strings out.
 *
 * Fast on purpose, as the English: a roster writes 100,000 reasons in one go, so figures go through
 * formatHours and the es-US longDate (character by character, no Intl, no regular expression) and
 * each reason is one concatenation.
 */
import type { IsoDate } from "../../dates";
import type { RuleIssue } from "../../errors";
import { formatUsd, ZERO, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { closestAndCurrent, type EligibilityResult } from "../../rules/eligibility";
import type { HceResult } from "../../rules/hce";
import type { RowsConflict, SpellFacts } from "../en/eligibility-roster";
import { formatCount, formatHours } from "../format";
import { periodLabel } from "./eligibility";
import { ruleInputWords } from "./rule-input";
import { longDate } from "./format";

export type { RowsConflict, SpellFacts };

/** "le falta 1", "le faltan 800". */
const missing = (hours: number) => (hours === 1 ? "le falta 1" : `le faltan ${formatHours(hours)}`);

/**
 * Why the hours requirement is not met yet, in words: the period that came closest (the most hours;
 * of equals, the latest) and the current one (the period holding the as-of date; of two, the
 * initial period and the plan year that overlaps it, the one with more hours, then the one ending
 * first), with the hours it still needs.
 */
export function progress(result: EligibilityResult, asOf: IsoDate): string {
  const service = result.requirements[1];
  if (service.kind !== "hoursInPeriod") return "";
  const { closest, current } = closestAndCurrent(service.periods, asOf);
  const need = service.hoursRequired;
  if (current === null) return `empieza a trabajar el ${longDate(service.periods[0]!.start)}, después de la fecha del cálculo`;
  const togo = `${missing(Math.max(0, need - current.hours))} y tiene hasta el ${longDate(current.end)}`;
  if (closest === null || closest.hours === 0) {
    return `todavía no tiene horas acreditadas; el período actual, ${periodLabel(current)}, necesita ${formatHours(need)} horas a más tardar el ${longDate(current.end)}`;
  }
  if (closest === current) {
    return `el período actual, ${periodLabel(current)}, tiene ${formatHours(current.hours)} de ${formatHours(need)} horas, el máximo de todos sus períodos: ${togo}`;
  }
  return `lo más que tuvo en un período fueron ${formatHours(closest.hours)} de ${formatHours(need)} horas, en el ${periodLabel(closest)}; el período actual, ${periodLabel(current)}, tiene ${formatHours(current.hours)}: ${togo}`;
}

/**
 * One employee's reason: excluded, eligible, a long-term part-time employee who may defer, or not
 * yet, with the dates and the highly compensated finding; then the rehire's spells, if any.
 */
export function rosterReason(result: EligibilityResult, asOf: IsoDate, plan: PlanDefinition, spells: SpellFacts | null): string {
  const employer = result.employer;
  const [age, service] = result.requirements;
  const partTime = result.longTermPartTime;
  const ageText = `cumple ${age.age} años el ${longDate(age.metOn)}`;
  const serviceText = service.metOn === null ? "" : `servicio cumplido el ${longDate(service.metOn)}`;
  const spellText = spells ? spellsInWords(spells) : "";
  if (result.excluded) {
    return (
      `Queda fuera: empleado con sueldo alto (HCE), ${hceBasis(result.hce)}; el plan deja fuera a los empleados con sueldo alto de ${employer.id} (${employer.citation}).` +
      (result.eligibilityDate ? ` Solo por edad y servicio, podría inscribirse el ${longDate(result.eligibilityDate)}.` : "") +
      (partTime?.eligibilityDate ? ` Solo por la regla de medio tiempo, se cumpliría el ${longDate(partTime.eligibilityDate)}.` : "") +
      spellText
    );
  }
  const hceNote = result.highlyCompensated ? ` Empleado con sueldo alto (HCE), ${hceBasis(result.hce)}; los empleados con sueldo alto de ${employer.id} pueden inscribirse.` : "";
  if (result.eligible) return `Puede inscribirse: ${ageText}, ${serviceText}.${hceNote}${spellText}`;
  const notYet =
    result.eligibilityDate === null ? `${progress(result, asOf)}; ${ageText}` : `podrá inscribirse el ${longDate(result.eligibilityDate)} (${ageText}, ${serviceText})`;
  if (partTime?.eligible && partTime.metBy) {
    const { period } = partTime.metBy;
    return (
      `Medio tiempo: puede aportar de su sueldo desde el ${longDate(partTime.eligibilityDate!)} como empleado de medio tiempo con años de servicio (` +
      `${period.run === 1 ? "1 período seguido" : `${period.run} períodos seguidos`} con ${formatHours(plan.longTermPartTime.qualifyingHours.hours)} horas o más; ` +
      `el último, ${periodLabel(period)}; ${partTime.citation}), ${partTime.employerMatch ? "con" : "sin"} aportación de la empresa. ` +
      `Aún no puede inscribirse en el plan: ${notYet}.${hceNote}${spellText}`
    );
  }
  const partTimeLater =
    partTime?.eligibilityDate && partTime.eligibilityDate > asOf ? ` Regla de medio tiempo: podrá aportar de su sueldo desde el ${longDate(partTime.eligibilityDate)}.` : "";
  return `Aún no: ${notYet}.${partTimeLater}${hceNote}${spellText}`;
}

/** A rehire's spells, or a last day, and the hours dated where the employee was not employed (counted); begins with a space. */
export function spellsInWords(facts: SpellFacts): string {
  const { spells } = facts;
  const last = spells[spells.length - 1]!;
  const after = facts.hoursAfterLastDay;
  const afterText =
    after > 0
      ? ` ${after === 1 ? "Se cuenta 1 hora" : `Se cuentan ${formatHours(after)} horas`} con fecha después del último día (las horas se acreditan en las fechas que da la nómina).`
      : "";
  if (spells.length === 1) return ` Último día: ${last.end === null ? "no se indica" : longDate(last.end)}.${afterText}`;
  let listed = "";
  let lines = "";
  for (let i = 0; i < spells.length; i += 1) {
    const spell = spells[i]!;
    if (i > 0) {
      listed += ", ";
      lines += ", ";
    }
    listed += spell.end === null ? `desde el ${longDate(spell.start)}` : `del ${longDate(spell.start)} al ${longDate(spell.end)}`;
    lines += spell.line;
  }
  let text = ` Volvió a trabajar: ${spells.length} etapas de empleo (líneas ${lines} del censo): ${listed}; cuentan las horas de todas, desde el primer inicio, el ${longDate(facts.start)}.`;
  for (const gap of facts.gaps) {
    if (gap.hours > 0) {
      text += ` ${gap.hours === 1 ? "Se cuenta 1 hora" : `Se cuentan ${formatHours(gap.hours)} horas`} con fecha entre etapas, del ${longDate(gap.from)} al ${longDate(gap.to)}.`;
    }
  }
  return text + afterText;
}

/** Why someone is (or is not) highly compensated, in a few words. */
export function hceBasis(hce: HceResult): string {
  if (hce.basis === "stated") return "así lo indica el censo";
  if (hce.basis === "fivePercentOwner") return `dueño del 5% de la empresa en ${hce.planYear} o en ${hce.lookBackYear}`;
  const pay: Money | null = hce.priorYearCompensation;
  return `sueldo de ${hce.lookBackYear} de ${formatUsd(pay ?? ZERO)}, que ${hce.highlyCompensated ? "supera" : "no supera"} el umbral de sueldo de ${formatUsd(hce.threshold!)}`;
}

/** An employee in error: the first three problems (each a sentence), and how many more there are. */
export function errorReason(problems: readonly string[]): string {
  if (problems.length <= 3) return problems.join(" ");
  const more = problems.length - 3;
  return `${problems.slice(0, 3).join(" ")} Y ${more === 1 ? "hay 1 problema más" : `hay ${formatCount(more)} problemas más`} en las filas de este empleado.`;
}

/** An hours row dated before the employee's first hour of service (a file problem that says why the rule cannot count it). */
export function hoursBeforeStartProblem(date: IsoDate, employeeId: string, start: IsoDate): string {
  return `El ${longDate(date)} es anterior a la fecha en que el empleado ${employeeId} empezó a trabajar (${longDate(start)}); las horas se acreditan desde la primera hora de servicio`;
}

export function rowProblem(file: "census" | "hours", line: number, column: string, message: string): string {
  return `${file === "census" ? "Censo" : "Horas"}, línea ${line}${column ? `, columna ${column}` : ""}: ${message}.`.replace(/\.\.$/, ".");
}

const MUST_AGREE = "las filas de un empleado (una por etapa de empleo) deben coincidir";

export function rowsConflict(lines: readonly [number, number], conflict: RowsConflict): string {
  const { id } = conflict;
  let column = "employmentStartDate";
  let message: string;
  switch (conflict.kind) {
    case "birthDate":
      column = "birthDate";
      message = `el empleado "${id}" nació el ${longDate(conflict.first)} según la línea ${conflict.firstLine}, pero el ${longDate(conflict.value)} según la línea ${conflict.line}; ${MUST_AGREE}`;
      break;
    case "employer":
      column = "employer";
      message = `el empleado "${id}" trabaja para ${conflict.first} según la línea ${conflict.firstLine}, pero para ${conflict.value} según la línea ${conflict.line}; ${MUST_AGREE}`;
      break;
    case "hce":
      column = "";
      message =
        `las columnas de sueldo alto (HCE) del empleado "${id}" no coinciden (línea ${conflict.firstLine}: ${conflict.first}; línea ${conflict.line}: ${conflict.value}). ` +
        "Describen al empleado en el año del plan de la fecha del cálculo, no una etapa de empleo: ponga los mismos valores en cada fila, o déjelos en blanco en todas menos una";
      break;
    case "sameStart":
      message = `empleado "${id}": las dos etapas de empleo empiezan el ${longDate(conflict.start)}`;
      break;
    case "overlap":
      message = `empleado "${id}": la etapa de empleo del ${longDate(conflict.before.start)} al ${longDate(conflict.before.end)} se cruza con la que empieza el ${longDate(conflict.start)}; al volver a trabajar, la nueva etapa empieza después del último día de la anterior`;
      break;
  }
  return `Censo, líneas ${lines[0]} y ${lines[1]}${column ? `, columna ${column}` : ""}: ${message}.`;
}

export function notInCensus(id: string): string {
  return `"${id}" no está en el censo (CSV)`;
}

export function emptyFile(header: readonly string[]): string {
  return `está vacío; su primera línea debe ser el encabezado ${header.join(",")}`;
}

export function ruleInput(issue: RuleIssue): string {
  return ruleInputWords(issue);
}

export const NO_EMPLOYEE_ROWS: string = "tiene el encabezado, pero ninguna fila de empleados";

/** The header and cell problems both HR files share (lib/pages/hr-eligibility/rows.ts words its cells with them). */
export { booleanProblem, emptyCell, employerProblem, failureWords, found, headerProblem, idTooLong, unclosedQuote } from "./file-cells";

/** A row shorter than the header, without a required column's value. */
export function valuesMissing(values: number, width: number, missing: readonly string[]): string {
  return `no tiene valor: la línea tiene ${values === 1 ? "1 valor" : `${values} valores`} y el encabezado ${width} columnas (${missing.length === 1 ? "falta" : "faltan"} ${missing.join(", ")})`;
}

/** A row with values beyond the header's columns. */
export function extraValues(values: number, width: number): string {
  return `tiene ${values} valores, pero el encabezado tiene ${width} columnas; un valor con una coma debe ir entre comillas dobles ("Smith, Jr.")`;
}

/** A census row born after it starts work. */
export function birthAfterStart(start: IsoDate): string {
  return `es posterior a la fecha de inicio de empleo (${longDate(start)}); revise las dos fechas`;
}

/** A census row whose last day comes before its first. */
export function endBeforeStart(start: IsoDate): string {
  return `es anterior a la fecha de inicio de empleo de esta línea (${longDate(start)}); terminationDate es el último día de la etapa de empleo que empieza en esa fecha`;
}
