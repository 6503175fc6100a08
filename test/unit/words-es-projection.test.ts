/**
 * The years ahead in Spanish (lib/words/es/projection.ts) against the English
 * (lib/words/en/projection.ts): the same facts as projection-words.test.ts, each Spanish sentence
 * written by hand from docs/glossary-es.md, parallel to the English (test/unit/words-es-figures.ts).
 */
import { describe, expect, it } from "vitest";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { project, type ProjectionInput } from "@/lib/rules/projection";
import * as enProjection from "@/lib/words/en/projection";
import * as esProjection from "@/lib/words/es/projection";
import { expectParallel, expectParallelOrNull } from "./words-es-figures";
import { PROJECTION_BASE } from "./cases";

// Type-level: the Spanish module can stand wherever the English one is used.
const projectionCheck: typeof enProjection = esProjection;

const base: ProjectionInput = PROJECTION_BASE;

const ASSUMPTIONS_2003 = [
  "El año 1 es 2003, el año del plan después de la fecha del cálculo. Su sueldo sube un 3% al año; su aportación es el 10% del sueldo que se cuenta, nunca más que el máximo que puede aportar ese año. (11-K Note 1.B)",
  "La aportación de la empresa (aportación equivalente del empleador) es el 26.2% de su aportación, reducida si hace falta para que la suma de las dos no pase del límite IRC 415(c) ni del 100% de su sueldo. La empresa decide si la da y cuánto: esto es un supuesto, no una promesa. (11-K Note 1.B, Note 1.G; statement of changes in net assets, 2002)",
  "Cada saldo gana un 6% al año; las aportaciones entran poco a poco durante el año, así que en su primer año ganan solo medio año de rendimiento.",
  "Cada año se suma un año de servicio (se supone un año de tiempo completo, con 1,000 horas o más); en cada fila, el porcentaje que ya es suyo se calcula con los años de servicio al final de ese año. (11-K Note 1.D)",
];

const explain = (input: ProjectionInput) => {
  const result = project(input, SOS_PLAN);
  const es = esProjection.projectionExplanation(result, SOS_PLAN);
  expectParallel(es, enProjection.projectionExplanation(result, SOS_PLAN));
  expectParallelOrNull(esProjection.projectionLimitsNote(result), enProjection.projectionLimitsNote(result));
  return { es, note: esProjection.projectionLimitsNote(result) };
};

describe("the projection's explanation in Spanish", () => {
  it("the type check above stands for the module it names", () => {
    expect(projectionCheck.projectionExplanation).toBe(esProjection.projectionExplanation);
  });

  it("as of 2002-12-31: year 1 is 2003, the rates as given, every year in the limits table", () => {
    expect(explain(base)).toEqual({ es: ASSUMPTIONS_2003, note: null });
  });

  it("as of 2025-12-31 for 2 years: 2026 is in the table, 2027 is not", () => {
    const note = "Los límites del IRS se conocen hasta 2026; desde 2027 se usan los de 2026.";
    const { es, note: limitsNote } = explain({ ...base, asOf: "2025-12-31", years: 2 });
    expect(limitsNote).toBe(note);
    expect(es).toEqual([
      "El año 1 es 2026, el año del plan después de la fecha del cálculo. Su sueldo sube un 3% al año; su aportación es el 10% del sueldo que se cuenta, nunca más que el máximo que puede aportar ese año. (11-K Note 1.B)",
      ...ASSUMPTIONS_2003.slice(1),
      note,
    ]);
  });

  it("as of 2029-12-31: the note starts from 2030, the first year projected", () => {
    expect(explain({ ...base, asOf: "2029-12-31", birthDate: "1990-07-04", years: 1 }).note).toBe(
      "Los límites del IRS se conocen hasta 2026; desde 2030 se usan los de 2026.",
    );
  });

  it("the hours of a year of service are the plan's", () => {
    const plan = { ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, hoursCounting: { ...SOS_PLAN.vesting.hoursCounting, yearOfService: { ...SOS_PLAN.vesting.hoursCounting.yearOfService, hours: 1200 } } } };
    const result = project(base, SOS_PLAN);
    const es = esProjection.projectionExplanation(result, plan);
    expect(es[3]).toContain("con 1,200 horas o más");
    expectParallel(es, enProjection.projectionExplanation(result, plan));
  });
});

describe("the participant page's years ahead in Spanish", () => {
  it("how the part that is yours is worked out", () => {
    const es = esProjection.vestedRowSentence(SOS_PLAN);
    expect(es).toBe(
      "La parte que ya es suya (derechos adquiridos) = sus aportaciones + el dinero que trajo de otro plan + el saldo de la aportación de la empresa × el porcentaje que ya es suyo ese año, redondeado al centavo (medio centavo sube); lo que perdería = el resto del saldo de la aportación de la empresa. (11-K Note 1.D)",
    );
    expectParallel([es], [enProjection.vestedRowSentence(SOS_PLAN)]);
  });

  it("today's dollars, with the rate given", () => {
    expect(esProjection.todaysDollarsSentence(2.5)).toBe(
      "En dólares de hoy, cada cifra de fin de año se divide entre (1 + 2.5%) por cada año después del año de la fecha del cálculo.",
    );
    expectParallel([esProjection.todaysDollarsSentence(2.5)], [enProjection.todaysDollarsSentence(2.5)]);
    expectParallel([esProjection.todaysDollarsSentence(3)], [enProjection.todaysDollarsSentence(3)]);
  });

  it("the 415(c) footnote", () => {
    expect(esProjection.matchReducedFootnote()).toBe(
      "* Aportación de la empresa reducida para que, sumada a su aportación, no pase del límite IRC 415(c) ni del 100% de su sueldo.",
    );
    expectParallel([esProjection.matchReducedFootnote()], [enProjection.matchReducedFootnote()]);
  });
});
