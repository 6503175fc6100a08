/**
 * The ADP and ACP tests in Spanish (lib/words/es/nondiscrimination.ts) against the English
 * (lib/words/en/nondiscrimination.ts): results built as test/unit/nondiscrimination.test.ts and
 * nondiscrimination-words.test.ts build them (the worked example of plan-rules §9, one NHCE at
 * n, a failed ACP test), each expected sentence written by hand from docs/glossary-es.md
 * ("empleado con sueldo alto (HCE)", "aportación de la empresa", "devolución de aportaciones en
 * exceso", "prueba de no discriminación", "año del plan"). Figures as in English; dates as es-US writes them.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { definePlan, type PlanOptions } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { testNondiscrimination, type CensusEmployee, type NondiscriminationInput, type NondiscriminationResult } from "@/lib/rules/nondiscrimination";
import * as en from "@/lib/words/en/nondiscrimination";
import * as es from "@/lib/words/es/nondiscrimination";
import { expectSpanishListOf, expectSpanishOf } from "./words-es-figures";

/** Dollars as cents, written as text so no float is involved: "235.80" → 23580. */
const c = (dollars: string) => Number(new Dec(dollars).times(100).toFixed(0));
const person = (id: string, compensation: string, deferrals: string, match = "0", more: Partial<CensusEmployee> = {}): CensusEmployee => ({
  id, employer: "Inteliant", highlyCompensated: false, compensationCents: c(compensation), deferralsCents: c(deferrals), matchCents: c(match), ...more,
});
const hce = (id: string, compensation: string, deferrals: string, match = "0", more: Partial<CensusEmployee> = {}) => person(id, compensation, deferrals, match, { highlyCompensated: true, ...more });
const run = (employees: CensusEmployee[], more: Partial<NondiscriminationInput> = {}, plan = SOS_PLAN) => testNondiscrimination({ planYear: 2002, employees, ...more }, plan);
const withOptions = (options: Partial<PlanOptions>) => definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ...options } });

/** The worked example of plan-rules §9: matches are 26.2% of deferrals. */
const WORKED = [
  person("N1", "30000", "900", "235.80"),
  person("N2", "40000", "1600", "419.20"),
  person("N3", "25000", "0"),
  person("N4", "50000", "2500", "655.00"),
  hce("H1", "80000", "8000", "2096.00"),
  hce("H2", "300000", "11000", "2882.00"),
  hce("H3", "150000", "3000", "786.00"),
];
const SOS_PEOPLE = [person("S1", "40000", "800", "0", { employer: "SOS" }), hce("S2", "150000", "11000", "0", { employer: "SOS" })];
/** Two NHCEs at 5.00% deferred and 0.50% match; one HCE at 8.00% and 4.00%: both tests fail. */
const NHCES = [person("N1", "50000", "2500", "250"), person("N2", "50000", "2500", "250")];
const COMBINED = withOptions({ testingLines: "combined" });

const worked = run(WORKED);
const [inteliant] = worked.lines;

describe("lib/words/es/nondiscrimination: the verdict", () => {
  it("a failed ADP test and a passed ACP test of the worked example (5.83% against 5.00%; 1.44% against 1.58%)", () => {
    expect(es.verdictSentence(inteliant!, "ADP", worked, SOS_PLAN)).toBe(
      "Inteliant no pasa la prueba de no discriminación ADP: los empleados con sueldo alto (HCE) aportaron en promedio el 5.83% de su sueldo; el límite es el 5.00%.",
    );
    expect(es.verdictSentence(inteliant!, "ACP", worked, SOS_PLAN)).toBe(
      "Inteliant pasa la prueba de no discriminación ACP: los empleados con sueldo alto (HCE) recibieron en promedio una aportación de la empresa del 1.44% de su sueldo; el límite es el 1.58%.",
    );
  });

  it("the SOS line counts no HCE: it passes, and says why (its HCEs are excluded from the plan)", () => {
    const result = run([...SOS_PEOPLE, ...WORKED]);
    const [sos] = result.lines;
    expect(es.verdictSentence(sos!, "ADP", result, SOS_PLAN)).toBe(
      "SOS pasa la prueba de no discriminación ADP: no incluye a ningún empleado con sueldo alto (HCE), así que nadie puede tener una aportación demasiado alta. " +
        "Los empleados con sueldo alto de SOS Staffing o sus filiales quedan fuera del plan (11-K Note 1.A): no pueden inscribirse, así que no entran en las pruebas.",
    );
    expect(es.verdictSentence(sos!, "ACP", result, SOS_PLAN)).toBe(
      "SOS pasa la prueba de no discriminación ACP: no incluye a ningún empleado con sueldo alto (HCE), así que nadie puede tener una aportación de la empresa demasiado alta. " +
        "Los empleados con sueldo alto de SOS Staffing o sus filiales quedan fuera del plan (11-K Note 1.A): no pueden inscribirse, así que no entran en las pruebas.",
    );
  });

  it("the combined line is said as El plan, not by its name Plan", () => {
    const result = run([...SOS_PEOPLE, ...WORKED], {}, COMBINED);
    expect(es.verdictSentence(result.lines[0]!, "ADP", result, COMBINED)).toBe(
      "El plan no pasa la prueba de no discriminación ADP: los empleados con sueldo alto (HCE) aportaron en promedio el 5.83% de su sueldo; el límite es el 4.80%.",
    );
  });
});

describe("lib/words/es/nondiscrimination: why a line counts no HCE", () => {
  it("its employers exclude them (SOS), or none was in the census (Inteliant)", () => {
    const sos = run(SOS_PEOPLE).lines[0]!;
    expect(es.noHceReason(sos, SOS_PLAN)).toBe(
      "Los empleados con sueldo alto de SOS Staffing o sus filiales quedan fuera del plan (11-K Note 1.A): no pueden inscribirse, así que no entran en las pruebas.",
    );
    const alone = run([person("N", "100000", "2010")]).lines[0]!;
    expect(es.noHceReason(alone, SOS_PLAN)).toBe("Nadie en esta línea fue empleado con sueldo alto en el año del plan.");
    expectSpanishOf(en.noHceReason(sos, SOS_PLAN), es.noHceReason(sos, SOS_PLAN));
    expect(es.noHceReason(alone, SOS_PLAN)).not.toBe(en.noHceReason(alone, SOS_PLAN));
  });
});

describe("lib/words/es/nondiscrimination: how the limit came from the other employees' figure", () => {
  /** One Inteliant NHCE paid $100,000 who deferred `deferrals`: n = deferrals ÷ 1,000 percent. */
  const limitAt = (deferrals: string, more: Partial<NondiscriminationInput> = {}) => {
    const result = run([person("N", "100000", deferrals)], more);
    return [es.limitSentence(result.lines[0]!.adp, "ADP", result, SOS_PLAN), en.limitSentence(result.lines[0]!.adp, "ADP", result, SOS_PLAN)] as const;
  };

  it("n = 2.00: the two alternative ways are equal", () => {
    expect(limitAt("2000")[0]).toBe(
      "Los demás empleados aportaron en promedio el 2.00% de su sueldo, así que el límite es el 4.00%: 2 veces el 2.00%, que es igual al 2.00% más 2 puntos; de las dos formas, se usa la que permite más (IRC 401(k)(3); Treas. Reg. 1.401(k)-2).",
    );
  });

  it("n = 1.99: 2 × 1.99 = 3.98 is less than 1.99 + 2 = 3.99", () => {
    expect(limitAt("1990")[0]).toBe(
      "Los demás empleados aportaron en promedio el 1.99% de su sueldo, así que el límite es el 3.98%: 2 veces el 1.99%, que es menos que el 1.99% más 2 puntos; de las dos formas, se usa la que permite más (IRC 401(k)(3); Treas. Reg. 1.401(k)-2).",
    );
  });

  it("n = 2.01: 2.01 + 2 = 4.01 is less than 2 × 2.01 = 4.02", () => {
    expect(limitAt("2010")[0]).toBe(
      "Los demás empleados aportaron en promedio el 2.01% de su sueldo, así que el límite es el 4.01%: el 2.01% más 2 puntos, que es menos que 2 veces el 2.01%; de las dos formas, se usa la que permite más (IRC 401(k)(3); Treas. Reg. 1.401(k)-2).",
    );
  });

  it("n = 10.00: the basic way, 1.25 × 10.00 = 12.50", () => {
    expect(limitAt("10000")[0]).toBe(
      "Los demás empleados aportaron en promedio el 10.00% de su sueldo, así que el límite es el 12.50%: 1.25 veces el 10.00%; de las dos formas, se usa la que permite más (IRC 401(k)(3); Treas. Reg. 1.401(k)-2).",
    );
  });

  it("the ACP, prior-year: in 2001 the other employees' match was 1.00%, so the limit is 2.00%", () => {
    const result = run(WORKED, { method: "prior-year", priorYear: { Inteliant: { nhceAdp: 4, nhceAcp: 1 } } });
    expect(es.limitSentence(result.lines[0]!.acp, "ACP", result, SOS_PLAN)).toBe(
      "En 2001 los demás empleados recibieron en promedio una aportación de la empresa del 1.00% de su sueldo, así que el límite es el 2.00%: 2 veces el 1.00%, que es menos que el 1.00% más 2 puntos; de las dos formas, se usa la que permite más (IRC 401(m)(2); Treas. Reg. 1.401(m)-2).",
    );
  });

  it.each([["2000"], ["1990"], ["2010"], ["10000"], ["8330"]])("n from %s of $100,000: not the English, every figure kept", (deferrals) => {
    const [spanish, english] = limitAt(deferrals);
    expectSpanishOf(english, spanish);
  });
});

describe("lib/words/es/nondiscrimination: the correction of a failed test", () => {
  it("a passed test has none", () => {
    expect(es.correctionSentences(inteliant!.acp, "ACP", worked, SOS_PLAN)).toEqual([]);
  });

  it("the worked example's ADP: leveled to 7.50%, $2,000.00 refunded to 1 HCE, $524.00 of match forfeited", () => {
    expect(es.correctionSentences(inteliant!.adp, "ADP", worked, SOS_PLAN)).toEqual([
      "Para corregirlo, los porcentajes más altos se bajan al 7.50% hasta que el promedio cumple el límite: $2,000.00 de aportaciones en exceso en total (Treas. Reg. 1.401(k)-2(b)(2)).",
      "Esa cantidad se toma primero de las aportaciones más grandes, no de los porcentajes más altos: 1 empleado con sueldo alto recibe una devolución de aportaciones en exceso.",
      "La aportación de la empresa sobre las aportaciones devueltas se pierde con ellas: $524.00 (Treas. Reg. 1.411(a)-4(b)(7)).",
    ]);
  });

  it("two HCEs refunded: plural; without forfeitMatchOnRefund, no sentence on the match", () => {
    // NHCE 3.00 → limit 5.00; HCEs 10.00, 9.00, 2.00 level to 6.50: $4,250.00 from H2 and H1 (plan-rules §9, "two rates capped").
    const plan = withOptions({ forfeitMatchOnRefund: false });
    const result = run([person("N", "100000", "3000"), hce("H1", "50000", "5000"), hce("H2", "100000", "9000"), hce("H3", "100000", "2000")], {}, plan);
    expect(es.correctionSentences(result.lines[0]!.adp, "ADP", result, plan)).toEqual([
      "Para corregirlo, los porcentajes más altos se bajan al 6.50% hasta que el promedio cumple el límite: $4,250.00 de aportaciones en exceso en total (Treas. Reg. 1.401(k)-2(b)(2)).",
      "Esa cantidad se toma primero de las aportaciones más grandes, no de los porcentajes más altos: 2 empleados con sueldo alto reciben una devolución de aportaciones en exceso.",
    ]);
  });

  it("a failed ACP test: the excess match is paid out, or lost where not yet the person's; its rule, not the ADP's", () => {
    // One NHCE and one HCE at $100,000, both deferring 3.00%; match 1.00% and 4.00%: the ACP limit 2.00, excess $2,000.00.
    const result = run([person("N", "100000", "3000", "1000"), hce("H", "100000", "3000", "4000")]);
    expect(es.correctionSentences(result.lines[0]!.acp, "ACP", result, SOS_PLAN)).toEqual([
      "Para corregirlo, los porcentajes más altos se bajan al 2.00% hasta que el promedio cumple el límite: $2,000.00 de aportación de la empresa en exceso en total (Treas. Reg. 1.401(m)-2(b)(2)).",
      "Esa cantidad se toma primero de las aportaciones de la empresa más grandes, no de los porcentajes más altos: 1 empleado con sueldo alto tiene aportación de la empresa en exceso, que se le paga, o se pierde en la parte que aún no es suya (Treas. Reg. 1.401(m)-2(b)(2)).",
      "Esta calculadora calcula el exceso de cada persona, no cuánto de ese exceso ya es suyo: esa división la hace el administrador del plan.",
    ]);
  });

  it("two HCEs with excess match: se les paga", () => {
    const result = run([person("N", "100000", "3000", "1000"), hce("H", "100000", "3000", "4000"), hce("H2", "100000", "3000", "4000")]);
    expect(es.correctionSentences(result.lines[0]!.acp, "ACP", result, SOS_PLAN)[1]).toBe(
      "Esa cantidad se toma primero de las aportaciones de la empresa más grandes, no de los porcentajes más altos: 2 empleados con sueldo alto tienen aportación de la empresa en exceso, que se les paga, o se pierde en la parte que aún no es suya (Treas. Reg. 1.401(m)-2(b)(2)).",
    );
  });

  it("failed only once rounded: nothing to take back", () => {
    // 1.25 × 8.34 = 10.425; (10.42 + 10.43) ÷ 2 = 10.425 rounds to 10.43: fails, yet at the limit exactly.
    const result = run([person("N", "100000", "8340"), hce("H1", "100000", "10420"), hce("H2", "100000", "10430")]);
    expect(es.correctionSentences(result.lines[0]!.adp, "ADP", result, SOS_PLAN)).toEqual([
      "Antes de redondear su promedio, los porcentajes de los empleados con sueldo alto están dentro del límite, así que bajarlos al límite no quita nada: el exceso es $0.00.",
    ]);
  });
});

describe("lib/words/es/nondiscrimination: deadlines, earnings, who is not counted", () => {
  it("the 2002 tests' deadlines: 15 de marzo and 31 de diciembre de 2003", () => {
    expect(es.deadlineSentences(worked, SOS_PLAN)).toEqual([
      "A más tardar el 15 de marzo de 2003: si las devoluciones se pagan para ese día, la empresa no paga un impuesto especial sobre el exceso (IRC 4979(f)).",
      "A más tardar el 31 de diciembre de 2003: es el último día para corregir las pruebas de 2002 sin poner en riesgo la calificación fiscal del plan (Treas. Reg. 1.401(k)-2(b)(5)(i)).",
    ]);
    expectSpanishListOf(en.deadlineSentences(worked, SOS_PLAN), es.deadlineSentences(worked, SOS_PLAN));
  });

  it("the refunds' earnings", () => {
    expect(es.earningsSentence()).toBe("Cada devolución lleva también las ganancias que produjo, que esta calculadora no calcula; súmelas antes de pagar.");
    expectSpanishOf(en.earningsSentence(), es.earningsSentence(), false);
  });

  it("an excluded HCE of SOS, and a long-term part-time employee", () => {
    expect(es.notCountedSentence("excluded-hce", SOS_PLAN)).toBe(
      "Empleado con sueldo alto (HCE): el plan deja fuera a los empleados con sueldo alto de SOS Staffing o sus filiales (11-K Note 1.A); no puede inscribirse, así que no entra en las pruebas.",
    );
    expect(es.notCountedSentence("long-term-part-time", SOS_PLAN)).toBe(
      "Empleado de medio tiempo con años de servicio: el plan no lo cuenta en las pruebas (IRC 401(k)(15)(B)(i)).",
    );
    for (const reason of ["excluded-hce", "long-term-part-time"] as const) expectSpanishOf(en.notCountedSentence(reason, SOS_PLAN), es.notCountedSentence(reason, SOS_PLAN));
  });

  it("a plan whose employers exclude no HCE still says the sentence, citing eligibility", () => {
    const plan = definePlan({ ...SOS_PLAN, employers: SOS_PLAN.employers.map((employer) => ({ ...employer, excludesHighlyCompensated: false })) });
    expect(es.notCountedSentence("excluded-hce", plan)).toBe(
      "Empleado con sueldo alto (HCE): el plan deja fuera a los empleados con sueldo alto (11-K Note 1.A); no puede inscribirse, así que no entra en las pruebas.",
    );
  });
});

describe("lib/words/es/nondiscrimination: a line's explanation", () => {
  it("the worked example, sentence for sentence", () => {
    expect(es.lineExplanation(inteliant!, worked, SOS_PLAN)).toEqual([
      "Inteliant no pasa la prueba de no discriminación ADP: los empleados con sueldo alto (HCE) aportaron en promedio el 5.83% de su sueldo; el límite es el 5.00%.",
      "Los demás empleados aportaron en promedio el 3.00% de su sueldo, así que el límite es el 5.00%: el 3.00% más 2 puntos, que es menos que 2 veces el 3.00%; de las dos formas, se usa la que permite más (IRC 401(k)(3); Treas. Reg. 1.401(k)-2).",
      "Para corregirlo, los porcentajes más altos se bajan al 7.50% hasta que el promedio cumple el límite: $2,000.00 de aportaciones en exceso en total (Treas. Reg. 1.401(k)-2(b)(2)).",
      "Esa cantidad se toma primero de las aportaciones más grandes, no de los porcentajes más altos: 1 empleado con sueldo alto recibe una devolución de aportaciones en exceso.",
      "La aportación de la empresa sobre las aportaciones devueltas se pierde con ellas: $524.00 (Treas. Reg. 1.411(a)-4(b)(7)).",
      "Inteliant pasa la prueba de no discriminación ACP: los empleados con sueldo alto (HCE) recibieron en promedio una aportación de la empresa del 1.44% de su sueldo; el límite es el 1.58%.",
      "Los demás empleados recibieron en promedio una aportación de la empresa del 0.79% de su sueldo, así que el límite es el 1.58%: 2 veces el 0.79%, que es menos que el 0.79% más 2 puntos; de las dos formas, se usa la que permite más (IRC 401(m)(2); Treas. Reg. 1.401(m)-2).",
      "A más tardar el 15 de marzo de 2003: si las devoluciones se pagan para ese día, la empresa no paga un impuesto especial sobre el exceso (IRC 4979(f)).",
      "A más tardar el 31 de diciembre de 2003: es el último día para corregir las pruebas de 2002 sin poner en riesgo la calificación fiscal del plan (Treas. Reg. 1.401(k)-2(b)(5)(i)).",
      "Cada devolución lleva también las ganancias que produjo, que esta calculadora no calcula; súmelas antes de pagar.",
    ]);
  });

  it("a line that passes both tests has no deadlines", () => {
    const result = run(WORKED, { method: "prior-year", priorYear: { Inteliant: { nhceAdp: 4, nhceAcp: 1 } } });
    expect(es.lineExplanation(result.lines[0]!, result, SOS_PLAN)).toHaveLength(4);
  });

  const results: [string, NondiscriminationResult, typeof SOS_PLAN][] = [
    ["the worked example", worked, SOS_PLAN],
    ["with the SOS line", run([...SOS_PEOPLE, ...WORKED]), SOS_PLAN],
    ["both tests failed, match forfeited", run([...NHCES, hce("H", "100000", "8000", "4000")]), SOS_PLAN],
    ["failed on rounding", run([person("N", "100000", "8340"), hce("H1", "100000", "10420"), hce("H2", "100000", "10430")]), SOS_PLAN],
    ["prior-year", run(WORKED, { method: "prior-year", priorYear: { Inteliant: { nhceAdp: 4, nhceAcp: 1 } } }), SOS_PLAN],
    ["combined", run([...SOS_PEOPLE, ...WORKED], {}, COMBINED), COMBINED],
    ["2024, a long-term part-time employee left out", run([person("P", "20000", "2000", "0", { longTermPartTime: true }), person("N", "50000", "1500"), hce("H", "100000", "5000")], { planYear: 2024 }), SOS_PLAN],
  ];

  it.each(results)("%s: as many sentences as the English, each not the English, every figure kept", (_name, result, plan) => {
    for (const line of result.lines) {
      expectSpanishListOf(en.lineExplanation(line, result, plan), es.lineExplanation(line, result, plan));
    }
  });
});
