/**
 * The contribution limit in Spanish (lib/words/es/contribution.ts) against the English
 * (lib/words/en/contribution.ts): the same facts as contribution-words.test.ts, each Spanish
 * sentence written by hand from docs/glossary-es.md; the same number of sentences in the same
 * order as English, none of them the English one, and every figure of the English sentence (an
 * English date as es-US writes it) in the Spanish one.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { contributionLimit, type ContributionInput } from "@/lib/rules/contribution";
import * as enContribution from "@/lib/words/en/contribution";
import * as esContribution from "@/lib/words/es/contribution";
import { expectParallel, expectParallelOrNull, figures, missingFigures } from "./words-es-figures";

// Type-level: the Spanish module can stand wherever the English one is used.
const contributionCheck: typeof enContribution = esContribution;

const withCatchUp = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, catchUp: true } });
const COLA = 'IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions"';
const deferralLimit2002 = `El máximo que el IRS permite aportar de su sueldo en 2002 es $11,000.00: el límite de aportaciones electivas (IRC 402(g); ${COLA}, columna de 2002).`;

const explain = (input: ContributionInput, plan = SOS_PLAN) => {
  const result = contributionLimit(input, plan);
  const es = esContribution.contributionExplanation(result, plan);
  expectParallel(es, enContribution.contributionExplanation(result, plan));
  return es;
};

describe("the figure check itself", () => {
  it("finds an English date as es-US writes it, and a figure that is missing", () => {
    expect(figures("Age 55 by December 31, 2002: $1,000.00 (15%).")).toEqual(["55", "31 de diciembre de 2002", "$1,000.00", "15%"]);
    expect(missingFigures("Al 31 de diciembre de 2002 tiene 55 años: $1,000.00 (15%).", "Age 55 by December 31, 2002: $1,000.00 (15%).")).toEqual([]);
    expect(missingFigures("Al 31 de diciembre de 2002: $1,000.00.", "Age 55 by December 31, 2002: $1,000.00, then $1,000.00 (15%).")).toEqual(["55", "$1,000.00", "15%"]);
  });
});

describe("the contribution limit's explanation in Spanish", () => {
  it("the type check above stands for the module it names", () => {
    expect(contributionCheck.contributionExplanation).toBe(esContribution.contributionExplanation);
  });

  it("2002, $250,000 at 20%: pay capped at 200,000, 402(g) binds, 29,000 over", () => {
    const result = contributionLimit({ planYear: 2002, compensation: new Dec("250000"), deferralPercent: 20 }, SOS_PLAN);
    expect(explain({ planYear: 2002, compensation: new Dec("250000"), deferralPercent: 20 })).toEqual([
      `El sueldo que se cuenta (compensación) tiene un tope de $200,000.00 en 2002 (IRC 401(a)(17); ${COLA}, columna de 2002).`,
      "El plan le permite aportar hasta el 15% de su sueldo: el 15% de $200,000.00 es $30,000.00. (11-K Note 1.B)",
      deferralLimit2002,
      "El límite del IRS es menor que el tope del 15% del plan, así que es el que cuenta.",
      "El 20% de $200,000.00 es $40,000.00, $29,000.00 más que el máximo de $11,000.00; solo puede aportar $11,000.00.",
    ]);
    expect(esContribution.limitsNote(result)).toBeNull();
  });

  it("catch-up on, $1,000 of pay, age 55, 100%: the 15% cap binds, catch-up applies, pay limits the deferral", () => {
    expect(explain({ planYear: 2002, compensation: new Dec("1000"), birthDate: "1947-01-01", deferralPercent: 100 }, withCatchUp)).toEqual([
      "El plan le permite aportar hasta el 15% de su sueldo: el 15% de $1,000.00 es $150.00. (11-K Note 1.B)",
      deferralLimit2002,
      "El tope del 15% del plan es el menor de los dos (o son iguales), así que es el que cuenta.",
      "Al 31 de diciembre de 2002 tiene 55 años: se suma la aportación adicional desde los 50 años (aportación para ponerse al día), $1,000.00 (IRC 414(v)).",
      "Su aportación nunca puede ser mayor que su sueldo, $1,000.00.",
    ]);
  });

  it("catch-up on, 2030, age 40: no catch-up, and the 2026 limits carried forward", () => {
    const input = { planYear: 2030, compensation: new Dec("40000"), birthDate: "1990-01-01" };
    const note = "Los límites del IRS para 2030 aún no están en la tabla; se usan los de 2026.";
    expect(explain(input, withCatchUp)).toEqual([
      "El plan le permite aportar hasta el 15% de su sueldo: el 15% de $40,000.00 es $6,000.00. (11-K Note 1.B)",
      `El máximo que el IRS permite aportar de su sueldo en 2030 es $24,500.00: el límite de aportaciones electivas (IRC 402(g); ${COLA}, columna de 2026; IRS Notice 2025-67).`,
      "El tope del 15% del plan es el menor de los dos (o son iguales), así que es el que cuenta.",
      "Al 31 de diciembre de 2030 tiene 40 años: todavía no puede hacer la aportación adicional desde los 50 años.",
      note,
    ]);
    const result = contributionLimit(input, withCatchUp);
    expect(esContribution.limitsNote(result)).toBe(note);
    expect(esContribution.limitsNote(result)).not.toBe(enContribution.limitsNote(result));
  });

  it("catch-up on without a birth date: the sentence says it needs one; catch-up off: no catch-up sentence", () => {
    expect(explain({ planYear: 2002, compensation: new Dec("40000") }, withCatchUp)[3]).toBe(
      "Para saber si le toca la aportación adicional desde los 50 años, falta su fecha de nacimiento.",
    );
    expect(explain({ planYear: 2002, compensation: new Dec("40000") })).toHaveLength(3);
  });

  it("api-v1's example, 20% of $80,000 in 2002: 402(g) binds, 5,000 over", () => {
    expect(explain({ planYear: 2002, compensation: new Dec("80000"), deferralPercent: 20 })).toEqual([
      "El plan le permite aportar hasta el 15% de su sueldo: el 15% de $80,000.00 es $12,000.00. (11-K Note 1.B)",
      deferralLimit2002,
      "El límite del IRS es menor que el tope del 15% del plan, así que es el que cuenta.",
      "El 20% de $80,000.00 es $16,000.00, $5,000.00 más que el máximo de $11,000.00; solo puede aportar $11,000.00.",
    ]);
  });
});

describe("the participant page's warning in Spanish", () => {
  const warn = (input: ContributionInput, plan = SOS_PLAN) => {
    const result = contributionLimit(input, plan);
    const es = esContribution.overLimitWarning(result);
    const en = enContribution.overLimitWarning(result);
    expectParallelOrNull(es, en);
    return es;
  };

  it("100% of $1,000 with catch-up: above the 15% cap though nothing is over the maximum", () => {
    expect(warn({ planYear: 2002, compensation: new Dec("1000"), birthDate: "1947-01-01", deferralPercent: 100 }, withCatchUp)).toBe(
      "El 100% pasa del tope del 15% del plan: el 100% de $1,000.00 es $1,000.00, pero en 2002 puede aportar como máximo $1,000.00. Lo permitido es $1,000.00 ($0.00 de más); los próximos años se calculan con esa cantidad.",
    );
  });

  it("15% of $100,000 in 2002: at the cap but 4,000 over 402(g); 10% of $40,000 or no % asked: no warning", () => {
    expect(warn({ planYear: 2002, compensation: new Dec("100000"), deferralPercent: 15 })).toBe(
      "El 15% pasa del límite en dólares de 2002: el 15% de $100,000.00 es $15,000.00, pero en 2002 puede aportar como máximo $11,000.00. Lo permitido es $11,000.00 ($4,000.00 de más); los próximos años se calculan con esa cantidad.",
    );
    expect(warn({ planYear: 2002, compensation: new Dec("40000"), deferralPercent: 10 })).toBeNull();
    expect(warn({ planYear: 2002, compensation: new Dec("40000") })).toBeNull();
  });
});

describe("the participant page's figures in Spanish", () => {
  const binding = (input: ContributionInput, plan = SOS_PLAN) => {
    const result = contributionLimit(input, plan);
    expectParallelOrNull(esContribution.bindingLimitName(result), enContribution.bindingLimitName(result));
    return esContribution.bindingLimitName(result);
  };

  it("the limit that binds: the plan's cap, 402(g), or pay itself", () => {
    expect(binding({ planYear: 2002, compensation: new Dec("40000") })).toBe("el tope del 15% del plan");
    expect(binding({ planYear: 2002, compensation: new Dec("80000") })).toBe("el límite del IRS para su aportación (402(g))");
    expect(binding({ planYear: 2002, compensation: new Dec("1000"), birthDate: "1947-01-01" }, withCatchUp)).toBe("su propio sueldo");
  });

  it("the year note says catch-up is not modelled only where the plan has none", () => {
    const result = contributionLimit({ planYear: 2003, compensation: new Dec("40000") }, SOS_PLAN);
    const year = "Para 2003, el primer año del plan después de la fecha del cálculo: el año del sueldo que usted escribió.";
    expect(esContribution.limitYearNote(result, SOS_PLAN)).toBe(`${year} No se calcula la aportación adicional desde los 50 años: el 11-K no la menciona.`);
    expect(esContribution.limitYearNote(result, withCatchUp)).toBe(year);
    expectParallel(
      [esContribution.limitYearNote(result, SOS_PLAN), esContribution.limitYearNote(result, withCatchUp)],
      [enContribution.limitYearNote(result, SOS_PLAN), enContribution.limitYearNote(result, withCatchUp)],
    );
  });
});
