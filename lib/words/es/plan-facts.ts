/**
 * The plan facts page's sentences (Spanish, US): the same functions as
 * lib/words/en/plan-facts.ts, in docs/glossary-es.md's words. The report's labels, places and
 * quotes are English data; here they are said in Spanish by the key of the line or the quote. Fund
 * names, citations and figures stay as printed.
 */
import { addDays } from "../../dates";
import type { PlanDefinition } from "../../plan/definition";
import { COLA_TABLE, LIMIT_SECTIONS, type LimitKind, type SourceRun } from "../../plan/limits";
import { sourceNotes } from "./limits";
import type { PrintedFigure, RuleName } from "../en/plan-facts";
import { formatCount, formatHours } from "../format";
import { longDate } from "./format";
import { list } from "./vesting";

export { serviceRuleSentences } from "./vesting-service";
export type { PrintedFigure, RuleName };

/** "cifra" is feminine: "dos cifras", "una cifra". */
const WORDS = ["ninguna", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"];

/** 2 → "dos": small counts of figures in words, larger ones in digits. */
export function countInWords(n: number): string {
  return WORDS[n] ?? formatCount(n);
}

/** The statements' and Note 3's line labels in Spanish, by line id; a fund keeps its name. */
const LABELS: Readonly<Record<string, string>> = {
  "h.investments": "Inversiones",
  "h.mutualFunds": "Fondos mutuos",
  "h.other": "Otras inversiones",
  participantLoans: "Préstamos a participantes",
  totalInvestments: "Total de inversiones",
  cash: "Efectivo",
  receivables: "Cuentas por cobrar: aportaciones de los participantes",
  totalAssets: "Total de activos",
  refundExcess: "Pasivos: devolución de aportaciones en exceso",
  totalLiabilities: "Total de pasivos",
  netAssets: "Activos netos disponibles para beneficios",
  "h.additions": "Aumentos de los activos netos",
  participantContributions: "Aportaciones de los participantes",
  netDepreciation: "Pérdida neta en el valor razonable de las inversiones",
  interestDividends: "Intereses y dividendos",
  investmentIncome: "Resultado de las inversiones (pérdida)",
  totalAdditions: "Total de aumentos",
  "h.deductions": "Disminuciones de los activos netos",
  benefitsPaid: "Beneficios pagados a los participantes",
  netDecrease: "Disminución neta",
  beginningNetAssets: "Activos netos disponibles para beneficios al inicio del año",
  endNetAssets: "Activos netos disponibles para beneficios al final del año",
  depreciationMutualFunds: "Fondos mutuos",
  depreciationCommonStock: "Acciones ordinarias",
  depreciationTotal: "Pérdida neta",
};

/** The parts of a figure's key: its statement, its line and its year (none for the schedule). */
function place(key: string): { statement: string; line: string; year: string } {
  const [statement = "", line = "", year = ""] = key.split(":");
  return { statement, line, year };
}

/** The employers' names in Spanish (as lib/words/es/eligibility.ts says them). */
const EMPLOYER_NAMES: Readonly<Record<string, string>> = { SOS: "SOS Staffing Services, Inc. y sus filiales, salvo Inteliant", Inteliant: "Inteliant Corporation" };

/** An employer's name in Spanish. */
export function employerName(employer: { id: string; name: string }): string {
  return EMPLOYER_NAMES[employer.id] ?? employer.name;
}

/** A line's label in Spanish ("Efectivo"); a fund's name as printed. */
export function figureLabel(figure: PrintedFigure): string {
  const { line } = place(figure.key);
  return LABELS[line] ?? figure.label;
}

/** Where a figure is printed, with its article ("el estado…", "la nota 3…"), from its key. */
function whereWithArticle(figure: PrintedFigure): string {
  const { statement, year } = place(figure.key);
  const page = figure.page;
  if (statement === "netAssets") return `el estado de activos netos al ${longDate(`${year}-12-31`)} (página ${page})`;
  if (statement === "changes") return `el estado de cambios en los activos netos, ${year} (página ${page})`;
  if (statement === "note3") return `la nota 3 del informe (11-K Note 3, página ${page})`;
  if (statement === "schedule") return `el detalle de activos al ${longDate("2002-12-31")} (Schedule 1, página ${page})`;
  return figure.where;
}

/** Where a figure is printed, in a heading: "estado de activos netos al 31 de diciembre de 2002 (página 4)". */
export function figureWhere(figure: PrintedFigure): string {
  return whereWithArticle(figure).replace(/^(el|la) /, "");
}

/** What a check checks, from its id: "Total de inversiones, 2002". */
export function ruleTitle(rule: RuleName): string {
  const [kind = "", which = ""] = rule.id.split(".");
  const totals: Record<string, string> = { investments: "Total de inversiones", assets: "Total de activos", liabilities: "Total de pasivos", netAssets: "Activos netos" };
  if (totals[kind]) return `${totals[kind]}, ${which}`;
  const titles: Record<string, string> = {
    "changes.investmentIncome": "Resultado de las inversiones (pérdida), 2002",
    "changes.additions": "Total de aumentos, 2002",
    "changes.netDecrease": "Disminución neta, 2002",
    "changes.endOfYear": "Activos netos al final de 2002",
    "changes.beginning": `Activos netos al inicio de 2002 y al ${longDate("2001-12-31")}`,
    "changes.end": `Activos netos al final de 2002 y al ${longDate("2002-12-31")}`,
    "note3.total": "Pérdida neta de la nota 3, 2002",
    "note3.changes": "La nota 3 y el estado de cambios: pérdida neta",
    "schedule.total": "Detalle de activos frente al total de inversiones, 2002",
  };
  if (titles[rule.id]) return titles[rule.id]!;
  // "Fidelity Puritan Fund: statement and schedule of assets, 2002": the fund's name, then the places.
  const fund = /^(.*): statement and schedule of assets, (\d{4})$/.exec(rule.title);
  return fund ? `${fund[1]}: estado y detalle de activos, ${fund[2]}` : rule.title;
}

/** The left side of a long sum: "las 19 líneas suman". */
export function linesAddUpTo(count: number): string {
  return `las ${count} líneas suman`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A sum that does not add up: the lines, their total, and the total printed. */
export function sumFails(equation: string, computed: string, total: PrintedFigure, printed: string, difference: string, more: boolean): string {
  return `${capitalise(equation)} ${computed}, pero en ${whereWithArticle(total)} aparece impreso ${printed} como ${figureLabel(total).toLowerCase()} (${difference} ${more ? "más" : "menos"}).`;
}

/** Two printings of one figure that do not agree. */
export function agreeFails(part: PrintedFigure, partAmount: string, total: PrintedFigure, totalAmount: string, difference: string): string {
  return `${capitalise(whereWithArticle(part))} da ${partAmount}; ${whereWithArticle(total)} da ${totalAmount}: una diferencia de ${difference}.`;
}

/** Another check that adds up gives the same printed total. */
export function sameTotalConfirmed(total: PrintedFigure, otherRule: RuleName, equation: string, printed: string): string {
  return `La cifra impresa como ${figureLabel(total).toLowerCase()} es también la que da la verificación «${ruleTitle(otherRule)}»: ${equation} ${printed}.`;
}

/** The next line, which adds up, uses the printed total. */
export function nextLineConfirms(total: PrintedFigure, equation: string, amount: string): string {
  return `La línea siguiente confirma la cifra impresa como ${figureLabel(total).toLowerCase()}: ${equation} ${amount}, tal como aparece impreso.`;
}

/** A line printed one way here and another way elsewhere; the other way makes the sum add up. */
export function printedElsewhere(figure: PrintedFigure, printed: string, other: PrintedFigure, otherAmount: string, required: string): string {
  return `${figureLabel(figure)}: ${printed} en ${whereWithArticle(figure)}, pero ${otherAmount} en ${whereWithArticle(other)}; el total solo cuadra con ${required}.`;
}

/** A line whose digits, swapped, make the sum add up. */
export function transposedDigits(figure: PrintedFigure, required: string, printed: string): string {
  return `Con ${required} como ${figureLabel(figure).toLowerCase()}, cuadraría: son los ${printed} impresos con dos dígitos intercambiados (transpuestos).`;
}

export function noSingleLine(): string {
  return "Ninguna línea por sí sola explica la diferencia.";
}

/** A check's verdict in the list of every check. */
export function checkVerdict(kind: "sum" | "agree", foots: boolean): string {
  if (kind === "agree") return foots ? "las dos coinciden" : "las dos no coinciden";
  return foots ? "cuadra" : "no cuadra";
}

/** A check's two figures in the list of every check. */
export function checkFigures(kind: "sum" | "agree", computed: string, printed: string): string {
  return kind === "agree" ? `${computed} y ${printed}` : `las líneas suman ${computed}, impreso ${printed}`;
}

/** The name of each limit's column, after its IRC section (docs/glossary-es.md). */
const COLUMN_NAMES: Readonly<Record<LimitKind, string>> = {
  electiveDeferral: "aportaciones electivas",
  catchUp50: "aportación para ponerse al día",
  catchUp60to63: "aportación para ponerse al día, de 60 a 63 años",
  annualAdditions: "límite de aportaciones anuales",
  compensation: "compensación",
  hceThreshold: "empleado altamente remunerado",
};

/** A limit's column: "402(g)(1) aportaciones electivas". */
export function limitColumn(kind: LimitKind): string {
  return `${LIMIT_SECTIONS[kind]} ${COLUMN_NAMES[kind]}`;
}

/** A line of the limits' sources: its years ("2009 a 2022") and where their values come from; the IRS's titles and notices stay as published. */
export function limitSourceLine({ first, last, kinds, notice, amendedIn }: SourceRun): { years: string; text: string } {
  const column = first === last ? `columna de ${first}` : "columna de cada año";
  return { years: first === last ? String(first) : `${first} a ${last}`, text: `${COLA_TABLE}, ${column} (${kinds.map(limitColumn).join("; ")})${sourceNotes(notice, amendedIn, kinds[0]!)}` };
}

/** The report's quotes in Spanish, by the provision they belong to (our translation: the page says so). */
const QUOTES: Readonly<Record<string, string>> = {
  "employer.SOS":
    "Los empleados de la empresa patrocinadora que completan 1,000 horas de servicio durante un período de 12 meses y han cumplido 21 años pueden participar en el plan. … El plan excluye a todos los empleados altamente remunerados, según los define el Servicio de Impuestos Internos (IRS), de la empresa patrocinadora y de todas sus filiales, salvo Inteliant.",
  "employer.Inteliant":
    "Los empleados de Inteliant Corporation («Inteliant»), filial de la empresa patrocinadora, que han cumplido 21 años pueden participar en el plan a partir del día noventa y uno después del día en que el empleado trabaja su primera hora de servicio. … Los empleados altamente remunerados de Inteliant pueden participar en el plan.",
  contributions:
    "Cada año, los participantes pueden aportar hasta el 15 por ciento de su compensación anual antes de impuestos, según la define el plan. Los participantes también pueden aportar cantidades que provienen de distribuciones de otros planes calificados de beneficios definidos o de aportaciones definidas.",
  match:
    "La empresa patrocinadora puede decidir hacer aportaciones equivalentes discrecionales al plan. … en el año terminado el 31 de diciembre de 2002, la empresa patrocinadora hizo aportaciones equivalentes de aproximadamente $127,800 al plan, al reasignar cuentas perdidas.",
  vesting:
    "Los participantes adquieren de inmediato los derechos sobre sus aportaciones voluntarias y sus ganancias reales. La adquisición de derechos sobre las aportaciones equivalentes del empleador y sus ganancias reales es así: menos de tres años 0%, tres años 50%, cuatro años 75%, cinco años o más 100%.",
  termination: "Si se termina el plan, los participantes adquieren todos los derechos sobre el saldo de sus cuentas.",
  forfeitures:
    "Al 31 de diciembre de 2002, las cuentas perdidas sin derechos adquiridos sumaban aproximadamente $43,700. Estas cantidades se usarán para reducir futuras aportaciones del empleador. Durante 2002, aproximadamente $127,800 de cuentas perdidas se asignaron a las cuentas de los participantes como aportaciones del empleador.",
};

/** A quote of the report in Spanish (our translation); a quote not translated here stays as printed. */
export function quote(key: string, text: string): string {
  return QUOTES[key] ?? text;
}

/** The words of the plan definition's citations in Spanish; the references themselves stay. */
const CITATION_WORDS: readonly [string, string][] = [
  ["statement of changes in net assets", "estado de cambios en los activos netos"],
  ["as amended by", "según la reforma de"],
];

/** A citation in Spanish: "IRC 401(k)(2)(D) según la reforma de SECURE 2.0 §125". */
export function citation(text: string): string {
  return CITATION_WORDS.reduce((out, [english, spanish]) => out.split(english).join(spanish), text);
}

/** A quote's citation, saying the words are translated: "11-K Note 1.D, traducido del inglés". */
export function quoteCitation(text: string): string {
  return `${citation(text)}, traducido del inglés`;
}

/** How the 2002 reference match was worked out. */
export function matchBasis(plan: PlanDefinition): string {
  const { referenceYear: year, referencePercentOfDeferrals: percent } = plan.match;
  return `En ${year} se asignaron unos $127,800 de pérdidas como aportación de la empresa, frente a $487,809 de aportaciones de los participantes: cerca del ${percent}% de lo que aportaron.`;
}

/** The title of the rule counting years of service from hours, with breaks in service. */
export function hoursAndBreaksTitle(): string {
  return "Años de servicio a partir de las horas, e interrupciones de servicio";
}

/** The long-term part-time rule in sentences, every number from the plan. */
export function longTermPartTime(plan: PlanDefinition): { title: string; sentences: string[] } {
  const rule = plan.longTermPartTime;
  const age = plan.eligibility.minimumAge;
  const noHours = plan.employers.filter((employer) => employer.service.kind !== "hoursInPeriod");
  const runs = rule.runs.map((run, index) => {
    const next = rule.runs[index + 1];
    return `${run.periods} seguidos ${next ? `para fechas del ${longDate(run.from)} al ${longDate(addDays(next.from, -1))}` : `desde el ${longDate(run.from)}`}`;
  });
  const off = plan.options.longTermPartTime === "off";
  return {
    title: "Empleados de medio tiempo con años de servicio",
    sentences: [
      `El informe es anterior a esta regla (regla de empleados a tiempo parcial a largo plazo), pero la ley federal la exige a todo plan 401(k) para los años del plan desde el ${longDate(rule.runs[0]!.from)}${off ? "; la calculadora la tiene desactivada" : ""}.`,
      `Un empleado de ${age} años o más con ${formatHours(rule.qualifyingHours.hours)} horas o más en cada uno de varios períodos de 12 meses (${runs.join("; ")}) puede aportar de su sueldo (aportación electiva), aunque no tenga un año de servicio completo. No cuentan los períodos que empiezan antes del ${longDate(rule.firstCountedPeriodStart.date)}.`,
      plan.options.longTermPartTimeMatch
        ? "Reciben la aportación de la empresa como los demás participantes."
        : "La ley no exige darles aportación de la empresa, y este plan no se la da.",
      ...(noHours.length > 0 ? [`Los empleados de ${list(noHours.map((employer) => employer.name))} no necesitan horas para inscribirse, así que la regla no cambia nada para ellos.`] : []),
    ],
  };
}
