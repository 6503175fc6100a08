/**
 * Eligibility in Spanish (lib/words/es/eligibility.ts) against the English
 * (lib/words/en/eligibility.ts): results built as eligibility-words.test.ts and
 * hr-eligibility-words.test.ts build them, each expected sentence written by hand from
 * docs/glossary-es.md ("puede inscribirse", "fecha en que entra al plan" with "fecha de ingreso al
 * plan" once, "período de cómputo", "año del plan", "año de servicio", "horas de servicio",
 * "empleado con sueldo alto (HCE)" with "empleados altamente remunerados" once, "empleado de medio
 * tiempo con años de servicio", "aportación de la empresa"); as many sentences as English, in the
 * same order, none of them the English one, and every figure of the English sentence in the
 * Spanish one (its ISO dates as es-US writes them: "2003-03-15" as "15 de marzo de 2003").
 */
import { describe, expect, it } from "vitest";
import { datesInWords } from "@/lib/dates";
import { Dec } from "@/lib/money";
import { definePlan, type PlanOptions } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility, type ComputationPeriod, type EligibilityInput } from "@/lib/rules/eligibility";
import * as en from "@/lib/words/en/eligibility";
import * as es from "@/lib/words/es/eligibility";
import { expectParallel, expectParallelOrNull, missingFigures } from "./words-es-figures";

// Type-level: the Spanish module can stand wherever the English one is used.
const eligibilityCheck: typeof en = es;

const withOptions = (options: Partial<PlanOptions>) => definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ...options } });
const evaluate = (input: EligibilityInput, plan = SOS_PLAN) => evaluateEligibility(input, plan);
/** The Spanish held to the English for the same facts; English's ISO dates written out (the helper writes those as es-US does). */
const parallel = (spanish: readonly string[], english: readonly string[]) => expectParallel(spanish, english.map(datesInWords));

/** Both languages' explanation for the same input; the Spanish returned once held to the English. */
function explained(input: EligibilityInput, plan = SOS_PLAN): string[] {
  const result = evaluate(input, plan);
  const spanish = es.eligibilitySentences(result, plan);
  parallel(spanish, en.eligibilitySentences(result, plan));
  return spanish;
}

/** SOS, born 1970-01-01 (21 on 1991-01-01), hired 2002-03-15, 1,000 hours on 2002-09-30: the initial period meets it; the year of service completes 2003-03-15. */
const met: EligibilityInput = { asOf: "2003-06-30", employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "2002-03-15", hours: [{ date: "2002-09-30", hours: 1000 }] };
/** Hired 2020-07-01, 600 hours in each of 2021 to 2023: the run of 3 ends with plan year 2023, so the part-time rule is met 2024-01-01. */
const partTimeInput: EligibilityInput = {
  asOf: "2024-06-30",
  employer: "SOS",
  birthDate: "1980-01-01",
  employmentStartDate: "2020-07-01",
  highlyCompensated: false,
  hours: [2021, 2022, 2023].map((year) => ({ date: `${year}-06-30`, hours: 600 })),
};
/** 600 hours a year 2021-2025, born 1980-01-01, as of 2025-06-30: a long-term part-time employee since 2024-01-01. */
const partTimer: EligibilityInput = {
  asOf: "2025-06-30",
  employer: "SOS",
  birthDate: "1980-01-01",
  employmentStartDate: "2021-01-01",
  hours: [2021, 2022, 2023, 2024, 2025].map((year) => ({ date: `${year}-06-30`, hours: 600 })),
};

const AGE_1970 = (asOf: string) => `Edad de 21 años: nació el 1 de enero de 1970 y cumple 21 años el 1 de enero de 1991; al ${asOf}, este requisito se cumple. (11-K Note 1.A)`;
const SERVICE_MET =
  "Servicio: 1,000 horas en el período de cómputo inicial del 15 de marzo de 2002 al 14 de marzo de 2003; se piden al menos 1,000. " +
  "El año de servicio se completa al final de ese período, así que el requisito se cumple el 15 de marzo de 2003. (11-K Note 1.A)";
const NOT_ON_DATA = "No puede inscribirse con los datos indicados: no cumple el requisito de horas en ningún período de cómputo.";

describe("lib/words/es/eligibility: the explanation, sentence by sentence", () => {
  it("the type check above stands for the module it names", () => {
    expect(eligibilityCheck.eligibilitySentences).toBe(es.eligibilitySentences);
  });

  it("SOS, met at the end of the initial period: age, service, verdict (fecha en que entra al plan, fecha de ingreso al plan once)", () => {
    expect(explained(met)).toEqual([
      AGE_1970("30 de junio de 2003"),
      SERVICE_MET,
      "Puede inscribirse al 30 de junio de 2003: puede hacerlo desde el 15 de marzo de 2003, y la fecha en que entra al plan (fecha de ingreso al plan) es el 15 de marzo de 2003.",
    ]);
  });

  it("onThousandthHour: la hora 1,000 (600 on 2002-06-01, 400 on 2002-09-30) meets it on its date", () => {
    const input = { ...met, hours: [{ date: "2002-06-01", hours: 600 }, { date: "2002-09-30", hours: 400 }] };
    expect(explained(input, withOptions({ serviceCredited: "onThousandthHour" }))[1]).toBe(
      "Servicio: 1,000 horas en el período de cómputo inicial del 15 de marzo de 2002 al 14 de marzo de 2003; se piden al menos 1,000. " +
        "La hora 1,000 se acredita el 30 de septiembre de 2002, y ese día se cumple el requisito. (11-K Note 1.A)",
    );
  });

  it("SOS, highly compensated by pay: excluded, with the Spanish HCE sentence inside and the employer's name in Spanish", () => {
    expect(explained({ ...met, priorYearCompensation: new Dec("90000.01") }).slice(2)).toEqual([
      "Queda fuera del plan. El sueldo de 2002, $90,000.01, supera el umbral de sueldo de 2002 ($90,000.00); por eso es empleado con sueldo alto (HCE) en el año del plan 2003 (IRC 414(q)(1)(B)). " +
        "El plan deja fuera a los empleados con sueldo alto (empleados altamente remunerados) de SOS Staffing Services, Inc. y sus filiales, salvo Inteliant. (11-K Note 1.A)",
      "No puede inscribirse: queda fuera del plan, digan lo que digan los demás requisitos.",
    ]);
  });

  it("Inteliant, stated HCE, before the 91st day: the days rule, the HCE may join, not yet", () => {
    expect(explained({ asOf: "2002-03-01", employer: "Inteliant", birthDate: "1970-01-01", employmentStartDate: "2002-01-01", highlyCompensated: true })).toEqual([
      AGE_1970("1 de marzo de 2002"),
      "Servicio: los empleados de Inteliant Corporation pueden inscribirse desde el día 91 después de su primera hora de servicio (1 de enero de 2002 + 91 días = 2 de abril de 2002); " +
        "al 1 de marzo de 2002, este requisito aún no se cumple. No hay requisito de horas. (11-K Note 1.A)",
      "Se indicó que es empleado con sueldo alto (HCE) en el año del plan 2002. Los empleados con sueldo alto (empleados altamente remunerados) de Inteliant Corporation pueden inscribirse en el plan. (11-K Note 1.A)",
      "Aún no puede inscribirse al 1 de marzo de 2002: podrá hacerlo desde el 2 de abril de 2002, la más tardía de las dos fechas de arriba.",
    ]);
  });

  it("a February 29 birthday: the common-year anniversary is named, 1 de marzo or (by option) 28 de febrero", () => {
    const input = { asOf: "2005-03-01", employer: "Inteliant", birthDate: "1984-02-29", employmentStartDate: "2004-06-01" };
    expect(explained(input)[0]).toBe(
      "Edad de 21 años: nació el 29 de febrero de 1984 y cumple 21 años el 1 de marzo de 2005 (quien nació un 29 de febrero cumple años el 1 de marzo cuando el año no es bisiesto); " +
        "al 1 de marzo de 2005, este requisito se cumple. (11-K Note 1.A)",
    );
    expect(explained(input, withOptions({ feb29Anniversary: "feb28" }))[0]).toBe(
      "Edad de 21 años: nació el 29 de febrero de 1984 y cumple 21 años el 28 de febrero de 2005 (quien nació un 29 de febrero cumple años el 28 de febrero cuando el año no es bisiesto); " +
        "al 1 de marzo de 2005, este requisito se cumple. (11-K Note 1.A)",
    );
  });

  it("under age on the as-of date: aún no se cumple", () => {
    expect(es.ageSentence(evaluate({ ...met, birthDate: "1985-01-01" }).requirements[0], "2003-06-30")).toBe(
      "Edad de 21 años: nació el 1 de enero de 1985 y cumple 21 años el 1 de enero de 2006; al 30 de junio de 2003, este requisito aún no se cumple. (11-K Note 1.A)",
    );
  });

  it("no hours at all: the current period (plan year 2003) and the verdict on the data given", () => {
    expect(explained({ ...met, hours: [] }).slice(1)).toEqual([
      "Servicio: no se cumple con las horas indicadas. El período actual, año del plan del 1 de enero de 2003 al 31 de diciembre de 2003, tiene 0 de 1,000 horas: " +
        "le faltan 1,000 y tiene hasta el 31 de diciembre de 2003. (11-K Note 1.A)",
      NOT_ON_DATA,
    ]);
  });

  it("employment begins after the as-of date", () => {
    expect(explained({ ...met, asOf: "2002-01-01", hours: [] })[1]).toBe(
      "Servicio: no se cumple con las horas indicadas. Empieza a trabajar el 15 de marzo de 2002, después del 1 de enero de 2002. (11-K Note 1.A)",
    );
  });

  it("a long-term part-time employee on the as-of date: the whole explanation, with the part-time module's sentences", () => {
    expect(explained(partTimeInput)).toEqual([
      "Edad de 21 años: nació el 1 de enero de 1980 y cumple 21 años el 1 de enero de 2001; al 30 de junio de 2024, este requisito se cumple. (11-K Note 1.A)",
      // Of equals the latest, plan year 2023, came closest.
      "Servicio: no se cumple con las horas indicadas. Lo más que tuvo en un período fueron 600 horas, en el año del plan del 1 de enero de 2023 al 31 de diciembre de 2023; " +
        "el período actual, año del plan del 1 de enero de 2024 al 31 de diciembre de 2024, tiene 0 de 1,000 horas: le faltan 1,000 y tiene hasta el 31 de diciembre de 2024. (11-K Note 1.A)",
      NOT_ON_DATA,
      "Regla de los empleados de medio tiempo con años de servicio (empleados a tiempo parcial a largo plazo): un empleado puede aportar de su sueldo (aportación electiva) " +
        "después de suficientes períodos de cómputo seguidos con 500 horas o más en cada uno (3 seguidos desde el 1 de enero de 2024, 2 seguidos desde el 1 de enero de 2025). " +
        "Solo cuentan los períodos que empiezan el 1 de enero de 2021 o después, y debe cumplir 21 años a más tardar al final del último de ellos. (IRC 401(k)(2)(D), 401(k)(15))",
      "Sus períodos: año del plan 2021, 600 horas (500 o más); año del plan 2022, 600 horas (500 o más); año del plan 2023, 600 horas (500 o más); año del plan 2024, 0 horas.",
      "3 períodos seguidos terminan con el año del plan 2023 (se piden 3), así que la regla se cumple el 1 de enero de 2024. " +
        "Este plan no da aportación de la empresa a los empleados de medio tiempo con años de servicio.",
      "Al 30 de junio de 2024, usted puede aportar de su sueldo como empleado de medio tiempo con años de servicio (fecha en que entra al plan: 1 de enero de 2024).",
    ]);
  });

  it("no HCE sentence for an employee who is not highly compensated, in both languages", () => {
    const result = evaluate(met);
    expect(es.hceEligibilitySentence(result)).toBeNull();
    expectParallelOrNull(es.hceEligibilitySentence(result), en.hceEligibilitySentence(result));
  });

  it("the check against the English can fail: a Spanish sentence without the English one's dates", () => {
    const english = datesInWords(en.eligibilitySentences(evaluate(met), SOS_PLAN)[2]!);
    expect(missingFigures("Puede inscribirse al 30 de junio de 2003.", english)).toEqual(["15 de marzo de 2003", "15 de marzo de 2003"]);
  });
});

describe("lib/words/es/eligibility: the one-employee answer's cells", () => {
  /** The cells in Spanish, each held to the English cell. */
  function answer(input: EligibilityInput) {
    const result = evaluate(input);
    const spanish = es.eligibilityAnswerWords(result, input.asOf);
    const english = en.eligibilityAnswerWords(result, input.asOf);
    const cells = (words: typeof spanish) => [words.verdict, words.eligibilityDate, words.entryDate, words.onAsOf, words.age.name, words.service.name, words.service.metOn, words.hce.name, words.hce.state];
    parallel(cells(spanish), cells(english));
    expect(missingFigures(spanish.mayDefer, english.mayDefer)).toEqual([]);
    expect(missingFigures(spanish.age.metOn, english.age.metOn)).toEqual([]);
    return spanish;
  }

  it("eligible: since 15 de marzo de 2003, al 30 de junio de 2003; both requirements met", () => {
    expect(answer(met)).toEqual({
      verdict: "Puede inscribirse desde el 15 de marzo de 2003 (al 30 de junio de 2003).",
      eligibilityDate: "15 de marzo de 2003",
      entryDate: "15 de marzo de 2003",
      mayDefer: "sí, al 30 de junio de 2003",
      onAsOf: "Al 30 de junio de 2003",
      age: { name: "Edad de 21 años", metOn: "1 de enero de 1991", state: "cumplido" },
      service: { name: "1,000 horas en un período de cómputo", metOn: "15 de marzo de 2003", state: "cumplido" },
      hce: { name: "No es empleado con sueldo alto (HCE)", state: "cumplido" },
    });
  });

  it("not yet on 31 de enero de 2003; not on the hours given with 500 hours", () => {
    const notYet = answer({ ...met, asOf: "2003-01-31" });
    expect(notYet.verdict).toBe("Aún no puede inscribirse al 31 de enero de 2003: podrá desde el 15 de marzo de 2003.");
    expect(notYet.service).toEqual({ name: "1,000 horas en un período de cómputo", metOn: "15 de marzo de 2003", state: "aún no" });
    expect(notYet.mayDefer).toBe("no");
    const short = answer({ ...met, hours: [{ date: "2002-09-30", hours: 500 }] });
    expect(short.verdict).toBe("No puede inscribirse al 30 de junio de 2003 con las horas indicadas.");
    expect([short.eligibilityDate, short.entryDate, short.service.metOn]).toEqual([
      "no se alcanza con las horas indicadas",
      "no se alcanza con las horas indicadas",
      "no con las horas indicadas",
    ]);
  });

  it("a highly compensated SOS employee is excluded; Inteliant counts days and lets them join", () => {
    const excluded = answer({ ...met, highlyCompensated: true });
    expect(excluded.verdict).toBe("Queda fuera: un empleado con sueldo alto (HCE) de SOS no puede inscribirse en el plan.");
    expect(excluded.entryDate).toBe("ninguna: queda fuera del plan");
    expect(excluded.hce).toEqual({ name: "No es empleado con sueldo alto (HCE)", state: "queda fuera" });
    const inteliant = answer({ ...met, employer: "Inteliant", employmentStartDate: "2002-01-01", hours: [], highlyCompensated: true });
    expect(inteliant.service).toEqual({ name: "Día 91 después de la primera hora de servicio", metOn: "2 de abril de 2002", state: "cumplido" });
    expect(inteliant.hce).toEqual({ name: "Los empleados con sueldo alto (HCE) pueden inscribirse", state: "sueldo alto, puede inscribirse" });
  });

  it("a long-term part-time employee: not eligible to join, may defer (sin aportación de la empresa), with the date the rule is met", () => {
    const words = answer(partTimer);
    expect(words.verdict).toBe(
      "No puede inscribirse en el plan al 30 de junio de 2025, pero puede aportar de su sueldo como empleado de medio tiempo con años de servicio (sin aportación de la empresa).",
    );
    expect(words.mayDefer).toBe("sí, al 30 de junio de 2025 (cumple la regla de los empleados de medio tiempo con años de servicio desde el 1 de enero de 2024)");
  });
});

describe("lib/words/es/eligibility: periods, part-time periods and a rehire's gap", () => {
  const service = { hoursRequired: 1000, metOn: "2003-03-15" };
  const initial: ComputationPeriod = { kind: "initial", start: "2002-03-15", end: "2003-03-14", hours: 1000, meets: true };
  const year = (y: number, hours = 0): ComputationPeriod => ({ kind: "planYear", start: `${y}-01-01`, end: `${y}-12-31`, hours, meets: false });
  /** A period line in Spanish, held to the English one (label and text). */
  function line(facts: en.PeriodLineFacts, asOf: string) {
    const spanish = es.periodLineWords(facts, service, asOf);
    const english = en.periodLineWords(facts, service, asOf);
    parallel([spanish.text], [english.text]);
    expectParallelOrNull(spanish.label, english.label === null ? null : datesInWords(english.label));
    return spanish;
  }

  it("names periods: año del plan, período inicial, año de aniversario", () => {
    const anniversary = { kind: "anniversaryYear" as const, start: "2003-03-15", end: "2004-03-14" };
    expect(es.periodLabel(year(2003))).toBe("año del plan 2003");
    expect(es.periodLabel(initial)).toBe("período inicial del 15 de marzo de 2002 al 14 de marzo de 2003");
    expect(es.periodLabel(anniversary)).toBe("año de aniversario del 15 de marzo de 2003 al 14 de marzo de 2004");
    parallel([es.periodLabel(year(2003)), es.periodLabel(initial), es.periodLabel(anniversary)], [en.periodLabel(year(2003)), en.periodLabel(initial), en.periodLabel(anniversary)]);
  });

  it("a counted part-time period, qualifying or not", () => {
    const period = { kind: "planYear" as const, start: "2023-01-01", end: "2023-12-31", hours: 600, qualifies: true, run: 3 };
    const short = { ...period, start: "2024-01-01", end: "2024-12-31", hours: 499.5, qualifies: false, run: 0 };
    const one = { ...period, kind: "initial" as const, start: "2022-03-01", end: "2023-02-28", hours: 1, qualifies: false, run: 0 };
    const spanish = [es.partTimePeriodLine(period, SOS_PLAN), es.partTimePeriodLine(short, SOS_PLAN), es.partTimePeriodLine(one, SOS_PLAN)];
    expect(spanish).toEqual(["Año del plan 2023: 600 horas (500 o más; 3 seguidos).", "Año del plan 2024: 499.5 horas.", "Período inicial del 1 de marzo de 2022 al 28 de febrero de 2023: 1 hora."]);
    parallel(spanish, [en.partTimePeriodLine(period, SOS_PLAN), en.partTimePeriodLine(short, SOS_PLAN), en.partTimePeriodLine(one, SOS_PLAN)]);
  });

  it("a period that meets the requirement, one past and short, and the current one", () => {
    expect(line({ kind: "period", period: initial, current: false, closest: false }, "2004-06-30")).toEqual({
      label: "Período inicial del 15 de marzo de 2002 al 14 de marzo de 2003:",
      text: "1,000 de 1,000 horas: cumplido, así que el año de servicio se acredita el 15 de marzo de 2003.",
    });
    expect(line({ kind: "period", period: year(2003, 400), current: false, closest: true }, "2004-06-30").text).toBe("400 de 1,000 horas, le faltaron 600 (el que más se acercó).");
    expect(line({ kind: "period", period: year(2003, 999), current: false, closest: true }, "2004-06-30").text).toBe("999 de 1,000 horas, le faltó 1 (el que más se acercó).");
    // 1,000 − 250.5 = 749.5 still to go by the end of 2004.
    expect(line({ kind: "period", period: year(2004, 250.5), current: true, closest: true }, "2004-06-30")).toEqual({
      label: "Año del plan 2004:",
      text: "250.5 de 1,000 horas, le faltan 749.5 y tiene hasta el 31 de diciembre de 2004 (el período actual).",
    });
  });

  it("runs of periods with no hours", () => {
    const empty = (first: ComputationPeriod, last: ComputationPeriod, count: number) => line({ kind: "empty", first, last, count }, "2007-06-30");
    expect(empty(year(2004), year(2004), 1)).toEqual({ label: null, text: "Año del plan 2004: sin horas." });
    expect(empty(year(2004), year(2006), 3).text).toBe("Años del plan 2004 a 2006: sin horas.");
    expect(empty({ ...initial, hours: 0, meets: false }, year(2003), 2).text).toBe(
      "2 períodos, desde el período inicial del 15 de marzo de 2002 al 14 de marzo de 2003 hasta el año del plan 2003: sin horas.",
    );
  });

  it("a rehire's gap, with and without its last day and hours", () => {
    const gap = { from: "2016-07-01", to: "2023-01-08", lastDay: "2016-06-30", rehired: "2023-01-09", hours: 40 };
    expect(es.gapInWords(gap)).toBe("no trabajó del 1 de julio de 2016 al 8 de enero de 2023 (último día: 30 de junio de 2016; volvió a trabajar el 9 de enero de 2023)");
    parallel([es.gapInWords(gap)], [en.gapInWords(gap)]);
    expect(line({ kind: "gap", gap }, "2023-06-30")).toEqual({
      label: "Entre empleos:",
      text: "no trabajó del 1 de julio de 2016 al 8 de enero de 2023 (último día: 30 de junio de 2016; volvió a trabajar el 9 de enero de 2023). 40 horas tienen fecha en ese tiempo, y cuentan.",
    });
    expect(line({ kind: "gap", gap: { ...gap, hours: 1 } }, "2023-06-30").text).toMatch(/\. 1 hora tiene fecha en ese tiempo, y cuenta\.$/);
    expect(line({ kind: "gap", gap: { ...gap, from: null, lastDay: null, hours: 0 } }, "2023-06-30").text).toBe(
      "volvió a trabajar el 9 de enero de 2023 (no se indica su último día antes de eso). No hay horas en ese tiempo.",
    );
  });
});

describe("lib/words/es/eligibility: the long-term part-time finding for the one-employee answer", () => {
  /** Both languages for the same input; the Spanish returned once held to the English. */
  function inWords(input: EligibilityInput, plan = SOS_PLAN): string[] {
    const result = evaluate(input, plan);
    const spanish = es.partTimeInWords(result, input.asOf, plan);
    parallel(spanish, en.partTimeInWords(result, input.asOf, plan));
    return spanish;
  }
  const HOW = "3 períodos seguidos con 500 horas o más (se piden 3); el último, año del plan 2023";
  const NO_MATCH = "No recibe aportación de la empresa: el plan no la da a los empleados de medio tiempo con años de servicio.";

  it("a long-term part-time employee who may defer, and one who may from a later date", () => {
    expect(inWords(partTimer)).toEqual([
      `Puede aportar de su sueldo (aportación electiva) desde el 1 de enero de 2024 como empleado de medio tiempo con años de servicio (empleado a tiempo parcial a largo plazo): ${HOW}.`,
      NO_MATCH,
    ]);
    expect(inWords({ ...partTimeInput, asOf: "2023-12-31" })).toEqual([
      `Aún no al 31 de diciembre de 2023. Con las horas indicadas, podrá aportar de su sueldo como empleado de medio tiempo con años de servicio desde el 1 de enero de 2024: ${HOW}.`,
      NO_MATCH,
    ]);
    expect(inWords(partTimer, withOptions({ longTermPartTimeMatch: true }))[1]).toBe("También recibe la aportación de la empresa.");
  });

  it("an excluded HCE, and someone eligible to join (with and without a part-time date)", () => {
    expect(inWords({ ...partTimeInput, highlyCompensated: true })).toEqual([
      "Queda fuera por ser empleado con sueldo alto (HCE), así que la regla de los empleados de medio tiempo con años de servicio tampoco le permite aportar de su sueldo " +
        `(por sí sola, se cumpliría el 1 de enero de 2024: ${HOW}).`,
    ]);
    expect(inWords({ ...met, highlyCompensated: true })).toEqual([
      "Queda fuera por ser empleado con sueldo alto (HCE), así que la regla de los empleados de medio tiempo con años de servicio tampoco le permite aportar de su sueldo.",
    ]);
    expect(inWords(met)).toEqual(["Puede inscribirse en el plan al 30 de junio de 2003, así que la regla de los empleados de medio tiempo con años de servicio no se aplica ahora."]);
    // 600 hours in 2021 to 2023, 1,000 in 2024: eligible to join from 2025-01-01; the part-time rule was met 2024-01-01.
    const both = { ...partTimeInput, asOf: "2025-06-30", hours: [...partTimeInput.hours!, { date: "2024-06-30", hours: 1000 }] };
    expect(inWords(both)).toEqual([
      "Puede inscribirse en el plan al 30 de junio de 2025, así que la regla de los empleados de medio tiempo con años de servicio no se aplica ahora. (Se cumple el 1 de enero de 2024.)",
    ]);
  });

  it("not met: the rule's runs, the first counted period, and the latest counted period (a run of 1)", () => {
    const RUNS =
      "No se cumple con las horas indicadas: la regla pide períodos seguidos con 500 horas o más en cada uno " +
      "(3 seguidos para fechas desde el 1 de enero de 2024; luego 2 seguidos desde el 1 de enero de 2025), y solo cuentan los períodos que empiezan el 1 de enero de 2021 o después.";
    expect(inWords({ ...met, hours: [] })).toEqual([`${RUNS} Todavía no cuenta ningún período.`]);
    expect(inWords({ ...partTimeInput, asOf: "2023-06-30", hours: [{ date: "2023-01-31", hours: 600 }] })).toEqual([
      `${RUNS} El último período contado, año del plan 2023, tiene 600 horas, 1 seguido.`,
    ]);
  });

  it("Inteliant needs no hours; a plan that turns the rule off", () => {
    expect(inWords({ asOf: "2002-03-01", employer: "Inteliant", birthDate: "1970-01-01", employmentStartDate: "2002-01-01" })).toEqual([
      "La regla de los empleados de medio tiempo con años de servicio es para quienes necesitan horas para inscribirse; los empleados de Inteliant Corporation no necesitan ninguna.",
    ]);
    const off = withOptions({ longTermPartTime: "off" });
    const result = evaluate(met, off);
    expect(es.partTimeInWords(result, met.asOf, off)).toEqual(["El plan no aplica la regla de los empleados de medio tiempo con años de servicio."]);
    expect(es.partTimeInWords(result, met.asOf, off)).not.toEqual(en.partTimeInWords(result, met.asOf, off));
  });
});
