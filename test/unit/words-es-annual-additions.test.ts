/**
 * The forfeiture page's IRC 415(c) check in Spanish (lib/words/es/annual-additions.ts) against
 * the English (lib/words/en/annual-additions.ts): the same facts as annual-additions.test.ts, each
 * Spanish sentence written by hand from docs/glossary-es.md, parallel to the English
 * (test/unit/words-es-figures.ts).
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { limitsFor } from "@/lib/plan/limits";
import { checkAnnualAdditions } from "@/lib/rules/annual-additions";
import * as enAnnualAdditions from "@/lib/words/en/annual-additions";
import * as esAnnualAdditions from "@/lib/words/es/annual-additions";
import { expectParallel } from "./words-es-figures";

// Type-level: the Spanish module can stand wherever the English one is used.
const annualAdditionsCheck: typeof enAnnualAdditions = esAnnualAdditions;

const entry = (deferrals: string, share: string) => ({ deferrals: new Dec(deferrals), employerContribution: new Dec(share) });
const CLOSING =
  "Lo que pasa del límite no puede quedarse en esas cuentas. Además, el límite es como máximo el 100% del sueldo de cada participante, un dato que esta página no pide.";

describe("the 415(c) warning in Spanish", () => {
  it("the type check above stands for the module it names", () => {
    expect(annualAdditionsCheck.overLimitHeading).toBe(esAnnualAdditions.overLimitHeading);
  });

  it("one participant in 2002: the heading, the line and the closing", () => {
    // 5,200.00 + 36,483.90 = 41,683.90, 1,683.90 over 40,000.
    const check = checkAnnualAdditions(2002, [entry("5200.00", "36483.90")]);
    const [first] = check.over;
    const line = { line: 2, id: "A-17", deferrals: new Dec("5200.00"), share: new Dec("36483.90"), additions: first!.additions, excess: first!.excess };
    const es = [esAnnualAdditions.overLimitHeading(check), esAnnualAdditions.overLimitLine(line), esAnnualAdditions.overLimitClosing(check)];
    expect(es).toEqual([
      "Para 1 participante, su aportación más la parte asignada pasan del límite de aportaciones anuales de 2002, $40,000.00 (IRC 415(c)):",
      "línea 2, A-17: $5,200.00 + $36,483.90 = $41,683.90, $1,683.90 de más",
      CLOSING,
    ]);
    expectParallel(es, [enAnnualAdditions.overLimitHeading(check), enAnnualAdditions.overLimitLine(line), enAnnualAdditions.overLimitClosing(check)]);
  });

  it("1,234 participants in 2030: the count grouped, and the 2026 limits said to be carried forward", () => {
    const check = checkAnnualAdditions(2030, Array.from({ length: 1234 }, () => entry("24500", "48000")));
    const es = [esAnnualAdditions.overLimitHeading(check), esAnnualAdditions.overLimitClosing(check), esAnnualAdditions.moreOverLimit(1224)];
    expect(es).toEqual([
      "Para 1,234 participantes, su aportación más la parte asignada pasan del límite de aportaciones anuales de 2030, $72,000.00 (IRC 415(c)):",
      `${CLOSING} Los límites del IRS para 2030 aún no están en la tabla; se usan los de 2026.`,
      "…y 1,224 más.",
    ]);
    expectParallel(es, [enAnnualAdditions.overLimitHeading(check), enAnnualAdditions.overLimitClosing(check), enAnnualAdditions.moreOverLimit(1224)]);
    expect(esAnnualAdditions.moreOverLimit(1)).toBe("…y 1 más.");
  });

  it("the plan year hint: without a year, the report's year by default, another year", () => {
    const cases = [
      [null, false],
      [limitsFor(2002), true],
      [limitsFor(2026), false],
    ] as const;
    const es = cases.map(([lookup, isDefault]) => esAnnualAdditions.planYearHint(lookup, isDefault));
    expect(es).toEqual([
      "La aportación de cada participante más su parte asignada se compara con el límite IRC 415(c) de este año del plan.",
      "Las aportaciones más cada parte asignada se comparan con el límite IRC 415(c) de 2002, $40,000.00. 2002 es el año del informe del plan: cámbielo al año para el que está repartiendo.",
      "Las aportaciones más cada parte asignada se comparan con el límite IRC 415(c) de 2026, $72,000.00.",
    ]);
    expectParallel(
      es,
      cases.map(([lookup, isDefault]) => enAnnualAdditions.planYearHint(lookup, isDefault)),
    );
  });
});
