/**
 * The problems of typed input in both languages (lib/words/en/problems.ts, lib/words/es/problems.ts):
 * every issue code of lib/read-issues.ts written in Spanish, by hand from docs/glossary-es.md,
 * and never equal to the English; each reader of lib/parse.ts reports its issue as facts.
 */
import { describe, expect, it } from "vitest";
import type { ReadIssue, ReadIssueCode } from "@/lib/read-issues";
import { readDate, readHours, readMoney, readNumber, readYear, RANGES } from "@/lib/parse";
import * as en from "@/lib/words/en/problems";
import * as es from "@/lib/words/es/problems";

// Type-level: the Spanish module stands wherever the English one is used.
const spanishCheck: typeof en = es;

/** One issue of each code (the Record makes tsc fail when a code is added without its case here). */
const ONE_OF_EACH: Record<ReadIssueCode, [ReadIssue, string]> = {
  notAnAmount: [{ code: "notAnAmount" }, 'debe ser una cantidad en dólares, como "1234.50"'],
  misplacedComma: [{ code: "misplacedComma" }, "tiene una coma que no separa miles; escriba los centavos después de un punto (1.23) y agrupe los miles de tres en tres (1,234.50)"],
  negative: [{ code: "negative" }, "no puede ser menor que 0"],
  cents: [{ code: "cents" }, "debe tener como máximo 2 decimales (centavos enteros)"],
  pointThousands: [{ code: "pointThousands", grouped: "2,500", digits: "2500" }, "debe tener como máximo 2 decimales (centavos enteros); si quiere decir 2,500 dólares, escriba 2500 o 2,500"],
  moneyTooLarge: [{ code: "moneyTooLarge", max: "1000000000000" }, "debe ser como máximo $1,000,000,000,000"],
  notHours: [{ code: "notHours" }, "debe ser un número de horas, como 80 o 7.5"],
  tooManyHours: [{ code: "tooManyHours", max: 8784 }, "debe ser como máximo 8,784 horas (todas las horas de un año bisiesto)"],
  hourDecimals: [{ code: "hourDecimals" }, "debe tener como máximo 4 decimales (diezmilésimas de hora)"],
  notIsoDate: [{ code: "notIsoDate" }, "debe ser una fecha escrita AAAA-MM-DD, como 2002-03-15"],
  usDateInIso: [{ code: "usDateInIso", iso: "2002-03-15" }, "debe ser una fecha escrita AAAA-MM-DD, como 2002-03-15 (escriba 2002-03-15)"],
  notTypedDate: [{ code: "notTypedDate" }, "debe ser una fecha escrita MM/DD/AAAA o AAAA-MM-DD, como 03/15/2002 o 2002-03-15"],
  notRealDate: [{ code: "notRealDate" }, "no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe)"],
  monthFirst: [{ code: "monthFirst", month: 13 }, "no es una fecha real del calendario: una fecha escrita con barras se lee con el mes primero (MM/DD/AAAA), y no existe el mes 13"],
  dateRange: [{ code: "dateRange", min: 1800, max: 2200 }, "debe ser una fecha del 1 de enero de 1800 al 31 de diciembre de 2200"],
  notAYear: [{ code: "notAYear" }, "debe ser un año escrito con cuatro cifras, como 2003"],
  yearRange: [{ code: "yearRange", min: 2002, max: 2026 }, "debe ser un año de 2002 a 2026"],
  notANumber: [{ code: "notANumber", min: 0, max: 100, whole: false, examples: ["6", "10"] }, "debe ser un número de 0 a 100, como 6 o 10"],
  tooSmall: [{ code: "tooSmall", min: -50 }, "debe ser como mínimo -50"],
  tooLarge: [{ code: "tooLarge", max: 1000 }, "debe ser como máximo 1000"],
};

describe("every issue code in Spanish", () => {
  it.each(Object.entries(ONE_OF_EACH))("%s", (_code, [issue, spanish]) => {
    expect(es.problemWords(issue)).toBe(spanish);
    expect(es.problemWords(issue)).not.toBe(en.problemWords(issue));
  });

  it("a whole number, and a number that must not be below 0", () => {
    expect(es.problemWords({ code: "notANumber", min: 1, max: 60, whole: true, examples: ["10"] })).toBe("debe ser un número entero de 1 a 60, como 10");
    expect(es.problemWords({ code: "tooSmall", min: 0 })).toBe("no puede ser menor que 0");
    expect(es.numberProblems(RANGES.matchPercentOfDeferral)).toEqual({ notANumber: "debe ser un número de 0 a 1000, como 26.2 o 50", tooSmall: "no puede ser menor que 0", tooLarge: "debe ser como máximo 1000" });
  });

  it("a page writes a field's name, a colon and the fragment", () => {
    const read = readDate("2003-02-29");
    expect(read.ok ? "" : `Fecha de nacimiento: ${es.problemWords(read.issue)}.`).toBe("Fecha de nacimiento: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe).");
  });

  it("the Spanish constants are the Spanish words of the English ones' facts", () => {
    expect(es.HOURS_PROBLEMS.tooMany).toBe("debe ser como máximo 8,784 horas (todas las horas de un año bisiesto)");
    expect(es.DATE_PROBLEMS.range).toBe("debe ser una fecha del 1 de enero de 1800 al 31 de diciembre de 2200");
    expect(es.YEAR_PROBLEMS.range({ min: 1800, max: 2200 })).toBe("debe ser un año de 1800 a 2200");
    expect(spanishCheck.MONEY_PROBLEMS.tooLarge).toBe("debe ser como máximo $1,000,000,000,000");
  });
});

describe("each reader reports its issue as facts", () => {
  const issueOf = (read: { ok: true } | { ok: false; issue: ReadIssue }) => (read.ok ? null : read.issue);
  it.each([
    [readMoney("2.500"), { code: "pointThousands", grouped: "2,500", digits: "2500" }],
    [readMoney("1,5"), { code: "misplacedComma" }],
    [readMoney("1000000000000.01"), { code: "moneyTooLarge", max: "1000000000000" }],
    [readHours("9000"), { code: "tooManyHours", max: 8784 }],
    [readHours("1.23456"), { code: "hourDecimals" }],
    [readDate("13/05/2003", "typed"), { code: "monthFirst", month: 13 }],
    [readDate("3/5/2002"), { code: "usDateInIso", iso: "2002-03-05" }],
    [readDate("1799-12-31"), { code: "dateRange", min: 1800, max: 2200 }],
    [readYear("2030", { min: 2002, max: 2026 }), { code: "yearRange", min: 2002, max: 2026 }],
    [readNumber("ten", RANGES.deferralPercent), { code: "notANumber", min: 0, max: 100, whole: false, examples: ["6", "10"] }],
    [readNumber("-51", RANGES.salaryGrowthPercent), { code: "tooSmall", min: -50 }],
  ] as const)("%#: %j", (read, issue) => {
    expect(issueOf(read)).toEqual(issue);
  });

  it("a year out of range says so beside its issue", () => {
    // Facts only: the reader writes no words in any language.
    expect(readYear("2201")).toEqual({ ok: false, issue: { code: "yearRange", min: 1800, max: 2200 }, outOfRange: true });
  });
});
