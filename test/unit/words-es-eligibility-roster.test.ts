/**
 * The roster's reasons in Spanish (lib/words/es/eligibility-roster.ts) against the English
 * (lib/words/en/eligibility-roster.ts): results built as hr-eligibility-words.test.ts builds them,
 * each expected reason written by hand from docs/glossary-es.md ("puede inscribirse", "empleado
 * con sueldo alto (HCE)", "umbral de sueldo", "dueño del 5% de la empresa", "empleado de medio
 * tiempo con años de servicio", "aportación de la empresa", "año del plan", "período inicial",
 * "fecha del cálculo"); none of them the English one, and every figure of the English reason in
 * the Spanish one (its ISO dates as es-US writes them: "2003-03-15" as "15 de marzo de 2003").
 */
import { describe, expect, it } from "vitest";
import { datesInWords } from "@/lib/dates";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility, type EligibilityInput } from "@/lib/rules/eligibility";
import * as en from "@/lib/words/en/eligibility-roster";
import * as es from "@/lib/words/es/eligibility-roster";
import { expectParallel, missingFigures } from "./words-es-figures";

// Type-level: the Spanish module can stand wherever the English one is used.
const rosterCheck: typeof en = es;

const evaluate = (input: EligibilityInput, plan = SOS_PLAN) => evaluateEligibility(input, plan);
/** The Spanish held to the English for the same facts; English's ISO dates written out (the helper writes those as es-US does). */
const parallel = (spanish: string, english: string) => expectParallel([spanish], [datesInWords(english)]);

/** SOS, born 1970-01-01 (21 on 1991-01-01), hired 2002-03-15, 1,000 hours on 2002-09-30: the initial period meets it; the year of service completes 2003-03-15. */
const met: EligibilityInput = { asOf: "2003-06-30", employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "2002-03-15", hours: [{ date: "2002-09-30", hours: 1000 }] };
/** 600 hours a year 2021-2025, born 1980-01-01, as of 2025-06-30: three plan years of 500 or more end with 2023, so the part-time rule is met 2024-01-01. */
const partTimer: EligibilityInput = {
  asOf: "2025-06-30",
  employer: "SOS",
  birthDate: "1980-01-01",
  employmentStartDate: "2021-01-01",
  hours: [2021, 2022, 2023, 2024, 2025].map((year) => ({ date: `${year}-06-30`, hours: 600 })),
};
const spells = [
  { start: "2002-07-01", end: "2002-09-30", line: 2 },
  { start: "2003-01-06", end: null, line: 3 },
];
const rehired = { spells, start: "2002-07-01", hoursAfterLastDay: 0, gaps: [{ from: "2002-10-01", to: "2003-01-05", hours: 8 }] };
const lastDay = { spells: [{ start: "2002-03-15", end: "2003-03-31", line: 2 }], start: "2002-03-15", hoursAfterLastDay: 1040, gaps: [] };

/** Both languages' reason for the same input; the Spanish returned once held to the English. */
function reason(input: EligibilityInput, spellFacts: en.SpellFacts | null = null, plan = SOS_PLAN): string {
  const result = evaluate(input, plan);
  const spanish = es.rosterReason(result, input.asOf, plan, spellFacts);
  parallel(spanish, en.rosterReason(result, input.asOf, plan, spellFacts));
  return spanish;
}

describe("lib/words/es/eligibility-roster: each employee's reason", () => {
  it("the type check above stands for the module it names", () => {
    expect(rosterCheck.rosterReason).toBe(es.rosterReason);
  });

  it("eligible, and not yet with the date", () => {
    expect(reason(met)).toBe("Puede inscribirse: cumple 21 años el 1 de enero de 1991, servicio cumplido el 15 de marzo de 2003.");
    expect(reason({ ...met, asOf: "2003-01-31" })).toBe(
      "Aún no: podrá inscribirse el 15 de marzo de 2003 (cumple 21 años el 1 de enero de 1991, servicio cumplido el 15 de marzo de 2003).",
    );
  });

  it("not yet on the hours given: the closest period and the current one", () => {
    // 900 hours in the initial period (2002-03-15..2003-03-14), 200 in plan year 2003: 1,000 − 200 = 800 to go.
    const input = { ...met, hours: [{ date: "2002-09-30", hours: 900 }, { date: "2003-05-31", hours: 200 }] };
    const because =
      "lo más que tuvo en un período fueron 900 de 1,000 horas, en el período inicial del 15 de marzo de 2002 al 14 de marzo de 2003; " +
      "el período actual, año del plan 2003, tiene 200: le faltan 800 y tiene hasta el 31 de diciembre de 2003";
    const result = evaluate(input);
    expect(es.progress(result, "2003-06-30")).toBe(because);
    parallel(es.progress(result, "2003-06-30"), en.progress(result, "2003-06-30"));
    expect(reason(input)).toBe(`Aún no: ${because}; cumple 21 años el 1 de enero de 1991.`);
  });

  it("progress without hours, with 999 of 1,000 (le falta 1), before employment begins, and for the days rule (nothing)", () => {
    const none = evaluate({ ...met, hours: [] });
    expect(es.progress(none, "2003-06-30")).toBe(
      "todavía no tiene horas acreditadas; el período actual, año del plan 2003, necesita 1,000 horas a más tardar el 31 de diciembre de 2003",
    );
    parallel(es.progress(none, "2003-06-30"), en.progress(none, "2003-06-30"));
    const almost = evaluate({ ...met, hours: [{ date: "2003-05-31", hours: 999 }] });
    // 999 hours on 2003-05-31, after the initial period: plan year 2003 is both the closest and the current period.
    expect(es.progress(almost, "2003-06-30")).toBe(
      "el período actual, año del plan 2003, tiene 999 de 1,000 horas, el máximo de todos sus períodos: le falta 1 y tiene hasta el 31 de diciembre de 2003",
    );
    parallel(es.progress(almost, "2003-06-30"), en.progress(almost, "2003-06-30"));
    const later = evaluate({ ...met, asOf: "2002-01-01", hours: [] });
    expect(es.progress(later, "2002-01-01")).toBe("empieza a trabajar el 15 de marzo de 2002, después de la fecha del cálculo");
    parallel(es.progress(later, "2002-01-01"), en.progress(later, "2002-01-01"));
    expect(es.progress(evaluate({ ...met, employer: "Inteliant" }), "2003-06-30")).toBe("");
  });

  it("excluded: the HCE basis (pay above the 2002 threshold of $90,000) and the date age and service alone would give", () => {
    expect(reason({ ...met, priorYearCompensation: new Dec("90000.01"), fivePercentOwner: false })).toBe(
      "Queda fuera: empleado con sueldo alto (HCE), sueldo de 2002 de $90,000.01, que supera el umbral de sueldo de $90,000.00; " +
        "el plan deja fuera a los empleados con sueldo alto de SOS (11-K Note 1.A). Solo por edad y servicio, podría inscribirse el 15 de marzo de 2003.",
    );
  });

  it("excluded with the part-time rule met on its own; an Inteliant 5% owner who may join, with a last day", () => {
    const excluded = { asOf: "2024-06-30", employer: "SOS", birthDate: "1980-01-01", employmentStartDate: "2020-07-01", highlyCompensated: true, hours: [2021, 2022, 2023].map((year) => ({ date: `${year}-06-30`, hours: 600 })) };
    expect(reason(excluded)).toBe(
      "Queda fuera: empleado con sueldo alto (HCE), así lo indica el censo; el plan deja fuera a los empleados con sueldo alto de SOS (11-K Note 1.A). " +
        "Solo por la regla de medio tiempo, se cumpliría el 1 de enero de 2024.",
    );
    // Inteliant: 2002-03-15 + 91 days = 2002-06-14.
    expect(reason({ ...met, employer: "Inteliant", fivePercentOwner: true }, lastDay)).toBe(
      "Puede inscribirse: cumple 21 años el 1 de enero de 1991, servicio cumplido el 14 de junio de 2002. " +
        "Empleado con sueldo alto (HCE), dueño del 5% de la empresa en 2003 o en 2002; los empleados con sueldo alto de Inteliant pueden inscribirse. " +
        "Último día: 31 de marzo de 2003. Se cuentan 1,040 horas con fecha después del último día (las horas se acreditan en las fechas que da la nómina).",
    );
  });

  it("a long-term part-time employee who may defer, with no match, and one with the match", () => {
    const NOT_YET =
      "Aún no puede inscribirse en el plan: el período actual, año del plan 2025, tiene 600 de 1,000 horas, el máximo de todos sus períodos: " +
      "le faltan 400 y tiene hasta el 31 de diciembre de 2025; cumple 21 años el 1 de enero de 2001.";
    expect(reason(partTimer)).toBe(
      "Medio tiempo: puede aportar de su sueldo desde el 1 de enero de 2024 como empleado de medio tiempo con años de servicio " +
        "(3 períodos seguidos con 500 horas o más; el último, año del plan 2023; IRC 401(k)(2)(D), 401(k)(15)), sin aportación de la empresa. " +
        NOT_YET,
    );
    const withMatch = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, longTermPartTimeMatch: true } });
    expect(reason(partTimer, null, withMatch)).toContain("(3 períodos seguidos con 500 horas o más; el último, año del plan 2023; IRC 401(k)(2)(D), 401(k)(15)), con aportación de la empresa. ");
  });

  it("not yet, with the part-time rule met later", () => {
    // As of 2023-12-31, the run of 3 ending with plan year 2023 meets the part-time rule on 2024-01-01.
    expect(reason({ ...partTimer, asOf: "2023-12-31", hours: partTimer.hours!.slice(0, 3) })).toBe(
      "Aún no: el período actual, año del plan 2023, tiene 600 de 1,000 horas, el máximo de todos sus períodos: le faltan 400 y tiene hasta el 31 de diciembre de 2023; " +
        "cumple 21 años el 1 de enero de 2001. Regla de medio tiempo: podrá aportar de su sueldo desde el 1 de enero de 2024.",
    );
  });

  it("the check against the English can fail: a Spanish reason without the English one's dates", () => {
    const english = datesInWords(en.rosterReason(evaluate(met), met.asOf, SOS_PLAN, null));
    expect(missingFigures("Puede inscribirse: cumple 21 años.", english)).toEqual(["1 de enero de 1991", "15 de marzo de 2003"]);
  });
});

describe("lib/words/es/eligibility-roster: a rehire's spells, the HCE basis, errors", () => {
  it("a rehire's spells and a last day, with the hours dated outside them", () => {
    expect(es.spellsInWords(rehired)).toBe(
      " Volvió a trabajar: 2 etapas de empleo (líneas 2, 3 del censo): del 1 de julio de 2002 al 30 de septiembre de 2002, desde el 6 de enero de 2003; " +
        "cuentan las horas de todas, desde el primer inicio, el 1 de julio de 2002. Se cuentan 8 horas con fecha entre etapas, del 1 de octubre de 2002 al 5 de enero de 2003.",
    );
    parallel(es.spellsInWords(rehired), en.spellsInWords(rehired));
    expect(es.spellsInWords(lastDay)).toBe(
      " Último día: 31 de marzo de 2003. Se cuentan 1,040 horas con fecha después del último día (las horas se acreditan en las fechas que da la nómina).",
    );
    parallel(es.spellsInWords(lastDay), en.spellsInWords(lastDay));
    const one = { ...rehired, hoursAfterLastDay: 1, gaps: [{ ...rehired.gaps[0]!, hours: 1 }] };
    expect(es.spellsInWords(one)).toMatch(/Se cuenta 1 hora con fecha entre etapas, .* Se cuenta 1 hora con fecha después del último día/);
    parallel(es.spellsInWords(one), en.spellsInWords(one));
  });

  it("why someone is highly compensated: pay above or not above the threshold, a 5% owner, stated", () => {
    const cases = [
      evaluate({ ...met, priorYearCompensation: new Dec("90000.01") }).hce,
      evaluate({ ...met, employer: "Inteliant", priorYearCompensation: new Dec("50000") }).hce,
      evaluate({ ...met, fivePercentOwner: true }).hce,
      evaluate({ ...met, highlyCompensated: true }).hce,
    ];
    expect(cases.map(es.hceBasis)).toEqual([
      "sueldo de 2002 de $90,000.01, que supera el umbral de sueldo de $90,000.00",
      "sueldo de 2002 de $50,000.00, que no supera el umbral de sueldo de $90,000.00",
      "dueño del 5% de la empresa en 2003 o en 2002",
      "así lo indica el censo",
    ]);
    for (const hce of cases.slice(0, 3)) parallel(es.hceBasis(hce), en.hceBasis(hce));
    expect(es.hceBasis(cases[3]!)).not.toBe(en.hceBasis(cases[3]!));
  });

  it("an employee in error: three problems, then how many more; an hours row before the start", () => {
    expect(es.errorReason(["A.", "B.", "C."])).toBe("A. B. C.");
    expect(es.errorReason(["A.", "B.", "C.", "D."])).toBe("A. B. C. Y hay 1 problema más en las filas de este empleado.");
    expect(es.errorReason(["A.", "B.", "C.", "D.", "E."])).toBe("A. B. C. Y hay 2 problemas más en las filas de este empleado.");
    parallel(es.errorReason(["A.", "B.", "C.", "D.", "E."]), en.errorReason(["A.", "B.", "C.", "D.", "E."]));
    expect(es.hoursBeforeStartProblem("2002-03-01", "E-1", "2002-03-15")).toBe(
      "El 1 de marzo de 2002 es anterior a la fecha en que el empleado E-1 empezó a trabajar (15 de marzo de 2002); las horas se acreditan desde la primera hora de servicio",
    );
    parallel(es.hoursBeforeStartProblem("2002-03-01", "E-1", "2002-03-15"), en.hoursBeforeStartProblem("2002-03-01", "E-1", "2002-03-15"));
  });
});
