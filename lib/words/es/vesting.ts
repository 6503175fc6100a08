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
import type { FullVestingEvent, PlanDefinition } from "../../plan/definition";
import { SOURCES, type Source } from "../../plan/sources";
import { alwaysVested } from "../../rules/vesting";
import type { PeriodBounds } from "../../rules/vesting-service";
import { formatHours } from "../format";
import { longDate, years } from "./format";

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



/** A period's name on a page: "2003", or "del 15 de marzo de 2003 al 14 de marzo de 2004" for an anniversary year. */
export function periodName(period: PeriodBounds): string {
  return period.kind === "planYear" ? period.start.slice(0, 4) : `del ${longDate(period.start)} al ${longDate(period.end)}`;
}




// The service rule in words, for both readers ------------------------------------------------
// A plan year (or 12-month period) with the year's hours is a year of service; one that has ended
// with the break's hours or fewer is a break; the rule of parity; the run of breaks that forfeits.

/** "año del plan", or "período de 12 meses" when the plan counts anniversary years (both masculine). */
export function periodNoun(plan: PlanDefinition): string {
  return plan.options.vestingPeriods === "planYear" ? "año del plan" : "período de 12 meses";
}

/** The plural: "años del plan", "períodos de 12 meses". */
export const periodNounPlural = (plan: PlanDefinition) => (plan.options.vestingPeriods === "planYear" ? "años del plan" : "períodos de 12 meses");


/** A run of periods: "de 2006 a 2010", or "del 15 de marzo de 2006 al 14 de marzo de 2011" for anniversary years. */
export function stretchWords(first: PeriodBounds, last: PeriodBounds): string {
  return first.kind === "planYear" ? `de ${first.start.slice(0, 4)} a ${last.end.slice(0, 4)}` : `del ${longDate(first.start)} al ${longDate(last.end)}`;
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




