/**
 * The HR eligibility page's sentences that the browser fills with figures (Spanish, US): the same
 * functions as lib/words/en/eligibility-page.ts. Each problem names its field first, in Spanish
 * ("Fecha de nacimiento: …"); the words are docs/glossary-es.md's ("fecha del cálculo", "fecha de
 * inicio de empleo", "registro de horas", "censo", "etapa de empleo"). CSV column names stay.
 */
import type { IsoDate } from "../../dates";
import type { EntryProblem, HoursPlace, SummaryFacts } from "../en/eligibility-page";
import type { RuleIssue } from "../../errors";
import { formatCount, formatHours } from "../format";
import { ruleInputWords } from "./rule-input";
import { longDate } from "./format";

/** A value the parser refused (lib/read-issues.ts), in Spanish: the form's fields say why with these. */
export { failureWords, problemWords } from "./problems";

export type { EntryProblem, HoursPlace, SummaryFacts };

export const FIELD_NAMES: Readonly<Record<string, string>> = {
  asOf: "Fecha del cálculo",
  employer: "Empresa",
  birthDate: "Fecha de nacimiento",
  employmentStartDate: "Fecha de inicio de empleo",
  priorYearCompensation: "Sueldo del año pasado",
  fivePercentOwner: "Dueño del 5%",
  highlyCompensated: "Sueldo alto (HCE)",
};

export function fieldProblem(name: string, problem: string): string {
  return `${name}: ${problem}.`;
}

export function fieldRequired(name: string): string {
  return `${name}: falta este dato.`;
}

export function ruleProblem(name: string, issue: RuleIssue): string {
  return `${name}: ${ruleInputWords(issue)}.`;
}

export function rowFieldName(row: number, field: "date" | "hours"): string {
  return `Fila ${row}, ${field === "date" ? "fecha" : "horas"}`;
}

export function gapFieldName(gap: number, field: "lastDay" | "rehired"): string {
  return `Salida ${gap}, ${field === "lastDay" ? "último día trabajado" : "fecha en que volvió"}`;
}

export function hoursEntryProblem(place: HoursPlace, field: "date" | "hours", problem: EntryProblem): string {
  const what =
    problem.kind === "required"
      ? "falta este dato"
      : `es anterior a la fecha de inicio de empleo (${longDate(problem.start)}); las horas se acreditan desde la primera hora de servicio`;
  if (place.kind === "schedule" && field === "date") return `Primer día: ${what}.`;
  const prefix = place.kind === "row" ? `Fila ${place.row}` : place.kind === "line" ? `Línea ${place.line}` : "Primer día";
  return `${prefix}, ${field === "date" ? "fecha" : "horas"}: ${what}.`;
}

export function birthAfterStart(start: IsoDate): string {
  return `${FIELD_NAMES.birthDate}: es posterior a la fecha de inicio de empleo (${longDate(start)}); revise las dos fechas.`;
}

export function gapLastDayTooEarly(gap: number, spellStart: IsoDate): string {
  return `Salida ${gap}: el último día trabajado debe ser el ${longDate(spellStart)} o después, el día en que empezó esa etapa de empleo.`;
}

export function gapRehiredTooEarly(gap: number, lastDay: IsoDate): string {
  return `Salida ${gap}: la fecha en que volvió debe ser posterior al último día trabajado (${longDate(lastDay)}).`;
}

export const DATE_PATTERN: string = "debe escribirse MM/DD/AAAA o AAAA-MM-DD";
export const NOT_REAL_DATE: string = "no es una fecha real del calendario";
export const HOURS_NUMBER: string = "debe ser un número, como 80 o 7.5";
export function noSuchMonth(month: string): string {
  return `no es una fecha real: con barras, el mes va primero (MM/DD/AAAA), y no existe el mes ${month}`;
}

export function pastedLineProblem(line: number, problem: { kind: "noHours" } | { kind: "tooMany" } | { kind: "date" | "hours"; problem: string; found: string }): string {
  if (problem.kind === "noHours") return `Línea ${line}: faltan las horas. Escriba una fecha, un tabulador o una coma, y las horas (2002-03-31, 80).`;
  if (problem.kind === "tooMany") return `Línea ${line}: tiene más que una fecha y unas horas. Escriba una fecha y un número de horas por línea.`;
  return `Línea ${line}, ${problem.kind === "date" ? "fecha" : "horas"}: ${problem.problem} (dice "${problem.found}").`;
}

const SCHEDULE_NAMES = { hoursPerWeek: "Horas por semana", from: "Primer día", through: "Último día" } as const;

export function scheduleProblem(
  problem:
    | { kind: "required"; field: keyof typeof SCHEDULE_NAMES }
    | { kind: "unread"; field: keyof typeof SCHEDULE_NAMES; problem: string; found: string | null }
    | { kind: "tooManyHours"; most: number; found: string }
    | { kind: "beforeFirstDay"; from: IsoDate }
    | { kind: "overACentury" },
): string {
  switch (problem.kind) {
    case "required":
      return `${SCHEDULE_NAMES[problem.field]}: falta este dato.`;
    case "unread":
      return `${SCHEDULE_NAMES[problem.field]}: ${problem.problem}${problem.found === null ? "" : ` (dice "${problem.found}")`}.`;
    case "tooManyHours":
      return `Horas por semana: pueden ser ${problem.most} como máximo, todas las horas de una semana (dice "${problem.found}").`;
    case "beforeFirstDay":
      return `Último día: es anterior al primer día (${longDate(problem.from)}).`;
    case "overACentury":
      return "Último día: es más de un siglo después del primer día.";
  }
}

export function hoursSummary(count: number, hours: number, first: IsoDate, last: IsoDate): string {
  return `${count === 1 ? "1 registro de horas" : `${formatCount(count)} registros de horas`}, ${formatHours(hours)} ${hours === 1 ? "hora" : "horas"}, con fechas del ${longDate(first)} al ${longDate(last)}.`;
}

const megabytes = (bytes: number) => formatCount(bytes / 1_000_000, 1);
const rows = (n: number) => (n === 1 ? "1 fila" : `${formatCount(n)} filas`);

export function progress(phase: string, done: number, total: number): string {
  return `${phase}: ${megabytes(done)} de ${megabytes(total)} MB`;
}

export function runFailed(message: string): string {
  return `No se pudieron evaluar los archivos: ${message} Si un archivo cambió después de elegirlo, elíjalo otra vez.`;
}

export function fatalProblem(file: "census" | "hours", line: number, message: string): string {
  return `${file === "census" ? "Censo (CSV)" : "Horas (CSV)"}, línea ${line}: ${message}. No se evaluó nada; corrija el archivo y elíjalo otra vez.`;
}

export function summaryStart({ count, employees, rehires, asOf, hoursRows }: SummaryFacts): string {
  const people =
    rehires > 0
      ? ` (${employees === 1 ? "1 empleado" : `${formatCount(employees)} empleados`}; ${rehires === 1 ? "1 volvió" : `${formatCount(rehires)} volvieron`} a trabajar, con una fila por etapa de empleo)`
      : "";
  const hours = hoursRows === null ? ", sin archivo de horas" : `, con ${hoursRows === 1 ? "1 fila" : `${formatCount(hoursRows)} filas`} de horas`;
  return `${count === 1 ? "1 fila del censo evaluada" : `${formatCount(count)} filas del censo evaluadas`}${people} con fecha del cálculo del ${longDate(asOf)}${hours}`;
}

export function summaryTime(ms: number): string {
  return ` en ${ms < 100 ? "menos de 0.1" : formatCount(ms / 1000, 1)} s`;
}

export function summaryEnd(blank: { census: number; hours: number }, ignored: readonly string[]): string {
  const blankText =
    blank.census + blank.hours > 0 ? ` Líneas en blanco que se saltaron: ${formatCount(blank.census)} en el censo y ${formatCount(blank.hours)} en las horas.` : "";
  return `.${blankText}${ignored.length > 0 ? ` Columnas que no se usan: ${ignored.join(", ")}.` : ""}`;
}

export function filterRows(n: number): string {
  return ` (${rows(n)})`;
}

export function downloadAll(n: number): string {
  return `Descargar ${n === 1 ? "la fila" : `las ${formatCount(n)} filas`} (CSV)`;
}

export function downloadShown(n: number, filter: string): string {
  return `Descargar ${n === 1 ? "la fila que se muestra" : `las ${formatCount(n)} filas que se muestran`}: ${filter} (CSV)`;
}

export function shownHint(filter: string): string {
  return `“Todas” tiene cada fila del censo; “las que se muestran”, solo las filas de “${filter}”, y así lo dice el nombre del archivo.`;
}

export function hoursProblemsTitle(n: number): string {
  return `Problemas en el archivo de horas: ${rows(n)}`;
}

export function hoursProblemLine(line: number, column: string, message: string): string {
  return `Horas (CSV), línea ${line}${column ? `, columna ${column}` : ""}: ${message}.`;
}

export function moreProblems(n: number): string {
  return `…y ${n === 1 ? "1 más" : `${formatCount(n)} más`}.`;
}

export function tableTitle(filter: string, n: number): string {
  return `${filter}: ${rows(n)}`;
}

export function pageOfRows(from: number, to: number, of: number): string {
  return `Filas ${formatCount(from)}–${formatCount(to)} de ${formatCount(of)}`;
}

export function mayDeferCell(mayDefer: boolean, partTime: { date: IsoDate; since: boolean } | null): string {
  const answer = mayDefer ? "sí" : "no";
  return partTime === null ? answer : `${answer} (medio tiempo ${partTime.since ? "desde el" : "a partir del"} ${longDate(partTime.date)})`;
}

export function dateCell(iso: IsoDate | ""): string {
  return iso === "" ? "" : longDate(iso);
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

export function datesInText(text: string): string {
  return text.replace(ISO_DATE, (iso) => longDate(iso));
}

/** The plan's short names in Spanish (lib/words/es/eligibility's); an employer not known here keeps the plan's. */
const EMPLOYERS: Readonly<Record<string, string>> = { SOS: "SOS Staffing o sus filiales", Inteliant: "Inteliant Corporation" };

export function employerOption(employer: { id: string; shortName: string }): string {
  return EMPLOYERS[employer.id] ?? employer.shortName;
}
