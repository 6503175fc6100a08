/**
 * The HCE finding in Spanish (lib/words/es/hce.ts) against the English (lib/words/en/hce.ts):
 * facts built as test/unit/hce.test.ts builds them, each expected sentence written by hand from
 * docs/glossary-es.md ("empleado con sueldo alto (HCE)", "año del plan", "sueldo").
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { highlyCompensatedStatus } from "@/lib/rules/hce";
import * as en from "@/lib/words/en/hce";
import * as es from "@/lib/words/es/hce";
import { expectSpanishOf } from "./words-es-figures";

const CASES = [
  [
    "pay above the look-back year's threshold",
    highlyCompensatedStatus({ priorYearCompensation: new Dec("90000.01") }, 2003),
    "El sueldo de 2002, $90,000.01, supera el umbral de sueldo de 2002 ($90,000.00); por eso es empleado con sueldo alto (HCE) en el año del plan 2003 (IRC 414(q)(1)(B)).",
  ],
  [
    "pay exactly at the threshold is not above it",
    highlyCompensatedStatus({ priorYearCompensation: new Dec("85000") }, 2002),
    "El sueldo de 2001, $85,000.00, no supera el umbral de sueldo de 2001 ($85,000.00); por eso no es empleado con sueldo alto (HCE) en el año del plan 2002 (IRC 414(q)(1)(B)).",
  ],
  [
    "no pay stated, with a threshold",
    highlyCompensatedStatus({}, 2002),
    "No se indicó el sueldo de 2001, así que no supera el umbral de sueldo de 2001 ($85,000.00); por eso no es empleado con sueldo alto (HCE) en el año del plan 2002 (IRC 414(q)(1)(B)).",
  ],
  [
    "no pay stated and no threshold (plan year 1997)",
    highlyCompensatedStatus({}, 1997),
    "No se indicó el sueldo de 1996 y no hay umbral de sueldo para 1996: el sueldo no hace a nadie empleado con sueldo alto (HCE) en el año del plan 1997 (IRC 414(q)(1)(B)).",
  ],
  [
    "a 5% owner",
    highlyCompensatedStatus({ fivePercentOwner: true }, 2002),
    "Quien es dueño del 5% de la empresa en 2002 o en 2001 es empleado con sueldo alto (HCE) en el año del plan 2002 (IRC 414(q)(1)(A)).",
  ],
  ["a stated status: yes", highlyCompensatedStatus({ highlyCompensated: true }, 2002), "Se indicó que es empleado con sueldo alto (HCE) en el año del plan 2002."],
  ["a stated status: no", highlyCompensatedStatus({ highlyCompensated: false }, 2002), "Se indicó que no es empleado con sueldo alto (HCE) en el año del plan 2002."],
] as const;

describe("lib/words/es/hce: the HCE finding in a sentence", () => {
  it.each(CASES)("%s", (_name, result, spanish) => {
    expect(es.hceSentence(result)).toBe(spanish);
  });

  it.each(CASES)("%s: not the English, and every figure of the English kept", (_name, result) => {
    expectSpanishOf(en.hceSentence(result), es.hceSentence(result));
  });

  it("the two sides of the threshold say opposite things", () => {
    const above = es.hceSentence(highlyCompensatedStatus({ priorYearCompensation: new Dec("85000.01") }, 2002));
    const at = es.hceSentence(highlyCompensatedStatus({ priorYearCompensation: new Dec("85000.00") }, 2002));
    expect(above).toContain(" supera ");
    expect(above).toContain("por eso es empleado");
    expect(at).toContain("no supera");
    expect(at).toContain("por eso no es empleado");
  });
});
