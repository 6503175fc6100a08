/**
 * The participant page's sentences about its vesting answers, in Spanish (US), addressed to
 * "usted": the record of service counted from hours, what is already the person's today, staying
 * or going, and the years ahead. The same functions as lib/words/en/participant.ts, in the words of
 * docs/glossary-es.md ("cuánto de su cuenta ya es suyo", "aportación de la empresa", "año de
 * servicio", "año del plan", "fecha del cálculo", "perder"). Pure: facts in, strings out.
 *
 * The few vesting helpers these sentences need are written here privately (lib/words/es/vesting.ts
 * is written apart); a later clean-up can share them.
 */
import { yearOf, type IsoDate } from "../../dates";
import { formatUsd, type Money } from "../../money";
import type { EmployerDefinition, PlanDefinition } from "../../plan/definition";
import type { MinimumScheduleComparison } from "../../rules/compliance";
import { vestedAmount, type VestingResult, type VestingStepAhead } from "../../rules/vesting";
import type { VestingServiceResult } from "../../rules/vesting-service";
import { formatCount, formatHours } from "../format";
import { describeSchedule, longDate, years } from "./format";
import { employerName } from "./participant-page";

export type { StepReach } from "../en/participant";
import type { StepReach } from "../en/participant";
import { alwaysVestedSentence, fullVestingWords, periodNoun, periodNounPlural, yearsWord } from "./vesting";

/** "1 año", "3 años", "1,000 días": a count, grouped, with the word for one or for many. */
export function countWord(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * "a", "a y b", "a, b o c". The conjunction may be named in either language ("and"/"y",
 * "or"/"o"); "y" is "e" before an i- sound and "o" is "u" before an o- sound, as Spanish writes them.
 */
export function listInWords(items: readonly string[], conjunction: "and" | "or" | "y" | "o" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  const last = items[items.length - 1]!;
  const and = conjunction === "and" || conjunction === "y";
  const word = and ? (/^h?i(?![aeiouáéó])/i.test(last) ? "e" : "y") : /^h?o/i.test(last) ? "u" : "o";
  return `${items.slice(0, -1).join(", ")} ${word} ${last}`;
}

/** "1 hora", "380 horas". */
function hoursWord(hours: number): string {
  return `${formatHours(hours)} ${hours === 1 ? "hora" : "horas"}`;
}

// The record of service counted from hours ------------------------------------------------------





// What is already the person's today ---------------------------------------------------------------

/** "después de 3 años de servicio completos", "después de 2 años de servicio contados a partir de sus horas". */
export function serviceCountedWords(result: VestingResult): string {
  const n = result.yearsOfService;
  return result.countedFrom.by === "hours"
    ? `después de ${countWord(n, "año", "años")} de servicio ${n === 1 ? "contado" : "contados"} a partir de sus horas`
    : `después de ${n === 1 ? "1 año de servicio completo" : `${n} años de servicio completos`}`;
}

/** How each amount that is already the person's is worked out, closing the explanation of today. */
export function vestedAmountSentence(plan: PlanDefinition): string {
  return (
    `La parte de cada saldo que ya es suya = el saldo × el porcentaje que ya es suyo, redondeado al centavo (medio centavo sube); ` +
    `lo que perdería es el saldo de la aportación de la empresa menos la parte que ya es suya. (${plan.vesting.citation}, ${plan.forfeitures.citation})`
  );
}

/**
 * Why a figure from a start date ("start") or a number of years ("years") is not the plan's own
 * count from hours, in plain words.
 */
export function methodNoteSentence(serviceBy: "start" | "years", plan: PlanDefinition): string {
  const rule = `El plan cuenta un año de servicio por cada año del plan en que usted trabaja ${formatHours(plan.vesting.hoursCounting.yearOfService.hours)} horas o más`;
  return serviceBy === "start"
    ? `Aquí cada año desde su fecha de inicio cuenta como un año completo de trabajo. ${rule}, así que las horas de medio tiempo, los tiempos sin trabajo entre asignaciones o una recontratación pueden cambiar el resultado, para más o para menos. Para saberlo con certeza, calcule a partir de sus horas.`
    : `${rule}. Si no sabe cuántos de esos años tiene, calcule a partir de sus horas para saberlo con certeza.`;
}

/** "todavía no es suya ninguna parte de la aportación de la empresa", "es suyo el 60% …", "toda la aportación de la empresa es suya". */
function matchShare(percent: number): string {
  if (percent === 0) return "todavía no es suya ninguna parte de la aportación de la empresa";
  return percent === 100 ? "toda la aportación de la empresa es suya" : `es suyo el ${percent}% de la aportación de la empresa`;
}

/** Each minimum schedule's name, completing "el calendario …" (as lib/words/es/compliance.ts names them); another stays as the rule wrote it. */
const SCHEDULE_NAMES: Readonly<Record<string, string>> = {
  cliff3: "de todo a los 3 años",
  graded2to6: "gradual de 2 a 6 años",
  cliff5: "de todo a los 5 años",
  graded3to7: "gradual de 3 a 7 años",
};
const scheduleName = (minimum: { id: string; name: string }) => `calendario ${SCHEDULE_NAMES[minimum.id] ?? `«${minimum.name}»`}`;

/**
 * The law's minimum schedules beside the percent that is already the person's, in plain words with
 * a verdict under each reading and a next step. With the match balance, each reading's amount
 * (the vesting rule's rounding).
 */
export function lawCaveatSentence(comparison: MinimumScheduleComparison, match?: Money): string {
  const amount = (percent: number) => (match ? ` (${formatUsd(vestedAmount(match, percent))})` : "");
  const readings = comparison.minimums.map((minimum) => `si se aplica el ${scheduleName(minimum)}, ${matchShare(minimum.vestedIfApplies)}${amount(minimum.vestedIfApplies)}`);
  const yearsOf = countWord(comparison.yearsOfService, "año", "años");
  return (
    `Puede que más de la aportación de la empresa sea suya. Para la aportación de la empresa de los años del plan desde ${comparison.firstPlanYear}, la ley (${comparison.citation}) fija dos calendarios mínimos, ` +
    `y el calendario de este plan (${comparison.planPercent}% con ${yearsOf}) es más lento que los dos. ` +
    `Con ${yearsOf} de servicio: ${readings.join("; ")}. Pregunte a Recursos Humanos (el administrador del plan) cuál se aplica a su aportación de la empresa antes de decidir irse.`
  );
}

// Stay or go ---------------------------------------------------------------------------------------

/** A step ahead in a sentence: how it is reached, then the share of the match that is the person's. `vestedNow` is today's. */
export function stayStepSentence(step: VestingStepAhead, reach: StepReach, vestedNow: Money, plan: PlanDefinition): string {
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  const yearsOf = countWord(step.yearsOfService, "año", "años");
  const share =
    `será suyo el ${step.vestedPercent}% de la aportación de la empresa (derechos adquiridos): ${formatUsd(step.vestedMatch)} en total` +
    (vestedNow.greaterThan(0) ? ` (${formatUsd(step.additionalVested)} más que hoy)` : "");
  if (reach.by === "date") {
    return reach.fromHours
      ? `Con las horas que dio, llega a ${yearsOf} de servicio el ${longDate(reach.reachedOn)}: ${share}.`
      : `Quédese hasta el ${longDate(reach.reachedOn)} (${countWord(reach.daysAway, "día", "días")}): ${share}.`;
  }
  if (reach.by === "hours") {
    const later = reach.open ? reach.more - 1 : reach.more;
    const toGo = hoursWord(reach.hoursToGo);
    const what =
      later === 0
        ? `trabaje ${toGo} más para el ${longDate(reach.periodEnd)}`
        : `${reach.open ? `este año (${toGo} más) y ` : ""}${countWord(later, "año del plan más", "años del plan más")} con ${yearHours} horas o más, así que no antes del ${longDate(reach.lastEnd)}`;
    return `Para llegar a ${yearsOf} de servicio: ${what}. Entonces ${share}.`;
  }
  return `Complete ${yearsOf} de servicio (${countWord(reach.more, "año del plan más", "años del plan más")} con ${yearHours} horas o más): ${share}.`;
}

/** Said when no step lies ahead. */
export function fullyVestedSentence(result: VestingResult): string {
  return result.fullyVestedBy === "planTermination"
    ? "El plan terminó, así que toda la aportación de la empresa es suya: si se va ahora, no pierde nada de ella."
    : `Ya es suyo el ${result.vestedPercent}% de la aportación de la empresa, lo más alto del calendario: si se va ahora, no pierde nada de ella.`;
}

/** The law's minimum schedules at the steps ahead where they give more; null when none does. */
export function stayCaveatSentence(comparisons: readonly MinimumScheduleComparison[]): string | null {
  const first = comparisons[0];
  if (!first) return null;
  const steps = comparisons.map(
    (comparison) =>
      `con ${countWord(comparison.yearsOfService, "año", "años")}, ${listInWords(
        comparison.minimums.filter((minimum) => minimum.givesMore).map((minimum) => `${matchShare(minimum.vestedIfApplies)} con el ${scheduleName(minimum)}`),
        "o",
      )}`,
  );
  return (
    `Si los calendarios mínimos de la ley (${first.citation}, aportación de la empresa de los años del plan desde ${first.firstPlanYear}) se aplican a su aportación de la empresa, ` +
    `más de ella puede ser suya antes: ${steps.join("; ")}. Pregunte a Recursos Humanos cuál se aplica.`
  );
}

/**
 * How staying is worked out: the schedule; where the years come from (hours, a start date, or a
 * stated number: `start` null); the amounts; and, when the match balance is zero with steps ahead, why nothing more becomes the person's.
 */
export function stayExplanation(facts: { fromHours: boolean; start: IsoDate | null; asOf: IsoDate; noMatchYet: boolean }, plan: PlanDefinition): string[] {
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  const lines = [
    `Cuánto de la aportación de la empresa ya es suyo (adquisición de derechos) depende de los años de servicio completos: ${describeSchedule(plan.vesting.schedule)}. (${plan.vesting.citation})`,
    facts.fromHours
      ? `Sus años de servicio salen de sus horas: un año del plan con ${yearHours} horas o más es un año. Las fechas de más adelante suponen que usted trabaja ${yearHours} horas en cada año del plan desde ahora.`
      : facts.start !== null
        ? `Cumple un año de servicio en cada aniversario de su fecha de inicio de empleo, el ${longDate(facts.start)}; el aniversario de un 29 de febrero cae el 1 de marzo en los demás años. Los días se cuentan desde la fecha del cálculo, el ${longDate(facts.asOf)}.`
        : "Usted dio sus años de servicio completos, así que no se saben las fechas de los pasos. Para ver fechas, dé su fecha de inicio de empleo o sus horas.",
    "Cada cantidad es el saldo de hoy de la aportación de la empresa × el porcentaje que ya es suyo en ese paso, redondeado al centavo (medio centavo sube): es el total que es suyo en ese paso, no una cantidad que se suma a la del paso anterior. " +
      "Aquí no se cuentan las ganancias ni la aportación de la empresa que llegue después; los años de más adelante, abajo, sí las incluyen.",
  ];
  if (facts.noMatchYet) {
    lines.push("Hoy el saldo de su aportación de la empresa es $0.00, así que no hay más que pase a ser suyo; la aportación de la empresa de años siguientes pasa a ser suya con el mismo calendario.");
  }
  return lines;
}

// The years ahead ----------------------------------------------------------------------------------

/** "Si se va al final de 2005: se queda con $V y pierde $F." and, with inflation, the amount kept in today's dollars. */
export function leaveYearSentence(planYear: number, vested: Money, forfeitable: Money, vestedToday: Money | null): string {
  const sentence = `Si se va al final de ${planYear}: se queda con ${formatUsd(vested)} y pierde ${formatUsd(forfeitable)}.`;
  return vestedToday !== null ? `${sentence} En dólares de hoy se queda con ${formatUsd(vestedToday)}.` : sentence;
}

/**
 * The one assumption the years ahead make about service from hours, in words: a year of service
 * for every plan year from now, the current one included while it is still open, and whether the
 * hours so far are on pace for it.
 */
export function hoursAssumptionSentence(service: VestingServiceResult, asOf: IsoDate, plan: PlanDefinition): string {
  const yearHours = formatHours(plan.vesting.hoursCounting.yearOfService.hours);
  const now = service.currentPeriod;
  const counted = service.yearsOfService === 1 ? "su 1 año de servicio contado" : `sus ${formatCount(service.yearsOfService)} años de servicio contados`;
  const start = `Estos cálculos parten de ${counted} a partir de sus horas al ${longDate(asOf)}, y suponen que usted trabaja ${yearHours} horas o más en cada año del plan desde ahora`;
  if (!now.open) return `${start}: cada año del plan después de este es un año de servicio más.`;
  const pace = now.onPace
    ? `Al ritmo de sus horas hasta ahora (${formatHours(now.hours)} al ${longDate(asOf)}), lo lograría.`
    : `Al ritmo de sus horas hasta ahora (${formatHours(now.hours)} al ${longDate(asOf)}), no lo lograría: necesita más horas por semana de ahora en adelante.`;
  const kind = service.periods.find((period) => period.start === now.start)?.kind;
  const which = kind === "planYear" ? `${yearOf(now.start)} cuenta como un año de servicio` : `los 12 meses hasta el ${longDate(now.end)} cuentan como un año de servicio`;
  return `${start}: ${which} cuando trabaje ${hoursWord(now.hoursToYearOfService)} más para el ${longDate(now.end)}, y cada año del plan después suma uno más. ${pace}`;
}

// Who can take part ------------------------------------------------------------------------------

/** Said when the person is under the plan's minimum age on the fecha del cálculo: their age, and the day they reach the minimum. */
export function underAgeSentence(facts: { age: number; asOf: IsoDate; minimumAge: number; joinsOn: IsoDate }): string {
  const { age, asOf, minimumAge, joinsOn } = facts;
  return (
    `El ${longDate(asOf)} usted tiene ${years(age)}: menos de ${minimumAge}. El plan le permite inscribirse a los ${minimumAge}, desde el ${longDate(joinsOn)}, cuando también cumpla el requisito de servicio. ` +
    `Para saber cuánto de su cuenta ya es suyo (adquisición de derechos), su servicio se sigue contando desde su primera hora de trabajo.`
  );
}

/** An employer's eligibility rule in a sentence, with its citation (11-K Note 1.A). */
export function eligibilityNoteSentence(employer: EmployerDefinition, plan: PlanDefinition): string {
  const age = plan.eligibility.minimumAge;
  const service =
    employer.service.kind === "hoursInPeriod"
      ? `cuando tenga ${age} años y haya completado ${formatCount(employer.service.hours)} horas de servicio en un período de 12 meses`
      : `cuando tenga ${age} años, a partir del día ${employer.service.days} después de su primera hora de servicio`;
  const hce = employer.excludesHighlyCompensated
    ? "los empleados con sueldo alto (empleados altamente remunerados, HCE) no pueden inscribirse"
    : "los empleados con sueldo alto (empleados altamente remunerados, HCE) también pueden inscribirse";
  return `${employerName(employer)}: puede inscribirse ${service}; ${hce}. Cuánto de su cuenta ya es suyo (adquisición de derechos) se calcula igual con cada empresa. (${employer.citation})`;
}

// The vesting answer and leaving today, in the participant's words -------------------------------

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

/**
 * A vesting answer's explanation, with `serviceLines` (how hours were counted, from
 * ./vesting-service.ts) before its last line: the API gives them all (`vestingExplanation`); the
 * participant page shows the hours' lines with the service record instead, which loads them.
 */
export function vestingLines(result: VestingResult, plan: PlanDefinition, serviceLines: readonly string[] = []): string[] {
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
  lines.push(...serviceLines);
  lines.push(`Si su empleo terminara ahora, perdería la parte de la aportación de la empresa que aún no es suya. (${plan.forfeitures.citation})`);
  return lines;
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
