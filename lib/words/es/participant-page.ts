/**
 * The participant page's own words, in Spanish (US), addressed to "usted": the same functions as
 * lib/words/en/participant-page.ts, in the words of docs/glossary-es.md ("fecha del cálculo",
 * "aportación de la empresa", "lo que usted aporta de su sueldo", "ya es suyo", "año del plan",
 * "registro de horas", "dólares de hoy"). Figures the es-US way. Pure: facts in, strings out.
 */
import type { IsoDate } from "../../dates";
import type { EmployerDefinition, PlanDefinition } from "../../plan/definition";
import type { TextField } from "../../pages/participant/form";
import type { RuleInputError } from "../../errors";
import type { UnsupportedYearError } from "../../plan/limits";
import { ruleInputWords, yearLimitWords } from "./rule-input";
import { formatCount } from "../format";
import { longDate } from "./format";

/** Each field's name in plain words, as the page labels it. */
export function fieldLabels(): Record<TextField, string> {
  return {
    asOf: "Fecha del cálculo",
    birthDate: "Fecha de nacimiento",
    yearsOfService: "Años de servicio",
    employmentStartDate: "Fecha de inicio de empleo",
    "balances.deferral": "Saldo de sus aportaciones",
    "balances.rollover": "Saldo traído de otro plan",
    "balances.match": "Saldo de la aportación de la empresa",
    compensation: "Sueldo del próximo año",
    deferralPercent: "Porcentaje que usted aporta",
    matchPercentOfDeferral: "Aportación de la empresa, % de la suya",
    annualReturnPercent: "Ganancia anual",
    salaryGrowthPercent: "Aumento de sueldo",
    years: "Años a proyectar",
    inflationPercent: "Inflación",
    leaveYear: "Año en que se va",
  };
}

// The form's checks -------------------------------------------------------------------------------

/** What a reader refused, in words: its issue in this language (./problems.ts), or a page reader's own words. */
export { failureWords as readProblem } from "./problems";

/** A rule's refusal, in words: its issue in Spanish (lib/words/es/rule-input.ts). */
export function ruleProblem(error: RuleInputError): string {
  return ruleInputWords(error.issue);
}

/** A year the calculator does not support, in Spanish (lib/words/es/rule-input.ts). */
export function yearLimitProblem(error: UnsupportedYearError): string {
  return yearLimitWords(error.issue);
}

/** A field the reader refused: "<campo>: <problema>.". */
export function fieldProblem(label: string, problem: string): string {
  return `${label}: ${problem}.`;
}

export function asOfTooEarly(label: string, first: number): string {
  return `${label}: debe ser de ${first} o después. La proyección empieza el año del plan siguiente y la tabla de límites del IRS empieza en ${first + 1}.`;
}

export function asOfTooLate(label: string, last: number): string {
  return `${label}: debe ser de ${last} o antes.`;
}

export function birthAfterAsOf(label: string, asOf: IsoDate): string {
  return `${label}: es posterior a la fecha del cálculo (${longDate(asOf)}). Revise las dos fechas.`;
}

export function startAfterAsOf(label: string, asOf: IsoDate): string {
  return `${label}: es posterior a la fecha del cálculo (${longDate(asOf)}). El servicio se cuenta hasta la fecha del cálculo.`;
}

export function birthAfterStart(label: string, start: IsoDate): string {
  return `${label}: es posterior a la fecha de inicio de empleo (${longDate(start)}). Revise las dos fechas.`;
}

export function youngAtStart(age: number, youngest: number): string {
  return `Con su fecha de nacimiento, usted tenía ${age} años en esta fecha de inicio, menos de ${youngest}. Revise las dos fechas; las cifras las usan tal como las escribió.`;
}

// What a section needs ----------------------------------------------------------------------------

/** The inputs a section may need, in words: what to enter. */
export function needs() {
  return {
    yearsOfService: "sus años de servicio",
    employmentStartDate: "su fecha de inicio de empleo",
    hours: "sus horas en al menos un año del plan",
    hoursFix: "sus horas",
    asOf: "la fecha del cálculo",
    deferralBalance: "el saldo de sus aportaciones",
    rolloverBalance: "el saldo traído de otro plan",
    matchBalance: "el saldo de la aportación de la empresa",
    compensation: "el sueldo del próximo año",
    birthDate: "su fecha de nacimiento",
    deferralPercent: "un porcentaje de aportación",
    matchPercent: "un porcentaje de la aportación de la empresa",
    annualReturn: "una ganancia anual",
    salaryGrowth: "un aumento de sueldo",
    years: "los años a proyectar",
  };
}

/** What each section shows, as "para ver …" says it. */
export function purposes() {
  return { today: "cuánto ya es suyo hoy", stay: "lo que le da quedarse", limit: "el máximo que puede aportar", ahead: "los próximos años" };
}

/** An input's words when it was filled in wrongly: "un porcentaje de aportación" → "el porcentaje de aportación". */
export function fixWords(words: string): string {
  return words.replace(/^un /, "el ").replace(/^una /, "la ");
}

export function enterToSee(items: string, purpose: string): string {
  return `Escriba ${items} para ver ${purpose}.`;
}

export function fixToSee(items: string, purpose: string, enter: string | null): string {
  return `Corrija ${items} (vea el mensaje junto al campo) para ver ${purpose}${enter !== null ? `, y escriba ${enter}` : ""}.`;
}

export function fixDeferralPercent(): string {
  return "Corrija el porcentaje que usted aporta (vea el mensaje junto al campo) para ver su propia aportación.";
}

export function fixInflation(): string {
  return "Corrija la inflación (vea el mensaje junto al campo) para ver los dólares de hoy.";
}

// Hours -------------------------------------------------------------------------------------------

/** A row's label: "Horas en 2003", "Horas en 2005 hasta ahora". */
export function yearLabel(year: number, current: boolean): string {
  return current ? `Horas en ${year} hasta ahora` : `Horas en ${year}`;
}

export function yearProblem(label: string, problem: string): string {
  return `${label}: ${problem}.`;
}

export function entryDateProblem(index: number, problem: string): string {
  return `Registro de horas ${index + 1}, fecha: ${problem}.`;
}

export function entryBeforeStart(index: number, date: IsoDate, start: IsoDate): string {
  return `Registro de horas ${index + 1}: su fecha (${longDate(date)}) es anterior a la fecha de inicio de empleo (${longDate(start)}). Las horas cuentan solo desde la primera hora de servicio.`;
}

export function entryHoursProblem(index: number, problem: string): string {
  return `Registro de horas ${index + 1}, horas: ${problem}.`;
}










// The form and the results ------------------------------------------------------------------------

const NAMES: Readonly<Record<string, { name: string; shortName: string }>> = {
  SOS: { name: "SOS Staffing Services, Inc. y sus filiales, salvo Inteliant", shortName: "SOS Staffing o una filial" },
};

export function employerShortName(employer: EmployerDefinition): string {
  return NAMES[employer.id]?.shortName ?? employer.shortName;
}

export function employerName(employer: EmployerDefinition): string {
  return NAMES[employer.id]?.name ?? employer.name;
}

export function stickyVested(vested: string, balance: string, percent: number): string {
  return `Ya es suyo hoy: ${vested} de ${balance} (de la aportación de la empresa, el ${percent}%)`;
}

export function yearsHint(years: number | null): string {
  return years !== null ? `Déjelo vacío para llegar a los 65 años: ${years} años.` : "Déjelo vacío para proyectar hasta los 65 años.";
}

export function deferralHint(cap: number): string {
  return `La parte de su sueldo que usted aporta. El plan permite hasta el ${cap}%.`;
}

export function referenceRate(year: number, percent: number): string {
  return `Porcentaje de ${year}: ${percent}% de lo que usted aporta`;
}

/** Where the reference rate comes from, and that the match is the sponsor's choice. */
export function matchBasis(plan: PlanDefinition): string {
  return (
    `En ${plan.match.referenceYear}, unos $127,800 de pérdidas se repartieron como aportación de la empresa, frente a $487,809 que aportaron los participantes: ` +
    `cerca del ${plan.match.referencePercentOfDeferrals}% de lo aportado. (${plan.match.citation}) No es una promesa: la empresa decide si la da y cuánto (aportación discrecional).`
  );
}

export function customMatchHint(reference: number): string {
  return `De lo que usted aporta, por ejemplo ${reference} o 50.`;
}

export function terminatedChoice(citation: string): string {
  return `El plan se terminó (todo pasa a ser de cada participante, ${citation})`;
}

/** The words around the vested % in the big figure. */
export function vestedOf(balance: string, serviceWords: string): [before: string, after: string] {
  return [`de ${balance}; de la aportación de la empresa ya es suyo el `, ` ${serviceWords}`];
}

export function limitHeading(planYear: number | null): string {
  return planYear !== null ? `El máximo que puede aportar en ${planYear}` : "El máximo que puede aportar";
}

export function leaveOption(planYear: number, age: number): string {
  return `${planYear} (${age} años de edad)`;
}

export function aheadSpan(years: number, first: number, last: number, defaulted: boolean): string {
  return `${years} ${years === 1 ? "año" : "años"}, de ${first} a ${last}${defaulted ? " (hasta los 65 años)" : ""}. Cada año termina el 31 de diciembre.`;
}

export function todaysDollarsNote(inflation: number): string {
  return `La gráfica está en dólares de hoy (${inflation}% de inflación al año). La tabla está en los dólares de cada año; sus dos últimas columnas, en “Mostrar todas las columnas”, están en dólares de hoy.`;
}

// The chart ----------------------------------------------------------------------------------------

export function chartTitle(todaysDollars: boolean): string {
  return `Saldo total y saldo que ya es suyo, por año${todaysDollars ? ", en dólares de hoy" : ""}`;
}

export function chartDescription(facts: {
  first: number;
  last: number;
  todaysDollars: boolean;
  total: [string, string];
  vested: [string, string];
  steps: readonly { planYear: number; vestedPercent: number }[];
}): string {
  const unit = facts.todaysDollars ? ", en dólares de hoy" : "";
  return (
    `De ${facts.first} a ${facts.last}${unit}, el saldo total pasa de ${facts.total[0]} a ${facts.total[1]} ` +
    `y el saldo que ya es suyo, de ${facts.vested[0]} a ${facts.vested[1]}.` +
    (facts.steps.length > 0 ? ` Pasos: ${facts.steps.map((row) => `${row.planYear} (${row.vestedPercent}%)`).join(", ")}.` : "")
  );
}

// The printed statement ----------------------------------------------------------------------------

export function printDate(iso: IsoDate): string {
  return longDate(iso);
}

export function printEntries(count: number): string {
  return `${formatCount(count)} registros de horas con fecha`;
}

export function printBalances(deferral: string, rollover: string, match: string): string {
  return `sus aportaciones ${deferral}, traído de otro plan ${rollover}, aportación de la empresa ${match}`;
}

export function printMatch(percent: string, referenceYear: number | null): string {
  return `${percent}% de lo que usted aporta${referenceYear !== null ? ` (el porcentaje de ${referenceYear})` : ""}`;
}

export function printRates(annualReturn: string, salaryGrowth: string): string {
  return `${annualReturn}% y ${salaryGrowth}% al año`;
}

export function printInflation(inflation: string): string {
  return `${inflation}% al año`;
}
