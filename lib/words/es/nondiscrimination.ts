/**
 * The ADP and ACP tests in words (Spanish, US): every sentence a page or the API says about a
 * nondiscrimination result, written from the rule's facts (lib/rules/nondiscrimination.ts). The
 * same functions as lib/words/en/nondiscrimination.ts, sentence for sentence; the words are
 * docs/glossary-es.md's ("empleado con sueldo alto", "aportación de la empresa", "devolución de
 * aportaciones en exceso"), the citations, the letters ADP/ACP and every figure as in English.
 */
import { formatUsd, fromCents } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { formatLimit, formatRate, type LineFacts, type NondiscriminationResult, type NotCountedReason, type TestFacts } from "../../rules/nondiscrimination";
import { formatCount } from "../format";
import { longDate } from "./format";

export type TestName = "ADP" | "ACP";

const usd = (cents: bigint | number) => formatUsd(fromCents(BigInt(cents)));
const percent = (units: number, decimals: number) => `${formatRate(units, decimals)}%`;

/**
 * An employer's short name in Spanish: the plan's short names are English ("SOS Staffing or a
 * subsidiary"); the names themselves stay, the words around them are said in Spanish. An employer
 * this module does not know keeps the plan's short name.
 */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  SOS: "SOS Staffing o sus filiales",
  Inteliant: "Inteliant Corporation",
};
const shortName = (employer: { id: string; shortName: string }) => SHORT_NAMES[employer.id] ?? employer.shortName;

/** A line as the subject of a sentence: the employer's line by its name, the combined line as "El plan". */
function lineName(line: LineFacts, plan: PlanDefinition): string {
  return plan.options.testingLines === "combined" && line.line === plan.nondiscrimination.combinedLineName ? "El plan" : line.line;
}

/** What a test measures, completing "aportaron …" or "recibieron …": the average rate, of pay. */
function measured(test: TestName, rate: string): string {
  return test === "ADP" ? `aportaron en promedio el ${rate} de su sueldo` : `recibieron en promedio una aportación de la empresa del ${rate} de su sueldo`;
}

/** "Inteliant no pasa la prueba de no discriminación ADP: los empleados con sueldo alto (HCE) aportaron en promedio el 5.83% de su sueldo; el límite es el 5.00%." */
export function verdictSentence(line: LineFacts, test: TestName, result: NondiscriminationResult, plan: PlanDefinition): string {
  const facts = test === "ADP" ? line.adp : line.acp;
  const decimals = result.rateDecimals;
  const limit = `${formatLimit(facts.limit, decimals)}%`;
  if (facts.hce === null) {
    const what = test === "ADP" ? "una aportación" : "una aportación de la empresa";
    return `${lineName(line, plan)} pasa la prueba de no discriminación ${test}: no incluye a ningún empleado con sueldo alto (HCE), así que nadie puede tener ${what} demasiado alta. ${noHceReason(line, plan)}`;
  }
  const verb = facts.passed ? "pasa" : "no pasa";
  return `${lineName(line, plan)} ${verb} la prueba de no discriminación ${test}: los empleados con sueldo alto (HCE) ${measured(test, percent(facts.hce, decimals))}; el límite es el ${limit}.`;
}

/** Why a line counts no HCE: its employers exclude them (SOS), or none was in the census. */
export function noHceReason(line: LineFacts, plan: PlanDefinition): string {
  const excluding = plan.employers.filter((employer) => line.employers.includes(employer.id) && employer.excludesHighlyCompensated);
  if (excluding.length === line.employers.length && excluding.length > 0) {
    return `Los empleados con sueldo alto de ${excluding.map(shortName).join(" y de ")} quedan fuera del plan (${excluding[0]!.citation}): no pueden inscribirse, así que no entran en las pruebas.`;
  }
  return "Nadie en esta línea fue empleado con sueldo alto en el año del plan.";
}

/** How the limit came from the NHCE figure, in a sentence. */
export function limitSentence(facts: TestFacts, test: TestName, result: NondiscriminationResult, plan: PlanDefinition): string {
  const decimals = result.rateDecimals;
  const rule = plan.nondiscrimination.limit;
  const n = percent(facts.nhce, decimals);
  const whose = result.method === "prior-year" ? `En ${result.planYear - 1} los demás empleados` : "Los demás empleados";
  const multiple = `${rule.alternativeMultiple} veces el ${n}`;
  const spread = `${n} más ${rule.alternativeSpread} puntos`;
  const how =
    facts.limit.branch === "basic"
      ? `${rule.basic} veces el ${n}`
      : facts.limit.alternativesEqual
        ? `${multiple}, que es igual al ${spread}`
        : facts.limit.branch === "alternativeMultiple"
          ? `${multiple}, que es menos que el ${spread}`
          : `el ${spread}, que es menos que ${multiple}`;
  const citation = test === "ADP" ? plan.nondiscrimination.adpCitation : plan.nondiscrimination.acpCitation;
  return `${whose} ${measured(test, n)}, así que el límite es el ${formatLimit(facts.limit, decimals)}%: ${how}; de las dos formas, se usa la que permite más (${citation}).`;
}

/** The correction of a failed test, in sentences. */
export function correctionSentences(facts: TestFacts, test: TestName, result: NondiscriminationResult, plan: PlanDefinition): string[] {
  if (facts.passed) return [];
  if (facts.failedOnRounding) {
    return [`Antes de redondear su promedio, los porcentajes de los empleados con sueldo alto están dentro del límite, así que bajarlos al límite no quita nada: el exceso es ${usd(0)}.`];
  }
  const people = facts.refunds.length;
  const one = people === 1;
  const who = `${formatCount(people)} ${one ? "empleado" : "empleados"} con sueldo alto`;
  // As in English: the ADP's excess deferrals are refunded (Treas. Reg. 1.401(k)-2(b)(2)); the ACP's
  // excess match is distributed, or forfeited where not vested (1.401(m)-2(b)(2)).
  const citation = test === "ADP" ? plan.nondiscrimination.correction.citation : plan.nondiscrimination.acpCorrection.citation;
  const excess = test === "ADP" ? "aportaciones en exceso" : "aportación de la empresa en exceso";
  const sentences = [
    `Para corregirlo, los porcentajes más altos se bajan al ${facts.level?.toDecimalPlaces(2).toFixed(2)}% hasta que el promedio cumple el límite: ${usd(facts.excessCents)} de ${excess} en total (${citation}).`,
    test === "ADP"
      ? `Esa cantidad se toma primero de las aportaciones más grandes, no de los porcentajes más altos: ${who} ${one ? "recibe" : "reciben"} una devolución de aportaciones en exceso.`
      : `Esa cantidad se toma primero de las aportaciones de la empresa más grandes, no de los porcentajes más altos: ${who} ${one ? "tiene" : "tienen"} aportación de la empresa en exceso, que se ${one ? "le" : "les"} paga, o se pierde en la parte que aún no es suya (${citation}).`,
  ];
  if (test === "ADP" && plan.options.forfeitMatchOnRefund) {
    const forfeited = facts.refunds.reduce((total, refund) => total + (refund.forfeitedMatchCents ?? 0n), 0n);
    sentences.push(`La aportación de la empresa sobre las aportaciones devueltas se pierde con ellas: ${usd(forfeited)} (${plan.nondiscrimination.matchForfeiture.citation}).`);
  }
  if (test === "ACP") {
    sentences.push("Esta calculadora calcula el exceso de cada persona, no cuánto de ese exceso ya es suyo: esa división la hace el administrador del plan.");
  }
  return sentences;
}

/** What each deadline means: two sentences. */
export function deadlineSentences(result: NondiscriminationResult, plan: PlanDefinition): string[] {
  const { deadlines } = plan.nondiscrimination;
  return [
    `A más tardar el ${longDate(result.deadlines.withoutExciseTax)}: si las devoluciones se pagan para ese día, la empresa no paga un impuesto especial sobre el exceso (${deadlines.withoutExciseTax.citation}).`,
    `A más tardar el ${longDate(result.deadlines.final)}: es el último día para corregir las pruebas de ${result.planYear} sin poner en riesgo la calificación fiscal del plan (${deadlines.final.citation}).`,
  ];
}

/** Refunds carry earnings the calculator does not compute. */
export function earningsSentence(): string {
  return "Cada devolución lleva también las ganancias que produjo, que esta calculadora no calcula; súmelas antes de pagar.";
}

/** Why an employee was not counted. */
export function notCountedSentence(reason: NotCountedReason, plan: PlanDefinition): string {
  if (reason === "excluded-hce") {
    const excluding = plan.employers.filter((employer) => employer.excludesHighlyCompensated);
    const of = excluding.length === 0 ? "" : ` de ${excluding.map(shortName).join(" y de ")}`;
    return `Empleado con sueldo alto (HCE): el plan deja fuera a los empleados con sueldo alto${of} (${excluding[0]?.citation ?? plan.eligibility.citation}); no puede inscribirse, así que no entra en las pruebas.`;
  }
  return `Empleado de medio tiempo con años de servicio: el plan no lo cuenta en las pruebas (${plan.nondiscrimination.longTermPartTime.citation}).`;
}

/** A line's explanation, as the API gives it. */
export function lineExplanation(line: LineFacts, result: NondiscriminationResult, plan: PlanDefinition): string[] {
  const sentences: string[] = [];
  for (const test of ["ADP", "ACP"] as const) {
    const facts = test === "ADP" ? line.adp : line.acp;
    sentences.push(verdictSentence(line, test, result, plan), limitSentence(facts, test, result, plan), ...correctionSentences(facts, test, result, plan));
  }
  if (!line.adp.passed || !line.acp.passed) sentences.push(...deadlineSentences(result, plan), earningsSentence());
  return sentences;
}
