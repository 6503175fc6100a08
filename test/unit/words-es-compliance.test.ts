/**
 * The compliance reasoning in Spanish (lib/words/es/compliance.ts) against the English
 * (lib/words/en/compliance.ts): findings built as test/unit/compliance.test.ts builds them, each
 * expected sentence written by hand from docs/glossary-es.md ("cuánto … ya es suyo", "adquisición
 * de derechos", "aportación de la empresa", "año del plan", "administrador del plan").
 */
import { describe, expect, it } from "vitest";
import { definePlan, type VestingStep } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { vestingComplianceFinding } from "@/lib/rules/compliance";
import * as en from "@/lib/words/en/compliance";
import * as es from "@/lib/words/es/compliance";
import { expectSpanishListOf } from "./words-es-figures";

const planWith = (schedule: VestingStep[]) => definePlan({ ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, schedule } });

const SOS_SCHEDULE =
  "Cuánto de la aportación de la empresa ya es suyo (adquisición de derechos) depende de los años de servicio: menos de 3 años 0%, 3 años 50%, 4 años 75%, 5 años o más 100%. (11-K Note 1.D)";

describe("lib/words/es/compliance: the finding's reasoning", () => {
  it("2001: the pre-2002 minimums, both met, sentence for sentence", () => {
    expect(es.complianceReasoning(vestingComplianceFinding(SOS_PLAN, 2001), SOS_PLAN)).toEqual([
      SOS_SCHEDULE,
      "Para el año del plan 2001, el mínimo lo fija IRC 411(a)(2) tal como regía antes de EGTRRA, para los años del plan que empiezan antes del 1 de enero de 2002: " +
        "en cada año de servicio, el calendario del plan debe dar al menos el porcentaje del calendario de todo a los 5 años (menos de 5 años 0%, 5 años o más 100%) " +
        "o el del calendario gradual de 3 a 7 años (menos de 3 años 0%, 3 años 20%, 4 años 40%, 5 años 60%, 6 años 80%, 7 años o más 100%).",
      "Cumple el calendario de todo a los 5 años en cada año de servicio. (IRC 411(a)(2)(A) (pre-2002))",
      "Cumple el calendario gradual de 3 a 7 años en cada año de servicio. (IRC 411(a)(2)(B) (pre-2002))",
      "Por lo tanto, el calendario cumple la ley en el año del plan 2001.",
    ]);
  });

  it("2002: the 411(a)(12) minimums, both failed, with the first shortfall of each", () => {
    expect(es.complianceReasoning(vestingComplianceFinding(SOS_PLAN, 2002), SOS_PLAN)).toEqual([
      SOS_SCHEDULE,
      "Para el año del plan 2002, el mínimo lo fija IRC 411(a)(12) (EGTRRA 2001 §633), para la aportación de la empresa de los años del plan que empiezan después del 31 de diciembre de 2001: " +
        "en cada año de servicio, el calendario del plan debe dar al menos el porcentaje del calendario de todo a los 3 años (menos de 3 años 0%, 3 años o más 100%) " +
        "o el del calendario gradual de 2 a 6 años (menos de 2 años 0%, 2 años 20%, 3 años 40%, 4 años 60%, 5 años 80%, 6 años o más 100%).",
      "No cumple el calendario de todo a los 3 años: con 3 años de servicio da 50%, y se exige 100%. (IRC 411(a)(12)(A))",
      "No cumple el calendario gradual de 2 a 6 años: con 2 años de servicio da 0%, y se exige 20%. (IRC 411(a)(12)(B))",
      "Por lo tanto, el calendario no cumple ninguno de los dos mínimos para la aportación de la empresa del año del plan 2002. " +
        "La calculadora sigue aplicando el calendario que describe el 11-K; este resultado es para el administrador del plan.",
    ]);
  });

  it("another schedule: a 3-year cliff meets one minimum and not the other, and complies; its schedule says 1 año, singular", () => {
    const plan = planWith([{ years: 0, percent: 0 }, { years: 1, percent: 10 }, { years: 3, percent: 100 }]);
    const reasoning = es.complianceReasoning(vestingComplianceFinding(plan, 2002), plan);
    expect(reasoning[0]).toBe(
      "Cuánto de la aportación de la empresa ya es suyo (adquisición de derechos) depende de los años de servicio: menos de 1 año 0%, 1 año 10%, 3 años o más 100%. (11-K Note 1.D)",
    );
    expect(reasoning.slice(2)).toEqual([
      "Cumple el calendario de todo a los 3 años en cada año de servicio. (IRC 411(a)(12)(A))",
      "No cumple el calendario gradual de 2 a 6 años: con 2 años de servicio da 10%, y se exige 20%. (IRC 411(a)(12)(B))",
      "Por lo tanto, el calendario cumple la ley en el año del plan 2002.",
    ]);
  });

  it("a statute or a minimum schedule this module does not know is named as the rule wrote it", () => {
    const finding = vestingComplianceFinding(SOS_PLAN, 2002);
    const other = { ...finding, statute: "IRC 999 (a future law)", tests: [{ ...finding.tests[0]!, id: "cliff4", name: "4-year cliff" }] };
    const reasoning = es.complianceReasoning(other, SOS_PLAN);
    expect(reasoning[1]).toContain("el mínimo lo fija IRC 999 (a future law): ");
    expect(reasoning[2]).toBe("No cumple el calendario «4-year cliff»: con 3 años de servicio da 50%, y se exige 100%. (IRC 411(a)(12)(A))");
  });

  it.each([
    [SOS_PLAN, 2001],
    [SOS_PLAN, 2002],
    [SOS_PLAN, 2026],
    [planWith([{ years: 0, percent: 0 }, { years: 6, percent: 100 }]), 2001],
    [planWith([{ years: 0, percent: 100 }]), 2002],
  ])("not the English, as many sentences, every figure and date of each kept (%#)", (plan, year) => {
    const finding = vestingComplianceFinding(plan, year);
    expectSpanishListOf(en.complianceReasoning(finding, plan), es.complianceReasoning(finding, plan));
  });
});
