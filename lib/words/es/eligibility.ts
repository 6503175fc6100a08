/**
 * Eligibility to participate in words (Spanish, US): every sentence the API's `explanation` and
 * the one-employee page say about an eligibility result, written from the rule's facts
 * (lib/rules/eligibility.ts). The same functions as lib/words/en/eligibility.ts, sentence for
 * sentence; the words are docs/glossary-es.md's ("puede inscribirse", "fecha en que entra al plan",
 * "período de cómputo", "año del plan", "empleado con sueldo alto (HCE)", "empleado de medio tiempo
 * con años de servicio"). Pure functions: facts in, strings out. Where English writes ISO dates for
 * the page to write out, Spanish writes them out itself, as es-US does ("15 de marzo de 2003").
 */
import type { IsoDate } from "../../dates";
import type { EmployerDefinition, PlanDefinition } from "../../plan/definition";
import { closestAndCurrent, type AgeRequirement, type ComputationPeriod, type EligibilityResult, type HoursServiceRequirement } from "../../rules/eligibility";
import type { LongTermPartTimePeriod } from "../../rules/part-time";
import type { GapFacts, PeriodLineFacts } from "../en/eligibility";
import { formatHours } from "../format";
import { longDate } from "./format";
import { hceSentence } from "./hce";
import { longTermPartTimeSentences } from "./part-time";

export type { GapFacts, PeriodLineFacts };

const LONG_TERM_PART_TIME = "empleado de medio tiempo con años de servicio";
const RULE = "la regla de los empleados de medio tiempo con años de servicio";

/**
 * An employer's name in Spanish: the plan's names are English ("SOS Staffing Services, Inc. and
 * its subsidiaries other than Inteliant"); the names themselves stay, the words around them are
 * said in Spanish. An employer this module does not know keeps the plan's name.
 */
const NAMES: Readonly<Record<string, { name: string; shortName: string }>> = {
  SOS: { name: "SOS Staffing Services, Inc. y sus filiales, salvo Inteliant", shortName: "SOS Staffing o sus filiales" },
  Inteliant: { name: "Inteliant Corporation", shortName: "Inteliant Corporation" },
};
const employerName = (employer: EmployerDefinition) => NAMES[employer.id]?.name ?? employer.name;
const employerShortName = (employer: EmployerDefinition) => NAMES[employer.id]?.shortName ?? employer.shortName;

/** "1 hora", "0 horas", "1,000 horas". */
const hoursOf = (hours: number) => `${formatHours(hours)} ${hours === 1 ? "hora" : "horas"}`;
/** "le falta 1", "le faltan 749.5". */
const missing = (hours: number) => `${hours === 1 ? "le falta" : "le faltan"} ${formatHours(hours)}`;
/** "del 15 de marzo de 2002 al 14 de marzo de 2003". */
const fromTo = (start: IsoDate, end: IsoDate) => `del ${longDate(start)} al ${longDate(end)}`;

/** "período de cómputo inicial", "año del plan", "período de cómputo". */
function periodName(period: Pick<ComputationPeriod, "kind">): string {
  return period.kind === "initial" ? "período de cómputo inicial" : period.kind === "planYear" ? "año del plan" : "período de cómputo";
}

/** The age requirement: when the minimum age is attained, and whether it is met on the as-of date. */
export function ageSentence(age: AgeRequirement, asOf: EligibilityResult["asOf"]): string {
  // A February 29 birthday whose anniversary the plan moves in a common year.
  const feb29Birth = age.birthDate.slice(5) === "02-29" && age.metOn.slice(5) !== "02-29";
  return (
    `Edad de ${age.age} años: nació el ${longDate(age.birthDate)} y cumple ${age.age} años el ${longDate(age.metOn)}` +
    (feb29Birth ? ` (quien nació un 29 de febrero cumple años el ${age.metOn.slice(5) === "03-01" ? "1 de marzo" : "28 de febrero"} cuando el año no es bisiesto)` : "") +
    `; al ${longDate(asOf)}, este requisito ${age.met ? "se cumple" : "aún no se cumple"}. (${age.citation})`
  );
}

/** The hours requirement: the period that met it, or how far the hours are from it. */
function hoursServiceSentence(service: HoursServiceRequirement, result: EligibilityResult): string {
  const { asOf } = result;
  const meeting = service.periods.find((period) => period.meets);
  if (meeting && service.metOn) {
    return (
      `Servicio: ${hoursOf(meeting.hours)} en el ${periodName(meeting)} ${fromTo(meeting.start, meeting.end)}; se piden al menos ${formatHours(service.hoursRequired)}. ` +
      (service.credited === "endOfPeriod"
        ? `El año de servicio se completa al final de ese período, así que el requisito se cumple el ${longDate(service.metOn)}`
        : `La hora ${formatHours(service.hoursRequired)} se acredita el ${longDate(service.metOn)}, y ese día se cumple el requisito`) +
      `. (${service.citation})`
    );
  }
  // The period that came closest and the current one, not merely the last (often an empty year ahead).
  const { closest, current } = closestAndCurrent(service.periods, asOf);
  const need = formatHours(service.hoursRequired);
  const name = (period: ComputationPeriod) => `${periodName(period)} ${fromTo(period.start, period.end)}`;
  const now = current
    ? `el período actual, ${name(current)}, tiene ${formatHours(current.hours)} de ${need} horas: ${missing(Math.max(0, service.hoursRequired - current.hours))} y tiene hasta el ${longDate(current.end)}`
    : `empieza a trabajar el ${longDate(result.employmentStartDate)}, después del ${longDate(asOf)}`;
  const best = closest && closest.hours > 0 && closest !== current ? `Lo más que tuvo en un período fueron ${hoursOf(closest.hours)}, en el ${name(closest)}; ` : "";
  return `Servicio: no se cumple con las horas indicadas. ${best ? best + now : capital(now)}. (${service.citation})`;
}

/** The service requirement, of either kind. */
export function serviceSentence(result: EligibilityResult): string {
  const service = result.requirements[1];
  if (service.kind === "hoursInPeriod") return hoursServiceSentence(service, result);
  return (
    `Servicio: los empleados de ${employerName(result.employer)} pueden inscribirse desde el día ${service.days} después de su primera hora de servicio ` +
    `(${longDate(result.employmentStartDate)} + ${service.days} días = ${longDate(service.metOn)}); al ${longDate(result.asOf)}, este requisito ${service.met ? "se cumple" : "aún no se cumple"}. ` +
    `No hay requisito de horas. (${service.citation})`
  );
}

/** The HCE finding and what it does to eligibility at this employer; null when not highly compensated. */
export function hceEligibilitySentence(result: EligibilityResult): string | null {
  const { employer } = result;
  if (result.excluded) {
    return `Queda fuera del plan. ${hceSentence(result.hce)} El plan deja fuera a los empleados con sueldo alto (empleados altamente remunerados) de ${employerName(employer)}. (${employer.citation})`;
  }
  if (result.highlyCompensated) {
    return `${hceSentence(result.hce)} Los empleados con sueldo alto (empleados altamente remunerados) de ${employerName(employer)} pueden inscribirse en el plan. (${employer.citation})`;
  }
  return null;
}

/** The verdict: eligible, excluded, not yet, or not on the data given. */
export function eligibilityVerdictSentence(result: EligibilityResult): string {
  if (result.eligible) {
    return `Puede inscribirse al ${longDate(result.asOf)}: puede hacerlo desde el ${longDate(result.eligibilityDate!)}, y la fecha en que entra al plan (fecha de ingreso al plan) es el ${longDate(result.entryDate!)}.`;
  }
  if (result.excluded) return "No puede inscribirse: queda fuera del plan, digan lo que digan los demás requisitos.";
  if (result.eligibilityDate) {
    return `Aún no puede inscribirse al ${longDate(result.asOf)}: podrá hacerlo desde el ${longDate(result.eligibilityDate)}, la más tardía de las dos fechas de arriba.`;
  }
  return "No puede inscribirse con los datos indicados: no cumple el requisito de horas en ningún período de cómputo.";
}

/** The explanation, as the API gives it and the one-employee page shows it under "Why". */
export function eligibilitySentences(result: EligibilityResult, plan: PlanDefinition): string[] {
  const lines = [ageSentence(result.requirements[0], result.asOf), serviceSentence(result)];
  const hce = hceEligibilitySentence(result);
  if (hce !== null) lines.push(hce);
  lines.push(eligibilityVerdictSentence(result));
  // The part-time finding, where there is something to say: counted periods, or a date.
  const partTime = result.longTermPartTime;
  if (partTime && (partTime.periods.length > 0 || partTime.eligibilityDate !== null)) {
    lines.push(...longTermPartTimeSentences(partTime, result, plan));
  }
  return lines;
}

/**
 * A period's short name, for the roster's reasons and the one-employee page: "año del plan 2003",
 * "período inicial del 15 de marzo de 2002 al 14 de marzo de 2003", "año de aniversario del … al …".
 */
export function periodLabel(period: Pick<ComputationPeriod, "kind" | "start" | "end">): string {
  if (period.kind === "planYear") return `año del plan ${period.start.slice(0, 4)}`;
  return `${period.kind === "initial" ? "período inicial" : "año de aniversario"} del ${longDate(period.start)} al ${longDate(period.end)}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The one-employee page's answer, cell by cell: the verdict line, the dates, and each requirement's
 * row (its name, when it is met, its state on the as-of date). Dates written out (es-US longDate).
 */
export function eligibilityAnswerWords(result: EligibilityResult, asOf: IsoDate) {
  const [age, service] = result.requirements;
  const partTime = result.longTermPartTime;
  const notReached = "no se alcanza con las horas indicadas";
  const verdict = result.excluded
    ? `Queda fuera: un empleado con sueldo alto (HCE) de ${result.employer.id} no puede inscribirse en el plan.`
    : result.eligible
      ? `Puede inscribirse desde el ${longDate(result.eligibilityDate!)} (al ${longDate(asOf)}).`
      : partTime?.eligible
        ? `No puede inscribirse en el plan al ${longDate(asOf)}, pero puede aportar de su sueldo como ${LONG_TERM_PART_TIME} (${partTime.employerMatch ? "con" : "sin"} aportación de la empresa).`
        : result.eligibilityDate
          ? `Aún no puede inscribirse al ${longDate(asOf)}: podrá desde el ${longDate(result.eligibilityDate)}.`
          : `No puede inscribirse al ${longDate(asOf)} con las horas indicadas.`;
  return {
    verdict,
    eligibilityDate: result.eligibilityDate ? longDate(result.eligibilityDate) : notReached,
    entryDate: result.excluded ? "ninguna: queda fuera del plan" : result.entryDate ? longDate(result.entryDate) : notReached,
    /** Only where the part-time rule applies (a finding). */
    mayDefer:
      (result.mayDefer ? `sí, al ${longDate(asOf)}` : "no") +
      (partTime?.eligibilityDate && !result.excluded ? ` (cumple ${RULE} desde el ${longDate(partTime.eligibilityDate)})` : ""),
    onAsOf: `Al ${longDate(asOf)}`,
    age: { name: `Edad de ${age.age} años`, metOn: longDate(age.metOn), state: age.met ? "cumplido" : "aún no" },
    service: {
      name: service.kind === "hoursInPeriod" ? `${formatHours(service.hoursRequired)} horas en un período de cómputo` : `Día ${service.days} después de la primera hora de servicio`,
      metOn: service.metOn ? longDate(service.metOn) : "no con las horas indicadas",
      state: service.met ? "cumplido" : "aún no",
    },
    hce: {
      name: result.employer.excludesHighlyCompensated ? "No es empleado con sueldo alto (HCE)" : "Los empleados con sueldo alto (HCE) pueden inscribirse",
      state: result.excluded ? "queda fuera" : result.highlyCompensated ? "sueldo alto, puede inscribirse" : "cumplido",
    },
  };
}

/** One of the one-employee page's counted part-time periods: "Año del plan 2023: 600 horas (500 o más; 3 seguidos)." */
export function partTimePeriodLine(period: LongTermPartTimePeriod, plan: PlanDefinition): string {
  return (
    `${capital(periodLabel(period))}: ${hoursOf(period.hours)}` +
    (period.qualifies ? ` (${formatHours(plan.longTermPartTime.qualifyingHours.hours)} o más; ${period.run} ${period.run === 1 ? "seguido" : "seguidos"})` : "") +
    "."
  );
}

/** A gap in words: "no trabajó del 1 de julio de 2021 al 8 de enero de 2023 (último día: 30 de junio de 2021; volvió a trabajar el 9 de enero de 2023)". */
export function gapInWords(gap: Omit<GapFacts, "hours">): string {
  return gap.from === null
    ? `volvió a trabajar el ${longDate(gap.rehired)} (no se indica su último día antes de eso)`
    : `no trabajó ${fromTo(gap.from, gap.to)} (último día: ${gap.lastDay === null ? "no se indica" : longDate(gap.lastDay)}; volvió a trabajar el ${longDate(gap.rehired)})`;
}

/** A line of the periods in words: its label in bold (none for a run of empty periods) and the rest. */
export function periodLineWords(line: PeriodLineFacts, service: Pick<HoursServiceRequirement, "hoursRequired" | "metOn">, asOf: IsoDate): { label: string | null; text: string } {
  if (line.kind === "gap") {
    const { hours } = line.gap;
    return {
      label: "Entre empleos:",
      text: `${gapInWords(line.gap)}. ` + (hours > 0 ? `${hoursOf(hours)} ${hours === 1 ? "tiene" : "tienen"} fecha en ese tiempo, y ${hours === 1 ? "cuenta" : "cuentan"}.` : "No hay horas en ese tiempo."),
    };
  }
  if (line.kind === "empty") {
    const text =
      line.count === 1
        ? `${capital(periodLabel(line.first))}: sin horas.`
        : line.first.kind === "planYear" && line.last.kind === "planYear"
          ? `Años del plan ${line.first.start.slice(0, 4)} a ${line.last.start.slice(0, 4)}: sin horas.`
          : `${line.count} períodos, desde el ${periodLabel(line.first)} hasta el ${periodLabel(line.last)}: sin horas.`;
    return { label: null, text };
  }
  const { period } = line;
  const need = formatHours(service.hoursRequired);
  const short = service.hoursRequired - period.hours;
  const text = period.meets
    ? `${formatHours(period.hours)} de ${need} horas: cumplido, así que el año de servicio se acredita el ${service.metOn === null ? "" : longDate(service.metOn)}.`
    : `${formatHours(period.hours)} de ${need} horas, ` +
      (period.end < asOf ? `${short === 1 ? "le faltó" : "le faltaron"} ${formatHours(short)}` : `${missing(short)} y tiene hasta el ${longDate(period.end)}`) +
      (line.current ? " (el período actual)" : "") +
      (line.closest && !line.current ? " (el que más se acercó)" : "") +
      ".";
  return { label: `${capital(periodLabel(period))}:`, text };
}

/** The long-term part-time finding (plan-rules §2.4) in a sentence or two, for the one-employee answer. */
export function partTimeInWords(result: EligibilityResult, asOf: IsoDate, plan: PlanDefinition): string[] {
  const partTime = result.longTermPartTime;
  const rule = plan.longTermPartTime;
  const hours = formatHours(rule.qualifyingHours.hours);
  const runs = rule.runs
    .map((run, index) => `${run.periods} ${run.periods === 1 ? "seguido" : "seguidos"} ${index === 0 ? `para fechas desde el ${longDate(run.from)}` : `desde el ${longDate(run.from)}`}`)
    .join("; luego ");
  if (partTime === null) {
    return result.employer.service.kind === "hoursInPeriod"
      ? [`El plan no aplica ${RULE}.`]
      : [`${capital(RULE)} es para quienes necesitan horas para inscribirse; los empleados de ${employerShortName(result.employer)} no necesitan ninguna.`];
  }
  const match = partTime.employerMatch
    ? "También recibe la aportación de la empresa."
    : "No recibe aportación de la empresa: el plan no la da a los empleados de medio tiempo con años de servicio.";
  const metBy = partTime.metBy;
  const how = metBy
    ? `${metBy.period.run} ${metBy.period.run === 1 ? "período seguido" : "períodos seguidos"} con ${hours} horas o más (${metBy.runNeeded === 1 ? "se pide" : "se piden"} ${metBy.runNeeded}); el último, ${periodLabel(metBy.period)}`
    : "";
  if (result.excluded) {
    return [
      `Queda fuera por ser empleado con sueldo alto (HCE), así que ${RULE} tampoco le permite aportar de su sueldo` +
        (partTime.eligibilityDate ? ` (por sí sola, se cumpliría el ${longDate(partTime.eligibilityDate)}: ${how}).` : "."),
    ];
  }
  if (result.eligible) {
    return [`Puede inscribirse en el plan al ${longDate(asOf)}, así que ${RULE} no se aplica ahora.` + (partTime.eligibilityDate ? ` (Se cumple el ${longDate(partTime.eligibilityDate)}.)` : "")];
  }
  if (partTime.eligible && partTime.eligibilityDate) {
    return [
      `Puede aportar de su sueldo (aportación electiva) desde el ${longDate(partTime.eligibilityDate)} como ${LONG_TERM_PART_TIME} (empleado a tiempo parcial a largo plazo): ${how}.`,
      match,
    ];
  }
  if (partTime.eligibilityDate) {
    return [
      `Aún no al ${longDate(asOf)}. Con las horas indicadas, podrá aportar de su sueldo como ${LONG_TERM_PART_TIME} desde el ${longDate(partTime.eligibilityDate)}: ${how}.`,
      match,
    ];
  }
  const latest = partTime.periods[partTime.periods.length - 1];
  return [
    `No se cumple con las horas indicadas: la regla pide períodos seguidos con ${hours} horas o más en cada uno (${runs}), y solo cuentan los períodos que empiezan el ${longDate(rule.firstCountedPeriodStart.date)} o después.` +
      (latest
        ? ` El último período contado, ${periodLabel(latest)}, tiene ${hoursOf(latest.hours)}${latest.run > 0 ? `, ${latest.run} ${latest.run === 1 ? "seguido" : "seguidos"}` : ""}.`
        : " Todavía no cuenta ningún período."),
  ];
}
