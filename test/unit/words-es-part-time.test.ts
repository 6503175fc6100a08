/**
 * The long-term part-time rule in Spanish (lib/words/es/part-time.ts) against the English
 * (lib/words/en/part-time.ts): findings built as eligibility-words.test.ts and part-time.test.ts
 * build them, each expected sentence written by hand from docs/glossary-es.md ("empleado de medio
 * tiempo con años de servicio", "empleado a tiempo parcial a largo plazo", "aportar de su sueldo",
 * "aportación electiva", "aportación de la empresa", "período de cómputo", "año del plan", "fecha
 * en que entra al plan"); as many sentences as English, in the same order, none of them the
 * English one, and every figure of the English sentence in the Spanish one (its ISO dates as
 * es-US writes them: "2024-01-01" as "1 de enero de 2024").
 */
import { describe, expect, it } from "vitest";
import { datesInWords } from "@/lib/dates";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility, type EligibilityInput } from "@/lib/rules/eligibility";
import * as en from "@/lib/words/en/part-time";
import * as es from "@/lib/words/es/part-time";
import { expectParallel, missingFigures } from "./words-es-figures";

// Type-level: the Spanish module can stand wherever the English one is used.
const partTimeCheck: typeof en = es;

/** The Spanish held to the English for the same facts; English's ISO dates written out (the helper writes those as es-US does). */
const parallel = (spanish: readonly string[], english: readonly string[]) => expectParallel(spanish, english.map(datesInWords));

// Hired 2020-07-01: the initial period begins before 2021-01-01 and is not counted; plan years 2021
// to 2023 have 600 hours each, 2024 none. The run of 3 ends with 2023: met on 2024-01-01.
const input: EligibilityInput = {
  asOf: "2024-06-30",
  employer: "SOS",
  birthDate: "1980-01-01",
  employmentStartDate: "2020-07-01",
  highlyCompensated: false,
  hours: [2021, 2022, 2023].map((year) => ({ date: `${year}-06-30`, hours: 600 })),
};
const result = evaluateEligibility(input, SOS_PLAN);
const partTime = result.longTermPartTime!;

const RULE =
  "Regla de los empleados de medio tiempo con años de servicio (empleados a tiempo parcial a largo plazo): un empleado puede aportar de su sueldo (aportación electiva) " +
  "después de suficientes períodos de cómputo seguidos con 500 horas o más en cada uno (3 seguidos desde el 1 de enero de 2024, 2 seguidos desde el 1 de enero de 2025). " +
  "Solo cuentan los períodos que empiezan el 1 de enero de 2021 o después, y debe cumplir 21 años a más tardar al final del último de ellos. (IRC 401(k)(2)(D), 401(k)(15))";
const PERIODS =
  "Sus períodos: año del plan 2021, 600 horas (500 o más); año del plan 2022, 600 horas (500 o más); año del plan 2023, 600 horas (500 o más); año del plan 2024, 0 horas.";
const RUN_MET =
  "3 períodos seguidos terminan con el año del plan 2023 (se piden 3), así que la regla se cumple el 1 de enero de 2024. " +
  "Este plan no da aportación de la empresa a los empleados de medio tiempo con años de servicio.";

/** Both languages for the same finding; the Spanish returned once held to the English. */
function sentences(...args: Parameters<typeof en.longTermPartTimeSentences>): string[] {
  const spanish = es.longTermPartTimeSentences(...args);
  parallel(spanish, en.longTermPartTimeSentences(...args));
  return spanish;
}

describe("lib/words/es/part-time: the long-term part-time finding", () => {
  it("the type check above stands for the module it names", () => {
    expect(partTimeCheck.longTermPartTimeSentences).toBe(es.longTermPartTimeSentences);
  });

  it("a long-term part-time employee on the as-of date: the rule, the periods, the run, and what follows (usted may defer)", () => {
    expect(sentences(partTime, result, SOS_PLAN)).toEqual([
      RULE,
      PERIODS,
      RUN_MET,
      "Al 30 de junio de 2024, usted puede aportar de su sueldo como empleado de medio tiempo con años de servicio (fecha en que entra al plan: 1 de enero de 2024).",
    ]);
  });

  it("not yet on the as-of date, an excluded HCE, a regular participant, and a plan that gives the match", () => {
    expect(sentences({ ...partTime, eligible: false }, { ...result, asOf: "2023-12-31" }, SOS_PLAN).at(-1)).toBe(
      "Aún no al 31 de diciembre de 2023: con las horas indicadas, usted podrá aportar de su sueldo desde el 1 de enero de 2024.",
    );
    expect(sentences({ ...partTime, eligible: false, excluded: true }, result, SOS_PLAN).at(-1)).toBe(
      "Los empleados con sueldo alto (HCE) de SOS quedan fuera del plan, así que esta regla tampoco les permite aportar de su sueldo.",
    );
    expect(sentences({ ...partTime, eligible: false }, { ...result, eligible: true }, SOS_PLAN).at(-1)).toBe(
      "Al 30 de junio de 2024, usted ya participa en el plan con la regla general, así que la regla de medio tiempo no se le aplica ahora.",
    );
    expect(sentences({ ...partTime, employerMatch: true }, result, SOS_PLAN)[2]).toBe(
      "3 períodos seguidos terminan con el año del plan 2023 (se piden 3), así que la regla se cumple el 1 de enero de 2024. " +
        "Los empleados de medio tiempo con años de servicio también reciben la aportación de la empresa.",
    );
  });

  it("not met on the hours given, with and without the regular rule's eligibility", () => {
    const short = evaluateEligibility({ ...input, hours: [{ date: "2023-06-30", hours: 499.5 }] }, SOS_PLAN);
    const finding = short.longTermPartTime!;
    expect(sentences(finding, short, SOS_PLAN)).toEqual([
      RULE,
      "Sus períodos: año del plan 2021, 0 horas; año del plan 2022, 0 horas; año del plan 2023, 499.5 horas; año del plan 2024, 0 horas.",
      "No se cumple con las horas indicadas.",
    ]);
    expect(sentences(finding, { ...short, eligible: true }, SOS_PLAN).at(-1)).toBe(
      "No se cumple con las horas indicadas, y no hace falta: el empleado puede inscribirse en el plan al 30 de junio de 2024.",
    );
  });

  it("a period that is not a plan year is said by its dates; one hour is 1 hora; a run of 1 agrees in number", () => {
    // Hired 2022-03-01: the initial period 2022-03-01..2023-02-28 has 1 hour, plan year 2023 has 600 (2023-06-30).
    const hired = evaluateEligibility({ ...input, asOf: "2023-06-30", employmentStartDate: "2022-03-01", hours: [{ date: "2022-06-30", hours: 1 }, { date: "2023-06-30", hours: 600 }] }, SOS_PLAN);
    expect(sentences(hired.longTermPartTime!, hired, SOS_PLAN)[1]).toBe(
      "Sus períodos: del 1 de marzo de 2022 al 28 de febrero de 2023, 1 hora; año del plan 2023, 600 horas (500 o más).",
    );
    // A plan whose rule needs one period: the run of 1 ending with the initial period 2022-03-01..2023-02-28.
    const one = definePlan({ ...SOS_PLAN, longTermPartTime: { ...SOS_PLAN.longTermPartTime, runs: [{ from: "2024-01-01", periods: 1, citation: "IRC 401(k)(2)(D)" }] } });
    const single = evaluateEligibility({ ...input, employmentStartDate: "2022-03-01", hours: [{ date: "2022-06-30", hours: 600 }] }, one);
    expect(sentences(single.longTermPartTime!, single, one)[2]).toBe(
      "1 período seguido termina con el período del 1 de marzo de 2022 al 28 de febrero de 2023 (se pide 1), así que la regla se cumple el 1 de enero de 2024. " +
        "Este plan no da aportación de la empresa a los empleados de medio tiempo con años de servicio.",
    );
  });

  it("the check against the English can fail: a Spanish sentence without the English one's dates or hours", () => {
    const english = datesInWords(en.longTermPartTimeSentences(partTime, result, SOS_PLAN)[2]!);
    expect(missingFigures("Tres períodos seguidos terminan con el año del plan 2023 (se piden 3).", english)).toEqual(["3", "1 de enero de 2024"]);
    expect(missingFigures(RUN_MET, english)).toEqual([]);
  });
});
