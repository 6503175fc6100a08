/**
 * A vesting answer's explanation in Spanish, with how its hours were counted: the API's
 * `explanation` of a vesting answer, and the service record's "Why?" on the participant page (which
 * loads it with the hours mode). A module of its own, so the pages that share the hours' rules
 * (./vesting-service.ts) without these sentences do not load them.
 */
import type { PlanDefinition } from "../../plan/definition";
import type { VestingResult } from "../../rules/vesting";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { formatHours } from "../format";
import { ordinal } from "./format";
import { breaksWord, hoursWord, list, moreHours, periodNoun, yearsWord } from "./vesting";
import { vestingLines } from "./participant";
import { paritySentences, periodLabel, serviceRuleSentence } from "./vesting-service";

/** A vesting answer's explanation, as the API gives it: with how hours were counted, where they were. */
export function vestingExplanation(result: VestingResult, plan: PlanDefinition): string[] {
  return vestingLines(result, plan, result.service ? serviceExplanation(result.service, plan) : []);
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
