/**
 * The forfeitures page's own sentences (Spanish, US): the same functions as
 * lib/words/en/forfeiture-form.ts, in the words of docs/glossary-es.md ("la aportación de la
 * empresa", "lo que aportó de su sueldo", "el fondo", "la parte asignada", "repartir", "perder",
 * "año del plan"). A message names its field first, as every Spanish form does ("Fecha de inicio
 * de empleo: …"). Pure: facts in, strings out.
 */
import { type IsoDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import { formatCount } from "../format";
import { longDate } from "./format";
import type { AllocationHeadlineFacts, Emphasised, LeavingField, LeavingHeadlineFacts } from "../en/forfeiture-form";

export type { AllocationHeadlineFacts, Emphasised, LeavingField, LeavingHeadlineFacts } from "../en/forfeiture-form";

/** A field's label, as the form shows it and its messages name it. */
export const LEAVING_LABELS: Record<LeavingField, string> = {
  yearsOfService: "Años de servicio",
  employmentStartDate: "Fecha de inicio de empleo",
  terminationDate: "Último día de empleo",
  matchBalance: "Saldo de la aportación de la empresa",
  deferralBalance: "Saldo de lo que aportó de su sueldo",
  rolloverBalance: "Saldo del dinero que trajo de otro plan",
  hours: "Horas",
};

/** A sentence that names its field first: "Fecha de inicio de empleo: …". */
function named(label: string, text: string): string {
  return `${label}: ${text}.`.replace(/\.\.$/, ".");
}

// A participant leaving -----------------------------------------------------------------------

/** "Fecha de inicio de empleo: este dato es obligatorio." */
export function leavingRequired(field: LeavingField): string {
  return named(LEAVING_LABELS[field], "este dato es obligatorio");
}

/** A field the reader refused: "Fecha de inicio de empleo: " + the reader's problem + ".". */
export function leavingReadProblem(field: LeavingField, problem: string): string {
  return named(LEAVING_LABELS[field], problem);
}

/** The last day is before the start. */
export function lastDayBeforeStart(start: IsoDate): string {
  return named(LEAVING_LABELS.terminationDate, `es anterior a la fecha de inicio de empleo (${longDate(start)})`);
}

/** What the rule refused, should it refuse anything the form let through (its message is the rule's). */
export function leavingRuleRefused(field: LeavingField, message: string): string {
  return named(LEAVING_LABELS[field], message);
}

/** Several problems in the hours: where each is marked. */
export function hoursProblemCount(count: number, byYears: boolean): string {
  return `Hay ${count} problemas en las horas; cada uno está marcado en su ${byYears ? "año del plan" : "línea"}.`;
}

/** No hours given at all. */
export function noHours(byYears: boolean): string {
  return byYears
    ? "Horas: escriba las horas de al menos un año del plan."
    : "Horas: pegue al menos una línea, como 2003-06-30, 80 o 2003, 1040.";
}

/** A plan year's box the reader refused: "Horas de 2003: " + the reader's problem + ".". */
export function boxHoursProblem(year: number, problem: string): string {
  return named(`Horas de ${year}`, problem);
}

/** A pasted line with a date and no hours. */
export function lineNoHours(line: number): string {
  return `La línea ${line} no tiene horas: escriba una fecha o un año del plan, un tabulador o una coma, y luego las horas (2003-06-30, 80 o 2003, 1040).`;
}

/** A pasted line with more than two values. */
export function lineTooManyValues(line: number): string {
  return `La línea ${line} tiene más que una fecha y unas horas; escriba una sola fecha (o un año del plan) y un solo número de horas en cada línea.`;
}

/** A pasted line's date the reader refused, with what it reads. */
export function lineDateProblem(line: number, problem: string, cell: string): string {
  return `Línea ${line}, la fecha: ${problem} (dice "${cell}").`;
}

/** A pasted line's hours the reader refused, with what they read. */
export function lineHoursProblem(line: number, problem: string, cell: string): string {
  return `Línea ${line}, las horas: ${problem} (dice "${cell}").`;
}

/** What a pasted line's date is: its plan year as written, or the date in words. */
function lineWhat(planYear: string | null, date: IsoDate): string {
  return planYear !== null ? `el año del plan ${planYear}` : `el ${longDate(date)}`;
}

/** A pasted line dated before the start. `planYear` is the year as written when the line gives a plan year. */
export function lineBeforeStart(line: number, planYear: string | null, date: IsoDate, start: IsoDate): string {
  return `Línea ${line}: ${lineWhat(planYear, date)} es anterior a la fecha de inicio de empleo, el ${longDate(start)}.`;
}

/** A pasted line dated after the last day. */
export function lineAfterLastDay(line: number, planYear: string | null, date: IsoDate, lastDay: IsoDate): string {
  return `Línea ${line}: ${lineWhat(planYear, date)} es posterior al último día de empleo, el ${longDate(lastDay)} (ponga esas horas con la fecha del último día).`;
}

/** A plan year's box: its label. */
export function boxLabel(year: number): string {
  return `Horas de ${year}`;
}

/** "14 de mayo al 31 de diciembre": the days of a plan year's box (its year is in the label). */
export function boxHint(from: IsoDate, through: IsoDate): string {
  const short = (iso: IsoDate) => longDate(iso).replace(/ de \d{4}$/, "");
  return `Del ${short(from)} al ${short(through)}`;
}

/** "50% de la aportación de la empresa ya es del participante (3 años completos). Se queda con $12,500.01; pierde $2,000.00." */
export function leavingHeadline(facts: LeavingHeadlineFacts): Emphasised {
  const n = facts.yearsOfService;
  const service = facts.fromHours ? `${n === 1 ? "1 año" : `${n} años`} de servicio según las horas` : n === 1 ? "1 año completo" : `${n} años completos`;
  return [
    { strong: `${facts.vestedPercent}%` },
    ` de la aportación de la empresa ya es del participante (${service}${facts.planTerminated ? ", plan terminado" : ""}). Se queda con `,
    { strong: formatUsd(facts.kept) },
    "; pierde ",
    { strong: formatUsd(facts.forfeited) },
    ...(facts.forfeitsOn ? [" el ", { strong: longDate(facts.forfeitsOn) }, " si no vuelve a trabajar antes"] : []),
    ".",
  ];
}

/** Under a source's name in the table: "50% ya es suyo". */
export function percentVested(percent: number): string {
  return `${percent}% ya es suyo`;
}

// A pool to share ---------------------------------------------------------------------------

/** The pool left blank. */
export function poolRequired(): string {
  return "Fondo de pérdidas: este dato es obligatorio; escriba una cantidad como 43700.00.";
}

/** The pool the reader refused. */
export function poolProblem(problem: string): string {
  return named("Fondo de pérdidas", problem);
}

/** No deferrals given. */
export function noDeferralLines(): string {
  return "Aportaciones: pegue al menos una línea, como A-17,5200.00, o elija un archivo CSV.";
}

/** Every deferral is zero. */
export function deferralsTotalZero(pool: Money): string {
  return `Aportaciones: suman $0.00, así que no hay con qué repartir un fondo de ${formatUsd(pool)}.`;
}

/** The plan year left blank. */
export function planYearRequired(): string {
  return "Año del plan: este dato es obligatorio para revisar el límite 415(c); escriba un año como 2002.";
}

/** The plan year the reader refused; `firstYear` when it is before the IRS limits table. */
export function planYearProblem(problem: string, firstYear: number | null): string {
  return named("Año del plan", `${problem}${firstYear !== null ? ` (la tabla de límites del IRS empieza en ${firstYear})` : ""}`);
}

/** A deferrals line whose quote is never closed. */
export function quoteNotClosed(line: number): string {
  return `La línea ${line} tiene unas comillas (") que nunca se cierran.`;
}

/** A deferrals line with an id and no amount. */
export function lineNoDeferrals(line: number): string {
  return `La línea ${line} no tiene aportación: escriba el id, una coma o un tabulador, y luego la cantidad (A-17,5200.00).`;
}

/** A deferrals line with more than two values; `commaLine` when it is split on commas. */
export function deferralsTooManyValues(line: number, count: number, commaLine: boolean): string {
  const hint = commaLine ? " Si la cantidad lleva una coma de miles, quítela (1234.50) o ponga la cantidad entre comillas." : "";
  return `La línea ${line} tiene ${count} valores; cada línea necesita exactamente dos: el id y la aportación.${hint}`;
}

/** An id the API would refuse: empty, or longer than 200 characters. */
export function idProblem(line: number, problem: "empty" | "long"): string {
  return `Línea ${line}, el id: ${problem === "empty" ? "no puede estar vacío" : "puede tener como máximo 200 caracteres"}.`;
}

/** A deferrals cell left empty. */
export function deferralsEmpty(line: number): string {
  return `Línea ${line}, la aportación: está vacía; escriba una cantidad como 5200.00.`;
}

/** A deferrals amount the reader refused, with what it reads (already quoted and shortened). */
export function deferralsProblem(line: number, problem: string, quoted: string): string {
  return `Línea ${line}, la aportación: ${problem} (dice ${quoted}).`;
}

/** An id given twice. */
export function idRepeats(line: number, id: string, first: number): string {
  return `Línea ${line}: el id "${id}" repite el de la línea ${first}; ponga a cada participante una sola vez.`;
}

/** A line past the most participants an allocation takes. */
export function pastParticipantLimit(line: number, max: number): string {
  return `La línea ${line} pasa del límite de ${formatCount(max)} participantes.`;
}

/** "2 problemas en las aportaciones de pagos.csv; el reparto espera hasta que se corrijan:" */
export function lineIssuesLead(count: number, fileName: string | null): string {
  const problems = count === 1 ? "1 problema" : `${formatCount(count)} problemas`;
  return `${problems} en las aportaciones${fileName ? ` de ${fileName}` : ""}; el reparto espera hasta que ${count === 1 ? "se corrija" : "se corrijan"}:`;
}

/** After the problems listed: "…y 12 más." */
export function moreIssues(count: number): string {
  return `…y ${formatCount(count)} más.`;
}

/** The deferrals' box while a file is used. */
export function fileInUse(name: string): string {
  return `No se usa mientras esté elegido el archivo ${name}.`;
}

/** A file read in the browser. */
export function fileRead(name: string, lines: number): string {
  return `Se leyó ${name} en su navegador (${lines === 1 ? "1 línea" : `${formatCount(lines)} líneas`} con datos); no se subió a ningún lado.`;
}

/** A file the browser could not read. */
export function fileUnreadable(name: string): string {
  return `No se pudo leer ${name}. Elija un archivo CSV de texto con líneas id,aportación.`;
}

/** The button that goes back to the text box. */
export function useTextBox(name: string): string {
  return `Usar el cuadro de texto en vez de ${name}`;
}

/** "$1,000.00 repartidos entre 3 participantes que aportaron $9,300.50: …" */
export function allocationHeadline(facts: AllocationHeadlineFacts): Emphasised {
  const n = facts.participants;
  return [
    { strong: formatUsd(facts.pool) },
    ` repartidos entre ${n === 1 ? "1 participante que aportó" : `${formatCount(n)} participantes que aportaron`} ${formatUsd(facts.totalDeferrals)}: una aportación de la empresa de alrededor del `,
    { strong: `${facts.matchRatePercent.toFixed(2)}%` },
    " de lo aportado. Las partes asignadas suman ",
    { strong: formatUsd(facts.totalShares), testId: "shares-total" },
    facts.totalShares.equals(facts.pool) ? ", exactamente el fondo." : ".",
  ];
}

/** The warning of a pool above all the deferrals. */
export function matchAbove100(pool: Money, totalDeferrals: Money, matchRatePercent: Money): string {
  return (
    `El fondo, ${formatUsd(pool)}, es más que todas las aportaciones, ${formatUsd(totalDeferrals)}: una aportación de la empresa de alrededor del ${matchRatePercent.toFixed(2)}% de lo aportado, más del 100%. ` +
    "Revise el fondo y las aportaciones (¿están todos los participantes, con lo que aportaron en todo el período?)."
  );
}

/** The table's caption: "Partes asignadas", and when it shows only the first rows, how many. */
export function sharesCaption(count: number, shown: number): string {
  return `Partes asignadas${count > shown ? ` (las primeras ${shown} de ${formatCount(count)}; la descarga las tiene todas)` : ""}`;
}
