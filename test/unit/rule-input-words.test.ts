/**
 * A rule's input problems (lib/errors.ts' RuleInputError) carry a code and its facts; the words
 * are lib/words/<language>/rule-input.ts'. English: the messages the rules used to build, byte
 * for byte. Spanish: written by hand from docs/glossary-es.md, never the English.
 */
import { describe, expect, it } from "vitest";
import { RuleInputError, type RuleIssue, type RuleIssueCode } from "@/lib/errors";
import { UnsupportedYearError } from "@/lib/plan/limits";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility } from "@/lib/rules/eligibility";
import { evaluateVesting } from "@/lib/rules/vesting";
import * as en from "@/lib/words/en/rule-input";
import * as es from "@/lib/words/es/rule-input";

const spanishCheck: typeof en = es;

/** Each code: its facts, the English (as the rules wrote it before) and the Spanish. */
const EVERY_CODE: Record<RuleIssueCode, [RuleIssue, string, string]> = {
  yearsDisagreeWithDates: [
    { code: "yearsDisagreeWithDates", stated: 3.5, fromDates: 2 },
    "Years of service (3.5) disagrees with the 2 completed years from employmentStartDate to asOf; give one or the other",
    "Los años de servicio (3.5) no coinciden con los años completos desde employmentStartDate hasta asOf (2); indique uno u otro",
  ],
  yearsOrDatesRequired: [{ code: "yearsOrDatesRequired" }, "give yearsOfService, or employmentStartDate and asOf", "indique yearsOfService, o employmentStartDate y asOf"],
  asOfBeforeStart: [
    { code: "asOfBeforeStart", asOf: "2003-01-15", start: "2003-03-01" },
    "asOf 2003-01-15 is before the employment start date 2003-03-01",
    "asOf (15 de enero de 2003) es anterior a la fecha de inicio de empleo (1 de marzo de 2003)",
  ],
  startRequiredWithHours: [
    { code: "startRequiredWithHours" },
    "give employmentStartDate with the hours: the first vesting computation period contains it",
    "indique employmentStartDate con las horas: el primer período de cómputo empieza en esa fecha",
  ],
  asOfRequiredWithHours: [
    { code: "asOfRequiredWithHours" },
    "give asOf with the hours: years of service are counted up to it",
    "indique asOf con las horas: los años de servicio se cuentan hasta esa fecha",
  ],
  yearsDisagreeWithHours: [
    { code: "yearsDisagreeWithHours", stated: 2, fromHours: 1, asOf: "2004-12-31" },
    "yearsOfService (2) disagrees with the hours, which give 1 year of service on 2004-12-31; give one or the other",
    "yearsOfService (2) no coincide con las horas, que dan 1 año de servicio al 31 de diciembre de 2004; indique uno u otro",
  ],
  birthAfterStart: [
    { code: "birthAfterStart" },
    "birthDate is after employmentStartDate: a person cannot start work before being born",
    "birthDate es posterior a employmentStartDate: una persona no puede empezar a trabajar antes de nacer",
  ],
  hoursBeforeStart: [
    { code: "hoursBeforeStart", date: "2002-12-31", start: "2003-01-06" },
    "hours dated 2002-12-31 are before the employment start date 2003-01-06; hours can only be credited from the first hour of service",
    "hay horas con fecha del 31 de diciembre de 2002, antes de la fecha de inicio de empleo (6 de enero de 2003); las horas solo cuentan desde la primera hora de servicio",
  ],
  deferralsTotalZero: [
    { code: "deferralsTotalZero" },
    "the participants' deferrals total 0, so there is nothing to share the pool against",
    "las aportaciones de los participantes suman 0, así que no hay base para repartir el fondo",
  ],
  noHceThreshold: [
    { code: "noHceThreshold", planYear: 2002, lookBackYear: 2001, firstLookBackYear: 2002, firstPlanYear: 2003 },
    "cannot decide highly compensated status for plan year 2002: this calculator has no threshold for 2001 (its first is 2002's, for plan year 2003); state highlyCompensated instead",
    "no se puede decidir si es un empleado con sueldo alto (HCE) en el año del plan 2002: esta calculadora no tiene el umbral de sueldo de 2001 (el primero que tiene es el de 2002, para el año del plan 2003); indique highlyCompensated en su lugar",
  ],
  yearsOrStartRequired: [{ code: "yearsOrStartRequired" }, "give yearsOfService, or employmentStartDate", "indique yearsOfService, o employmentStartDate"],
  notARate: [{ code: "notARate", decimals: 2 }, "must be a percentage from 0 to 100 with at most 2 decimals", "debe ser un porcentaje de 0 a 100 con 2 decimales como máximo"],
  repeatedId: [{ code: "repeatedId", id: "A-1" }, 'repeats the id "A-1"; ids must be unique', 'repite el id "A-1"; cada id debe ser único'],
  unknownEmployer: [{ code: "unknownEmployer", employer: "Acme" }, 'names no employer of the plan ("Acme")', 'no es un empleador del plan ("Acme")'],
  zeroCompensation: [
    { code: "zeroCompensation" },
    "is 0, but deferrals or match are above 0: a rate needs compensation",
    "es 0, pero las aportaciones o la aportación de la empresa son mayores que 0: un porcentaje necesita un sueldo",
  ],
  partTimeTooEarly: [
    { code: "partTimeTooEarly", planYear: 2023, firstPlanYear: 2024 },
    "cannot be true for plan year 2023: the long-term part-time rule starts with plan year 2024",
    "no puede ser true en el año del plan 2023: la regla de medio tiempo empieza con el año del plan 2024",
  ],
  priorYearRequired: [
    { code: "priorYearRequired", line: "SOS" },
    "is required under the prior-year method: the SOS line's prior-year NHCE ADP and ACP",
    "es obligatorio con el método del año anterior: el ADP y el ACP del año anterior de los demás empleados de la línea SOS",
  ],
};

describe("every rule input code in both languages", () => {
  it.each(Object.entries(EVERY_CODE))("%s", (_code, [issue, english, spanish]) => {
    expect(en.ruleInputWords(issue)).toBe(english);
    // The error carries the facts; its message is for a developer and holds no language's words.
    expect(new RuleInputError("x", issue)).toMatchObject({ issue, message: `${issue.code} (x)` });
    expect(spanishCheck.ruleInputWords(issue)).toBe(spanish);
  });

  it("one decimal is singular in Spanish", () => {
    expect(es.ruleInputWords({ code: "notARate", decimals: 1 })).toBe("debe ser un porcentaje de 0 a 100 con 1 decimal como máximo");
  });
});

describe("the rules throw facts", () => {
  const thrown = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof RuleInputError) return { path: error.path, issue: error.issue };
      throw error;
    }
    return null;
  };

  it("eligibility: a birth date after the start date", () => {
    const input = { asOf: "2004-01-01", employer: "SOS", birthDate: "2003-05-01", employmentStartDate: "2003-01-01" } as const;
    expect(thrown(() => evaluateEligibility(input, SOS_PLAN))).toEqual({ path: "birthDate", issue: { code: "birthAfterStart" } });
  });

  it("vesting: stated years the dates contradict", () => {
    const input = { yearsOfService: 5, employmentStartDate: "2000-01-01", asOf: "2003-06-30", balances: { deferral: "0", rollover: "0", match: "100" } };
    expect(thrown(() => evaluateVesting(input as never, SOS_PLAN))).toEqual({ path: "yearsOfService", issue: { code: "yearsDisagreeWithDates", stated: 5, fromDates: 3 } });
  });
});

describe("a year the calculator does not support (UnsupportedYearError), in both languages", () => {
  it.each([
    [{ code: "notWholeYear", year: 2002.5 }, "plan year 2002.5 is not a whole year", "el año del plan 2002.5 no es un año entero"],
    [{ code: "beforeLimits", year: 2001, first: 2002 }, "plan year 2001 is before 2002, the first year this calculator's IRS limits table covers", "el año del plan 2001 es anterior a 2002, el primer año de la tabla de límites del IRS de esta calculadora"],
    [
      { code: "beforeHceThreshold", year: 1996, first: 1997 },
      "look-back year 1996 is before 1997, the first year whose highly compensated employee threshold this calculator has",
      "el año anterior 1996 es anterior a 1997, el primer año con umbral de sueldo para empleados con sueldo alto (HCE) en esta calculadora",
    ],
    [{ code: "outsideLimits", year: 2030, first: 2002, last: 2026 }, "plan year 2030 is outside 2002–2026, the years of the IRS limits table", "el año del plan 2030 está fuera de los años de la tabla de límites del IRS (2002 a 2026)"],
  ] as const)("%j", (issue, english, spanish) => {
    expect(en.yearLimitWords(issue)).toBe(english);
    expect(new UnsupportedYearError(issue)).toMatchObject({ issue, message: `${issue.code} (${issue.year})` });
    expect(new UnsupportedYearError(issue).year).toBe(issue.year);
    expect(es.yearLimitWords(issue)).toBe(spanish);
  });
});
