/**
 * Vesting and vesting service in words (Spanish, US): the same functions as
 * lib/words/en/vesting.ts, sentence for sentence, written from the facts of lib/rules/vesting.ts
 * and lib/rules/vesting-service.ts in the words of docs/glossary-es.md ("cuánto de su cuenta ya es
 * suyo", "la parte que aún no es suya", "aportación de la empresa", "año de servicio",
 * "interrupción de servicio", "año del plan", "regla de paridad"). Pure: facts in, strings out.
 * Two readers: the participant ("usted") and HR, who reads about "el participante". Citations and
 * figures as in English; a date English writes in words is an es-US long date ("15 de marzo de
 * 2003"), a date English writes as YYYY-MM-DD stays so.
 */
import type { IsoDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { FullVestingEvent, PlanDefinition } from "../../plan/definition";
import { SOURCES, type Source } from "../../plan/sources";
import { alwaysVested, type VestingResult } from "../../rules/vesting";
import type { PeriodBounds, VestingServiceResult } from "../../rules/vesting-service";
import { formatCount, formatHours } from "../format";
import { describeSchedule, longDate, ordinal, years } from "./format";

/** Who reads the sentence: the participant ("usted") or HR ("el participante"). */
export type Reader = "participant" | "hr";

/** Each source in words, for each reader, with its gender (for "suyo"/"suya"). */
const SOURCE_WORDS: Record<Source, { words: Record<Reader, string>; gender: "m" | "f" }> = {
  deferral: { words: { participant: "lo que usted aporta de su sueldo", hr: "lo que el participante aporta de su sueldo" }, gender: "m" },
  rollover: { words: { participant: "el dinero que trajo de otro plan", hr: "el dinero que trajo de otro plan" }, gender: "m" },
  match: { words: { participant: "la aportación de la empresa", hr: "la aportación de la empresa" }, gender: "f" },
};

/**
 * "a", "a y b", "a, b y c"; `conjunction` "o" for "a, b o c". As Spanish writes it, "y" is "e"
 * before an "i" sound ("SOS e Inteliant") and "o" is "u" before an "o" sound.
 */
export function list(items: readonly string[], conjunction: "y" | "o" = "y"): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1]!;
  const joiner = conjunction === "y" ? (/^h?[iíIÍ](?![aeiouáéíóú])/.test(last) ? "e" : "y") : /^h?[oóOÓ]/.test(last) ? "u" : "o";
  return `${items.slice(0, -1).join(", ")} ${joiner} ${last}`;
}

/** "1 año", "3 años". */
export function yearsWord(n: number): string {
  return years(n);
}

/** "1 interrupción", "5 interrupciones". */
export function breaksWord(n: number): string {
  return `${n} ${n === 1 ? "interrupción" : "interrupciones"}`;
}

/** "1 hora", "1,000 horas", "999.5 horas". */
export function hoursWord(hours: number): string {
  return `${formatHours(hours)} ${hours === 1 ? "hora" : "horas"}`;
}

/** "380 horas más", "1 hora más". */
export function moreHours(hours: number): string {
  return `${hoursWord(hours)} más`;
}

/** Each event that vests the match in full, after "Todo pasa a ser suyo (100%)"; a code value is never printed. */
const FULL_VESTING_WORDS: Record<FullVestingEvent, string> = {
  planTermination: "si se termina el plan",
  death: "en caso de fallecimiento",
  disability: "en caso de incapacidad",
  retirement: "al llegar a la edad normal de jubilación",
};

/** "Todo pasa a ser suyo (100%) en caso de fallecimiento". */
export function fullVestingWords(event: FullVestingEvent): string {
  return `Todo pasa a ser suyo (100%) ${FULL_VESTING_WORDS[event]}`;
}

const FULL_VESTING_WHEN: Record<FullVestingEvent, string> = {
  planTermination: "se termina el plan (deja de existir)",
  death: "el participante fallece",
  disability: "el participante queda incapacitado",
  retirement: "el participante se jubila",
};

/** Each full-vesting event as a clause after "cuando": "el participante fallece" (the plan facts page's options). */
export function fullVestingWhen(event: FullVestingEvent): string {
  return FULL_VESTING_WHEN[event];
}

const alwaysVestedList = (plan: PlanDefinition): Source[] => SOURCES.filter((source) => alwaysVested(plan, source));

/** The sources always 100% theirs, in words: "lo que usted aporta de su sueldo y el dinero que trajo de otro plan" in this plan. */
export function alwaysVestedSources(plan: PlanDefinition, reader: Reader = "participant"): string {
  return list(alwaysVestedList(plan).map((source) => SOURCE_WORDS[source].words[reader]));
}

/** "Lo que usted aporta de su sueldo y el dinero que trajo de otro plan, con sus ganancias, siempre son 100% suyos. (11-K Note 1.D)" */
export function alwaysVestedSentence(plan: PlanDefinition, reader: Reader): string {
  const sources = alwaysVestedList(plan);
  const sourcesWords = alwaysVestedSources(plan, reader);
  const head = sourcesWords.charAt(0).toUpperCase() + sourcesWords.slice(1);
  const theirs = sources.length === 1 ? `es 100% ${SOURCE_WORDS[sources[0]!].gender === "f" ? "suya" : "suyo"}` : "son 100% suyos";
  return `${head}, con sus ganancias, siempre ${theirs}. (${plan.vesting.citation})`;
}

/**
 * How the years of service were counted, after "con": "1 año de servicio contado a partir de sus
 * horas", "3.9 años de servicio, que cuentan como 3 años completos", "3 años completos de servicio del … al …".
 */
function countedWords(result: VestingResult): string {
  const from = result.countedFrom;
  const one = result.yearsOfService === 1;
  if (from.by === "hours") return `${yearsWord(result.yearsOfService)} de servicio ${one ? "contado" : "contados"} a partir de sus horas`;
  const completed = `${yearsWord(result.yearsOfService)} ${one ? "completo" : "completos"}`;
  if (from.by === "stated") {
    // A stated figure other than the years counted is never 1 (1 counts as 1): it is "años".
    return from.stated === result.yearsOfService ? `${yearsWord(result.yearsOfService)} de servicio` : `${from.stated} años de servicio, que cuentan como ${completed}`;
  }
  return `${completed} de servicio del ${from.start} al ${from.asOf}`;
}

/** A vesting answer's explanation, as the API gives it and the participant page shows it. */
export function vestingExplanation(result: VestingResult, plan: PlanDefinition): string[] {
  const lines = [alwaysVestedSentence(plan, "participant")];
  if (result.fullyVestedBy === "planTermination") {
    lines.push(
      `El plan se terminó, así que en todas las cuentas todo es de su dueño, con todos los derechos adquiridos: la aportación de la empresa es 100% suya. (${plan.vesting.terminationCitation})`,
    );
  } else if (result.fullyVestedBy) {
    lines.push(`${fullVestingWords(result.fullyVestedBy)}, como lo dicen las opciones de este plan: la aportación de la empresa es 100% suya.`);
  } else {
    lines.push(
      `Aportación de la empresa: con ${countedWords(result)}, ya es suyo el ${result.vestedPercent}% según el calendario (${describeSchedule(plan.vesting.schedule)}). (${plan.vesting.citation})`,
    );
  }
  if (result.service) lines.push(...serviceExplanation(result.service, plan));
  lines.push(`Si su empleo terminara ahora, perdería la parte de la aportación de la empresa que aún no es suya. (${plan.forfeitures.citation})`);
  return lines;
}

/** A period's name on a page: "2003", or "del 15 de marzo de 2003 al 14 de marzo de 2004" for an anniversary year. */
export function periodName(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `del ${longDate(period.start)} al ${longDate(period.end)}`;
}

/** "2005" for a plan year; "del 2002-03-15 al 2003-03-14" for an anniversary year. */
function periodLabel(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `del ${period.start} al ${period.end}`;
}

/** A run of periods by their labels: "de 1997 a 2001", "desde el período del … al … hasta el del … al …". */
function labelStretch(from: PeriodBounds, to: PeriodBounds): string {
  return from.kind === "planYear" ? `de ${periodLabel(from)} a ${periodLabel(to)}` : `desde el período ${periodLabel(from)} hasta el ${periodLabel(to)}`;
}

/** The years of service counted from hours, explained to the participant: the rule, the years, the breaks, this period, the forfeiture date. */
export function serviceExplanation(service: VestingServiceResult, plan: PlanDefinition): string[] {
  const counting = plan.vesting.hoursCounting;
  const yearHours = formatHours(counting.yearOfService.hours);
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  const noun = periodNoun(plan);
  const { asOf, latestEntry } = service;
  const lines: string[] = [serviceRuleSentence(service, plan, "participant")];

  const counted = service.periods.filter((period) => period.counted);
  lines.push(
    counted.length === 0
      ? `Al ${asOf}, usted aún no tiene ningún año de servicio.`
      : `Al ${asOf}, usted tiene ${yearsWord(service.yearsOfService)} de servicio: ` +
          `${list(counted.map((period) => `${periodLabel(period)} (${hoursWord(period.hours)}, contado el ${period.creditedOn})`))}.`,
  );

  const breaks = service.periods.filter((period) => period.breakInService);
  const neither = service.periods.filter((period) => period.ended && !period.breakInService && !period.yearOfService);
  if (breaks.length > 0) {
    const run = service.consecutiveBreaks;
    lines.push(
      `Un ${noun} que terminó con ${breakHours} horas o menos es una interrupción de servicio. Sus interrupciones: ${list(breaks.map(periodLabel))}. ` +
        (run > 0 ? `Ahora lleva ${breaksWord(run)} ${run === 1 ? "seguida" : "seguidas"}. ` : "") +
        `(${counting.breakInService.citation})`,
    );
  }
  if (neither.length > 0) {
    lines.push(`Un ${noun} con más de ${breakHours} horas pero menos de ${yearHours} no es ni un año de servicio ni una interrupción: ${list(neither.map(periodLabel))}.`);
  }
  lines.push(...paritySentences(service, plan, "participant"));

  const now = service.currentPeriod;
  const thisPeriod = `Este ${noun} (del ${now.start} al ${now.end}) tiene ${hoursWord(now.hours)} hasta el ${asOf}`;
  lines.push(
    now.countedOn !== null
      ? `${thisPeriod}: ya es un año de servicio (contado el ${now.countedOn}).`
      : `${thisPeriod}: con ${moreHours(now.hoursToYearOfService)} en él, será un año de servicio.`,
  );

  if (service.hoursAhead) {
    const ahead = service.creditedDates.length - service.yearsOfService;
    lines.push(
      `Las horas con fecha posterior al ${asOf} cuentan para las fechas que vienen, no para el porcentaje de hoy` +
        (ahead > 0 ? `: con todas las horas que usted escribió, llega a ${yearsWord(service.creditedDates.length)} de servicio.` : "."),
    );
  }

  if (service.forfeitsOn !== null) {
    lines.push(
      `Si no hay más horas después del último registro${latestEntry ? ` (${latestEntry})` : ""}, la parte de la aportación de la empresa que aún no es suya se queda en su cuenta ` +
        `hasta el final de la ${ordinal(service.forfeitingBreaks.count, "f")} interrupción de servicio seguida (${service.forfeitingBreakEnds}). ` +
        `La perdería el ${service.forfeitsOn}. Si vuelve a trabajar antes de esa fecha, todavía puede llegar a ser suya. (${counting.forfeiture.citation})`,
    );
  }
  return lines;
}

// The service rule in words, for both readers ------------------------------------------------
// A plan year (or 12-month period) with the year's hours is a year of service; one that has ended
// with the break's hours or fewer is a break; the rule of parity; the run of breaks that forfeits.

/** "año del plan", or "período de 12 meses" when the plan counts anniversary years (both masculine). */
export function periodNoun(plan: PlanDefinition): string {
  return plan.options.vestingPeriods === "planYear" ? "año del plan" : "período de 12 meses";
}

/** The plural: "años del plan", "períodos de 12 meses". */
const periodNounPlural = (plan: PlanDefinition) => (plan.options.vestingPeriods === "planYear" ? "años del plan" : "períodos de 12 meses");

/** How the periods run, said to HR and on the plan's facts page, after "se cuentan a partir de las horas, ". */
const PERIODS = {
  planYear: "cada año del plan (del 1 de enero al 31 de diciembre) por separado",
  anniversaryYear: "por períodos de 12 meses, desde la fecha de inicio y desde cada aniversario de esa fecha",
};

/** A run of periods: "de 2006 a 2010", or "del 15 de marzo de 2006 al 14 de marzo de 2011" for anniversary years. */
export function stretchWords(first: PeriodBounds, last: PeriodBounds): string {
  return first.kind === "planYear" ? `de ${first.start.slice(0, 4)} a ${last.end.slice(0, 4)}` : `del ${longDate(first.start)} al ${longDate(last.end)}`;
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

/** How a period counts on a record of service, as both records (participant and HR) name it. */
export type PeriodStatus = "yearOfService" | "disregarded" | "break" | "neither" | "breakWhenItEnds" | "neitherWhenItEnds";

/** A record row's status in words: "Interrupción de servicio (500 horas o menos)". `end` is the period's last day. */
export function periodStatusWords(status: PeriodStatus, end: IsoDate, plan: PlanDefinition): string {
  const counting = plan.vesting.hoursCounting;
  const breakHours = formatHours(counting.breakInService.hoursAtMost);
  switch (status) {
    case "yearOfService":
      return "Año de servicio";
    case "disregarded":
      return "Año de servicio que ya no cuenta (regla de paridad)";
    case "break":
      return `Interrupción de servicio (${breakHours} horas o menos)`;
    case "neither":
      return `Ni año de servicio ni interrupción (más de ${breakHours} y menos de ${formatHours(counting.yearOfService.hours)} horas)`;
    case "breakWhenItEnds":
      return `Interrupción de servicio cuando termine, el ${longDate(end)}`;
    case "neitherWhenItEnds":
      return `Ni año de servicio ni interrupción, cuando termine, el ${longDate(end)}`;
  }
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

/**
 * When the match not yet theirs is lost if no more hours come, for the participant's record:
 * "Si no hay más horas después de las últimas que usted escribió, la parte de la aportación de la
 * empresa que aún no es suya …". Null when nothing would be. `forfeitable` is the match not theirs today.
 */
export function recordForfeitSentence(service: VestingServiceResult, forfeitable: Money, plan: PlanDefinition): string | null {
  if (service.forfeitsOn === null || !forfeitable.greaterThan(0)) return null;
  const { first, last, count: breaks } = service.forfeitingBreaks;
  const stretch = stretchWords(first, last);
  const amount = formatUsd(forfeitable);
  const on = longDate(service.forfeitsOn);
  return service.alreadyForfeited
    ? `Después de ${breaksWord(breaks)} de servicio ${breaks === 1 ? "seguida" : "seguidas"} (${stretch}), usted perdió el ${on} la parte de la aportación de la empresa que aún no era suya (${amount}).`
    : `Si no hay más horas después de las últimas que usted escribió, la parte de la aportación de la empresa que aún no es suya (${amount} hoy) se queda en su cuenta hasta el final de su ${ordinal(breaks, "f")} interrupción de servicio seguida ` +
        `(${stretch}), y la pierde el ${on}. ` +
        `Si vuelve antes del ${on}, todavía puede llegar a ser suya: un ${periodNoun(plan)} con más de ${formatHours(plan.vesting.hoursCounting.breakInService.hoursAtMost)} horas no es una interrupción.`;
}

/**
 * When a leaving participant's match not yet theirs is lost, for HR. From hours, the date the rule
 * found; otherwise the run of breaks in words. `lastDay` is the last day of employment, if given.
 */
export function leavingForfeitSentence(service: VestingServiceResult | null, forfeited: Money, matchBalance: Money, lastDay: IsoDate | null, plan: PlanDefinition): string {
  const counting = plan.vesting.hoursCounting;
  const breaks = ordinal(counting.forfeiture.consecutiveBreaks, "f");
  const part = `la parte que aún no es suya, ${formatUsd(forfeited)} de un saldo de ${formatUsd(matchBalance)} de aportación de la empresa,`;
  if (service !== null && service.forfeitsOn !== null) {
    const { first, last } = service.forfeitingBreaks;
    const stretch = `${first.kind === "planYear" ? "años del plan " : ""}${stretchWords(first, last)}`;
    return (
      `Si el participante no vuelve, ${part} se queda en la cuenta hasta el ${longDate(service.forfeitingBreakEnds)}, el final de la ${breaks} interrupción de servicio seguida (${stretch}). ` +
      `La pierde el ${longDate(service.forfeitsOn)}. Si vuelve a trabajar antes, todavía puede llegar a ser suya. (${counting.forfeiture.citation})`
    );
  }
  const when = lastDay ? `Al irse el ${longDate(lastDay)}, el participante` : "Al irse, el participante";
  return (
    `${when} pierde ${part} a menos que vuelva: se queda en la cuenta hasta el final de la ${breaks} interrupción de servicio seguida (un ${periodNoun(plan)} con ${formatHours(counting.breakInService.hoursAtMost)} horas o menos). ` +
    `Escriba las horas de cada año del plan para ver la fecha. (${counting.forfeiture.citation})`
  );
}

/**
 * What leaving on the as-of date means, in one sentence holding both facts (issue 19): what the
 * person keeps, and when the part not yet theirs is lost for good, which is not the day they leave
 * (11-K Note 1.G: lost after the plan's run of breaks in service; come back before and it can still
 * become theirs). From hours, the date the vesting rule found; otherwise the run of breaks in words.
 */
export function leavingNowSentence(asOf: IsoDate, result: VestingResult, plan: PlanDefinition): string {
  const ended = `Si su empleo terminara el ${longDate(asOf)}`;
  if (result.forfeitable.isZero()) return `${ended}, toda su cuenta, ${formatUsd(result.vested.total)}, sería suya: no perdería nada.`;
  const head = result.vested.total.isZero()
    ? `${ended}, nada de su cuenta sería suyo todavía: la aportación de la empresa, ${formatUsd(result.forfeitable)}, que aún no es suya,`
    : `${ended}, usted se quedaría con ${formatUsd(result.vested.total)}; el resto, ${formatUsd(result.forfeitable)}, la parte de la aportación de la empresa que aún no es suya,`;
  const service = result.service;
  if (service !== null && service.forfeitsOn !== null) {
    return service.alreadyForfeited
      ? `${head} ya se perdió el ${longDate(service.forfeitsOn)}.`
      : `${head} se quedaría en su cuenta y se perdería para siempre el ${longDate(service.forfeitsOn)}, a menos que usted volviera a trabajar antes de esa fecha.`;
  }
  const counting = plan.vesting.hoursCounting;
  const breaks = counting.forfeiture.consecutiveBreaks;
  const one = breaks === 1;
  return (
    `${head} se quedaría en su cuenta y se perdería para siempre después de ${formatCount(breaks)} ${one ? periodNoun(plan) : `${periodNounPlural(plan)} seguidos`} con ` +
    `${formatHours(counting.breakInService.hoursAtMost)} horas o menos (${one ? "interrupción" : "interrupciones"} de servicio), a menos que usted volviera a trabajar antes.`
  );
}
