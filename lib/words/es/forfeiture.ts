/**
 * Forfeitures in words (Spanish, US): the allocation of a forfeiture pool (lib/rules/forfeiture.ts),
 * and what a participant leaving keeps and loses, for HR, who reads about "el participante"
 * (lib/rules/vesting.ts's answer read as of the last day). The same functions as
 * lib/words/en/forfeiture.ts, in the words of docs/glossary-es.md ("lo que se pierde", "pérdida de
 * la parte no adquirida", "la parte asignada", "repartir", "la parte que aún no es suya",
 * "interrupción de servicio", "aportación de la empresa"). Pure: facts in, strings out.
 *
 * The few vesting helpers these sentences need are written here privately (lib/words/es/vesting.ts
 * is written apart); a later clean-up can share them.
 */
import { type IsoDate } from "../../dates";
import { formatUsd, ZERO, type Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { SOURCES, type Source } from "../../plan/sources";
import type { AllocationResult } from "../../rules/forfeiture";
import { alwaysVested } from "../../rules/vesting";
import type { PeriodBounds, VestingServiceResult } from "../../rules/vesting-service";
import { formatHours } from "../format";
import { describeSchedule, longDate, ordinal, years } from "./format";

export type { LeavingFacts } from "../en/forfeiture";
import type { LeavingFacts } from "../en/forfeiture";

/** How the pool was shared: where forfeitures go, the pro rata share, and the cents left after rounding down. */
export function allocationExplanation(result: Pick<AllocationResult, "total" | "totalDeferrals" | "centsByRemainder">, plan: PlanDefinition): string[] {
  const cents = result.centsByRemainder;
  return [
    `Lo que pierden los participantes que se van (pérdida de la parte no adquirida) reduce las aportaciones futuras de la empresa; aquí el fondo de ${formatUsd(result.total)} se reparte como aportación de la empresa. (${plan.forfeitures.citation})`,
    `La parte asignada a cada participante es el fondo × su aportación ÷ la suma de las aportaciones de todos (${formatUsd(result.totalDeferrals)}), redondeada hacia abajo al centavo.`,
    cents === 0
      ? "Las partes asignadas, redondeadas hacia abajo, ya suman el fondo."
      : cents === 1
        ? "1 centavo sobró al redondear hacia abajo y se dio a la parte con el resto más grande (si hay empate, a la primera de la lista), así que las partes asignadas suman exactamente el fondo."
        : `${cents} centavos sobraron al redondear hacia abajo y se dieron de uno en uno a las partes con los restos más grandes (si hay empate, en el orden de la lista), así que las partes asignadas suman exactamente el fondo.`,
  ];
}

// The vesting helpers the leaving sentences need, for HR --------------------------------------------

/** "a", "a y b", "a, b y c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(", ")} ${/^h?i(?![aeiouáéó])/i.test(last) ? "e" : "y"} ${last}`;
}

/** "1 interrupción de servicio seguida", "5 interrupciones de servicio seguidas". */
function breaksInARow(n: number): string {
  return n === 1 ? "1 interrupción de servicio seguida" : `${n} interrupciones de servicio seguidas`;
}

/** Each source in words, for HR: what the participant put in, brought, or the employer gave. */
const SOURCE_WORDS: Record<Source, string> = {
  deferral: "lo que aportó de su sueldo",
  rollover: "el dinero que trajo de otro plan",
  match: "la aportación de la empresa",
};

/** "Siempre son del participante al 100%, con sus ganancias: lo que aportó de su sueldo y el dinero que trajo de otro plan. (11-K Note 1.D)" */
function alwaysVestedSentence(plan: PlanDefinition): string {
  const sources = SOURCES.filter((source) => alwaysVested(plan, source)).map((source) => SOURCE_WORDS[source]);
  return `Siempre ${sources.length === 1 ? "es" : "son"} del participante al 100%, con sus ganancias: ${list(sources)}. (${plan.vesting.citation})`;
}

/** "año del plan", or "período de 12 meses" when the plan counts anniversary years. */
function periodNoun(plan: PlanDefinition): string {
  return plan.options.vestingPeriods === "planYear" ? "año del plan" : "período de 12 meses";
}

/** A period's name: "2003", or "del 15 de marzo de 2003 al 14 de marzo de 2004" for an anniversary year. */
function periodName(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `del ${longDate(period.start)} al ${longDate(period.end)}`;
}

/** "2005" for a plan year; "2002-03-15 a 2003-03-14" for an anniversary year (as the English record labels it). */
function periodLabel(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `${period.start} a ${period.end}`;
}

/** How the periods run, after "a partir de las horas, ". */
const PERIODS = { planYear: "un año del plan (del 1 de enero al 31 de diciembre) a la vez", anniversaryYear: "12 meses a la vez, desde la fecha de inicio y desde cada aniversario de ella" };

/** The rule that counts years of service from hours, for HR. */
function serviceRuleSentence(plan: PlanDefinition): string {
  const counting = plan.vesting.hoursCounting;
  const noun = periodNoun(plan);
  return (
    `Los años de servicio se cuentan a partir de las horas, ${PERIODS[plan.options.vestingPeriods]}. Un ${noun} con ${formatHours(counting.yearOfService.hours)} horas o más es un año de servicio (${counting.yearOfService.citation}); ` +
    `un ${noun} que ya terminó con ${formatHours(counting.breakInService.hoursAtMost)} horas o menos es una interrupción de servicio (${counting.breakInService.citation}).`
  );
}

/**
 * What breaks did to earlier years, for HR: the rule of parity where it took years away, or that
 * every year still counts. Said when the record holds a break; a period of leaving within the
 * break's hours counts as one, as the record is read as if no hours come after the last day.
 */
function paritySentences(service: VestingServiceResult, plan: PlanDefinition): string[] {
  const parity = plan.vesting.hoursCounting.ruleOfParity;
  const hasBreak = service.periods.some((period) => period.breakInService || (!period.ended && period.withinBreakHours));
  const lines = service.parityApplied.map(
    (stretch) =>
      `Regla de paridad: el participante no tenía como suya ninguna parte de la aportación de la empresa (0%) con ${years(stretch.years)} de servicio, y luego tuvo ${breaksInARow(stretch.breaks)} (${periodLabel(stretch.from)} a ${periodLabel(stretch.to)}). ` +
      `Son al menos el mayor de ${parity.minimumBreaks} y ${stretch.years === 1 ? "ese 1 año" : `esos ${stretch.years} años`}, así que los años antes de las interrupciones ya no cuentan. (${parity.citation})`,
  );
  if (lines.length === 0 && hasBreak) {
    lines.push(
      plan.options.ruleOfParity
        ? `Regla de paridad: los años anteriores dejan de contar solo si un participante con 0% de la aportación de la empresa como suyo tiene seguidas al menos tantas interrupciones como el mayor de ${parity.minimumBreaks} y los años antes de ellas. Eso no ha pasado, así que cada año cuenta. (${parity.citation})`
        : "Las interrupciones no le quitan al participante los años que tenía antes de ellas: cada año de servicio cuenta.",
    );
  }
  return lines;
}

/**
 * When a leaving participant's part not yet theirs is lost, for HR. From hours, the date the rule
 * found; otherwise the run of breaks in words. `lastDay` is the last day of employment, if given.
 */
export function leavingForfeitSentence(service: VestingServiceResult | null, forfeited: Money, matchBalance: Money, lastDay: IsoDate | null, plan: PlanDefinition): string {
  const counting = plan.vesting.hoursCounting;
  const breaks = `la ${ordinal(counting.forfeiture.consecutiveBreaks, "f")} interrupción de servicio seguida`;
  const amounts = `la parte que aún no es suya, ${formatUsd(forfeited)} del saldo de ${formatUsd(matchBalance)} de la aportación de la empresa,`;
  if (service !== null && service.forfeitsOn !== null) {
    const { first, last } = service.forfeitingBreaks;
    const stretch = first.kind === "planYear" ? `años del plan ${first.start.slice(0, 4)} a ${last.end.slice(0, 4)}` : `del ${longDate(first.start)} al ${longDate(last.end)}`;
    return (
      `Si el participante no vuelve, ${amounts} se queda en la cuenta hasta el ${longDate(service.forfeitingBreakEnds)}, el final de ${breaks} (${stretch}). ` +
      `Se pierde el ${longDate(service.forfeitsOn)}. Si vuelve a trabajar antes, todavía puede llegar a ser suya. (${counting.forfeiture.citation})`
    );
  }
  const when = lastDay ? `Al irse el ${longDate(lastDay)}, ${amounts}` : `Al irse, ${amounts}`;
  return (
    `${when} se pierde si el participante no vuelve: se queda en la cuenta hasta el final de ${breaks} (un ${periodNoun(plan)} con ${formatHours(counting.breakInService.hoursAtMost)} horas o menos). ` +
    `Dé las horas de cada año del plan para ver la fecha. (${counting.forfeiture.citation})`
  );
}

/** How the years of service were counted, for HR: a stated figure, the dates through the last day, or the hours. */
function leavingServiceSentences(facts: LeavingFacts, plan: PlanDefinition): string[] {
  const schedule = `según el calendario (${describeSchedule(plan.vesting.schedule)})`;
  const from = facts.countedFrom;
  const n = facts.yearsOfService;
  const vested = (ofMatch = "") => `ya es del participante el ${facts.vestedPercent}%${ofMatch} ${schedule}. (${plan.vesting.citation})`;
  const ofMatch = " de la aportación de la empresa";
  if (from.by === "stated") {
    if (from.stated !== n) return [`Aportación de la empresa: ${from.stated} años cuentan como ${years(n)} de servicio; con ${n === 1 ? "él" : "ellos"}, ${vested()}`];
    return [`Aportación de la empresa: con ${years(n)} de servicio, ${vested()}`];
  }
  if (from.by === "dates") {
    return [
      `Del ${longDate(from.start)} al último día de empleo, el ${longDate(facts.lastDay!)}, contado completo: ${n === 1 ? "1 año completo" : `${n} años completos`} de servicio.`,
      `Aportación de la empresa: con ${years(n)} de servicio, ${vested()}`,
    ];
  }
  const service = facts.service!;
  const counted = service.periods.filter((period) => period.counted).map(periodName);
  const sentences = [
    serviceRuleSentence(plan),
    `El último día de empleo, el ${longDate(facts.lastDay!)}, cuenta completo: cuentan las horas con esa fecha, y el registro se lee tal como está ese día.`,
    counted.length === 0
      ? `Ningún ${periodNoun(plan)} tiene ${formatHours(plan.vesting.hoursCounting.yearOfService.hours)} horas hasta el último día: no hay ningún año de servicio, así que ${vested(ofMatch)}`
      : `Con ${years(n)} de servicio (${list(counted)}), ${vested(ofMatch)}`,
  ];
  // The period of leaving, when it has not ended by the last day and is not a year of service.
  const now = service.currentPeriod;
  const leaving = service.periods.find((period) => period.start === now.start);
  if (leaving && !leaving.ended && !leaving.yearOfService) {
    const short = now.hoursToYearOfService;
    sentences.push(
      `El ${periodNoun(plan)} en que se va, ${periodName(leaving)}, tiene ${formatHours(now.hours)} horas hasta el último día: ${short === 1 ? "falta 1 hora" : `faltan ${formatHours(short)} horas`} para un año de servicio.`,
    );
  }
  sentences.push(...paritySentences(service, plan));
  return sentences;
}

/** What a participant leaving keeps and loses, and when, in sentences for HR: the same sentences, in the same order, as English. */
export function leavingExplanation(facts: LeavingFacts, plan: PlanDefinition): string[] {
  const match = facts.vested.match.plus(facts.forfeited);
  const sentences = [alwaysVestedSentence(plan), ...leavingServiceSentences(facts, plan)];
  if (facts.fullyVestedBy === "planTermination") {
    sentences.push(`Como el plan terminó, no se pierde nada: todo el saldo de ${formatUsd(facts.balance)} es del participante. (${plan.vesting.terminationCitation})`);
    return sentences;
  }
  if (!facts.forfeited.greaterThan(ZERO)) {
    sentences.push(
      match.isZero()
        ? `No hay saldo de la aportación de la empresa, así que no se pierde nada. (${plan.forfeitures.citation})`
        : `Toda la aportación de la empresa ya es del participante, así que no se pierde nada. (${plan.forfeitures.citation})`,
    );
    return sentences;
  }
  sentences.push(
    leavingForfeitSentence(facts.service, facts.forfeited, match, facts.lastDay, plan),
    `Lo que se pierde (pérdida de la parte no adquirida) va a la cuenta de pérdidas del plan y reduce las aportaciones futuras de la empresa; en ${plan.match.referenceYear} se repartió entre los participantes como aportación de la empresa. (${plan.forfeitures.citation})`,
  );
  const next = facts.nextStep;
  if (next) sentences.push(`Con ${years(next.yearsOfService)} de servicio, habría sido del participante el ${next.vestedPercent}% de la aportación de la empresa. (${plan.vesting.citation})`);
  return sentences;
}
