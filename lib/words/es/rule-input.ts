/**
 * A rule's input problems in Spanish (lib/errors.ts' RuleIssue), written from the facts with
 * docs/glossary-es.md's words. As in English, most are the whole message the API answers (the
 * API's field names, such as employmentStartDate, stay as they are); the nondiscrimination ones
 * follow the field's name and a colon ("Empleado 4: id: repite el id …"). Dates in words
 * ("15 de marzo de 2003"). The same functions as lib/words/en/rule-input.ts.
 */
import type { RuleIssue, YearLimitIssue } from "../../errors";
import { longDate, years } from "./format";

/** A rule's input problem in Spanish, without a final period. */
export function ruleInputWords(issue: RuleIssue): string {
  switch (issue.code) {
    case "yearsDisagreeWithDates":
      return `Los años de servicio (${issue.stated}) no coinciden con los años completos desde employmentStartDate hasta asOf (${issue.fromDates}); indique uno u otro`;
    case "yearsOrDatesRequired":
      return "indique yearsOfService, o employmentStartDate y asOf";
    case "asOfBeforeStart":
      return `asOf (${longDate(issue.asOf)}) es anterior a la fecha de inicio de empleo (${longDate(issue.start)})`;
    case "startRequiredWithHours":
      return "indique employmentStartDate con las horas: el primer período de cómputo empieza en esa fecha";
    case "asOfRequiredWithHours":
      return "indique asOf con las horas: los años de servicio se cuentan hasta esa fecha";
    case "yearsDisagreeWithHours":
      return `yearsOfService (${issue.stated}) no coincide con las horas, que dan ${years(issue.fromHours)} de servicio al ${longDate(issue.asOf)}; indique uno u otro`;
    case "birthAfterStart":
      return "birthDate es posterior a employmentStartDate: una persona no puede empezar a trabajar antes de nacer";
    case "hoursBeforeStart":
      return `hay horas con fecha del ${longDate(issue.date)}, antes de la fecha de inicio de empleo (${longDate(issue.start)}); las horas solo cuentan desde la primera hora de servicio`;
    case "deferralsTotalZero":
      return "las aportaciones de los participantes suman 0, así que no hay base para repartir el fondo";
    case "noHceThreshold":
      return `no se puede decidir si es un empleado con sueldo alto (HCE) en el año del plan ${issue.planYear}: esta calculadora no tiene el umbral de sueldo de ${issue.lookBackYear} (el primero que tiene es el de ${issue.firstLookBackYear}, para el año del plan ${issue.firstPlanYear}); indique highlyCompensated en su lugar`;
    case "yearsOrStartRequired":
      return "indique yearsOfService, o employmentStartDate";
    case "notARate":
      return `debe ser un porcentaje de 0 a 100 con ${issue.decimals === 1 ? "1 decimal" : `${issue.decimals} decimales`} como máximo`;
    case "repeatedId":
      return `repite el id "${issue.id}"; cada id debe ser único`;
    case "unknownEmployer":
      return `no es un empleador del plan ("${issue.employer}")`;
    case "zeroCompensation":
      return "es 0, pero las aportaciones o la aportación de la empresa son mayores que 0: un porcentaje necesita un sueldo";
    case "partTimeTooEarly":
      return `no puede ser true en el año del plan ${issue.planYear}: la regla de medio tiempo empieza con el año del plan ${issue.firstPlanYear}`;
    case "priorYearRequired":
      return `es obligatorio con el método del año anterior: el ADP y el ACP del año anterior de los demás empleados de la línea ${issue.line}`;
  }
}

/** A year the calculator does not support, in Spanish (lib/plan/limits.ts' UnsupportedYearError). */
export function yearLimitWords(issue: YearLimitIssue): string {
  switch (issue.code) {
    case "notWholeYear":
      return `el año del plan ${issue.year} no es un año entero`;
    case "beforeLimits":
      return `el año del plan ${issue.year} es anterior a ${issue.first}, el primer año de la tabla de límites del IRS de esta calculadora`;
    case "beforeHceThreshold":
      return `el año anterior ${issue.year} es anterior a ${issue.first}, el primer año con umbral de sueldo para empleados con sueldo alto (HCE) en esta calculadora`;
    case "outsideLimits":
      return `el año del plan ${issue.year} está fuera de los años de la tabla de límites del IRS (${issue.first} a ${issue.last})`;
  }
}
