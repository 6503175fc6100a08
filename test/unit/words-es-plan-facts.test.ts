/**
 * The plan facts page's words in Spanish (lib/words/es/plan-facts.ts, plan-options.ts and the two
 * compliance names) against the English: the same functions, and Spanish written by hand from
 * docs/glossary-es.md ("cuadrar" for figures that add up, "aportación de la empresa", "empleados
 * de medio tiempo con años de servicio", es-US dates and dollars). The figures come from the
 * report as test/unit/report-footing.test.ts works them out.
 */
import { describe, expect, it } from "vitest";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { checkFooting, explainFailure } from "@/lib/pages/plan-facts/footing";
import { chosenReading, optionDescriptions, otherReadings } from "@/lib/pages/plan-facts/plan-options";
import { hoursAndBreaksInWords, longTermPartTimeInWords } from "@/lib/pages/plan-facts/service-rules";
import { sourceRuns } from "@/lib/pages/plan-facts/limit-sources";
import { LIMITS_TABLE } from "@/lib/plan/limits";
import * as enFacts from "@/lib/words/en/plan-facts";
import * as esFacts from "@/lib/words/es/plan-facts";
import * as enOptions from "@/lib/words/en/plan-options";
import * as esOptions from "@/lib/words/es/plan-options";
import * as esCompliance from "@/lib/words/es/compliance";
import * as enCompliance from "@/lib/words/en/compliance";

// Type-level: each Spanish module can stand wherever its English module is used.
const factsCheck: typeof enFacts = esFacts;
const optionsCheck: typeof enOptions = esOptions;

const report = checkFooting();
const failure = (id: string) => report.failures.find((check) => check.rule.id === id)!;

describe("lib/words/es/plan-facts: the findings on figures that do not add up", () => {
  it("mirrors the English module", () => {
    expect(factsCheck.sumFails).toBe(esFacts.sumFails);
    expect(optionsCheck.fullVestingReading).toBe(esOptions.fullVestingReading);
  });

  it("2002 investments: the 19 lines, the total printed, the schedule's figure that makes it add up", () => {
    expect(explainFailure(failure("investments.2002"), report, esFacts)).toEqual([
      "Las 19 líneas suman $3,105,267, pero en el estado de activos netos al 31 de diciembre de 2002 (página 4) aparece impreso $3,105,557 como total de inversiones ($290 más).",
      // 3,105,557 + 0 + 1,907 = 3,107,464, the total assets printed; the schedule's 18 lines give 3,105,557.
      "La línea siguiente confirma la cifra impresa como total de inversiones: total de inversiones $3,105,557 + efectivo $0 + cuentas por cobrar: aportaciones de los participantes $1,907 = $3,107,464, tal como aparece impreso.",
      "La cifra impresa como total de inversiones es también la que da la verificación «Detalle de activos frente al total de inversiones, 2002»: las 18 líneas suman $3,105,557.",
      "Spartan U.S. Treasury Money Market Fund: $732,307 en el estado de activos netos al 31 de diciembre de 2002 (página 4), pero $732,597 en el detalle de activos al 31 de diciembre de 2002 (Schedule 1, página 10); el total solo cuadra con $732,597.",
    ]);
  });

  it("2001 assets: the three lines by name, the next line's confirmation, the transposed cash", () => {
    const sentences = explainFailure(failure("assets.2001"), report, esFacts);
    expect(sentences[0]).toBe(
      "Total de inversiones $3,998,822 + efectivo $4,170 + cuentas por cobrar: aportaciones de los participantes $22,522 = $4,025,514, pero en el estado de activos netos al 31 de diciembre de 2001 (página 4) aparece impreso $4,022,814 como total de activos ($2,700 menos).",
    );
    expect(sentences).toContain("La línea siguiente confirma la cifra impresa como total de activos: total de activos $4,022,814 − total de pasivos $393 = $4,022,421, tal como aparece impreso.");
    expect(sentences.at(-1)).toBe("Con $1,470 como efectivo, cuadraría: son los $4,170 impresos con dos dígitos intercambiados (transpuestos).");
  });

  it("an agreement that fails: the two places, each with its article, and the difference", () => {
    expect(explainFailure(failure("schedule.spartanTreasuryMM"), report, esFacts)).toEqual([
      "El estado de activos netos al 31 de diciembre de 2002 (página 4) da $732,307; el detalle de activos al 31 de diciembre de 2002 (Schedule 1, página 10) da $732,597: una diferencia de $290.",
    ]);
  });

  it("labels, places and titles in Spanish; fund names as printed", () => {
    const cash = report.figures.get("netAssets:cash:2001")!;
    expect(esFacts.figureLabel(cash)).toBe("Efectivo");
    expect(esFacts.figureWhere(cash)).toBe("estado de activos netos al 31 de diciembre de 2001 (página 4)");
    expect(esFacts.figureWhere(report.figures.get("note3:depreciationTotal:2002")!)).toBe("nota 3 del informe (11-K Note 3, página 8)");
    expect(esFacts.figureLabel(report.figures.get("netAssets:fund.fidelityFreedom2010:2002")!)).toBe("Fidelity Fredom 2010 Fund");
    const title = (id: string) => esFacts.ruleTitle(report.checks.find((check) => check.rule.id === id)!.rule);
    expect(title("assets.2001")).toBe("Total de activos, 2001");
    expect(title("changes.beginning")).toBe("Activos netos al inicio de 2002 y al 31 de diciembre de 2001");
    expect(title("schedule.fidelityPuritan")).toBe("Fidelity Puritan Fund: estado y detalle de activos, 2002");
    expect(esFacts.checkVerdict("sum", false)).toBe("no cuadra");
    expect(esFacts.checkFigures("sum", "$1", "$2")).toBe("las líneas suman $1, impreso $2");
    expect([esFacts.countInWords(2), esFacts.countInWords(1), esFacts.countInWords(12)]).toEqual(["dos", "una", "12"]);
  });
});

describe("lib/words/es/plan-facts: the rules, quotes and sources", () => {
  it("the long-term part-time rule, its runs of periods in es-US dates", () => {
    const rule = longTermPartTimeInWords(SOS_PLAN, esFacts);
    expect(rule.title).toBe("Empleados de medio tiempo con años de servicio");
    expect(rule.sentences[1]).toBe(
      "Un empleado de 21 años o más con 500 horas o más en cada uno de varios períodos de 12 meses (3 seguidos para fechas del 1 de enero de 2024 al 31 de diciembre de 2024; 2 seguidos desde el 1 de enero de 2025) puede aportar de su sueldo (aportación electiva), aunque no tenga un año de servicio completo. No cuentan los períodos que empiezan antes del 1 de enero de 2021.",
    );
    expect(rule.sentences).toContain("Los empleados de Inteliant Corporation no necesitan horas para inscribirse, así que la regla no cambia nada para ellos.");
    expect(rule.sources).toEqual(longTermPartTimeInWords(SOS_PLAN, enFacts).sources);
    expect(hoursAndBreaksInWords(SOS_PLAN, esFacts).title).toBe("Años de servicio a partir de las horas, e interrupciones de servicio");
  });

  it("a translated quote says so beside its citation; citations keep their references", () => {
    expect(esFacts.quote("termination", SOS_PLAN.vesting.terminationQuote)).toBe("Si se termina el plan, los participantes adquieren todos los derechos sobre el saldo de sus cuentas.");
    expect(esFacts.quoteCitation("11-K Note 5")).toBe("11-K Note 5, traducido del inglés");
    expect(esFacts.citation("IRC 401(k)(2)(D) as amended by SECURE 2.0 §125")).toBe("IRC 401(k)(2)(D) según la reforma de SECURE 2.0 §125");
    expect(esFacts.quote("no such quote", "As printed.")).toBe("As printed.");
    expect(esFacts.matchBasis(SOS_PLAN)).toBe(
      "En 2002 se asignaron unos $127,800 de pérdidas como aportación de la empresa, frente a $487,809 de aportaciones de los participantes: cerca del 26.2% de lo que aportaron.",
    );
  });

  it("the limits' sources: years joined with «a», each column in Spanish, the IRS's titles kept", () => {
    const runs = sourceRuns(LIMITS_TABLE.slice(0, 3).map((row) => ({ year: row.year, sources: [row.electiveDeferral.source, row.annualAdditions.source] })));
    expect(runs.map(esFacts.limitSourceLine)).toEqual([
      { years: "2002 a 2004", text: 'IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions", columna de cada año (402(g)(1) aportaciones electivas; 415(c)(1)(A) límite de aportaciones anuales)' },
    ]);
    expect(esFacts.limitSourceLine({ first: 2026, last: 2026, kinds: ["compensation"], notice: "IRS Notice 2025-67", amendedIn: null })).toEqual({
      years: "2026",
      text: 'IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions", columna de 2026 (401(a)(17) compensación); IRS Notice 2025-67',
    });
    expect(esFacts.limitSourceLine({ first: 1997, last: 2001, kinds: ["hceThreshold"], notice: null, amendedIn: 1996 }).text).toBe(
      'IRS, "COLA Increases for Dollar Limitations on Benefits and Contributions", columna de cada año (414(q)(1)(B) empleado altamente remunerado); IRC 414(q)(1)(B) según su reforma de 1996',
    );
  });

  it("the employers' names in Spanish", () => {
    expect(SOS_PLAN.employers.map(esFacts.employerName)).toEqual(["SOS Staffing Services, Inc. y sus filiales, salvo Inteliant", "Inteliant Corporation"]);
  });
});

describe("lib/words/es/plan-options: every option and reading in Spanish", () => {
  const options = optionDescriptions(SOS_PLAN, esOptions);
  const byKey = (key: string) => options.find((option) => option.key === key)!;

  it("describes the same options with the same values as the English", () => {
    const shape = (list: typeof options) => list.map((option) => [option.key, option.choices.map((choice) => choice.value)]);
    expect(shape(options)).toEqual(shape(optionDescriptions(SOS_PLAN, enOptions)));
  });

  it.each([
    ["serviceCredited", "El año de servicio cuenta desde el día siguiente al final de los 12 meses en que el empleado llega a 1,000 horas."],
    ["entry", "El empleado entra al plan el mismo día en que puede inscribirse."],
    ["ruleOfParity", "Una interrupción de servicio nunca quita los años de servicio anteriores."],
    [
      "longTermPartTime",
      "Un empleado de SOS de 21 años o más con 500 horas o más en cada uno de varios períodos de 12 meses (3 seguidos desde el 1 de enero de 2024 y 2 seguidos desde el 1 de enero de 2025) puede aportar de su sueldo, aunque no tenga 1,000 horas. No cuentan los períodos que empiezan antes del 1 de enero de 2021.",
    ],
    ["testingLines", "SOS Staffing o sus filiales e Inteliant Corporation se prueban por separado, cada una con sus propios empleados."],
    ["forfeitMatchOnRefund", "Un empleado con sueldo alto a quien se le devuelven aportaciones pierde la aportación de la empresa sobre la parte devuelta."],
  ])("%s: %s", (key, sentence) => {
    expect(chosenReading(SOS_PLAN, byKey(key), esOptions)).toBe(sentence);
  });

  it("the full-vesting events: which vest at once, which do not, joined with «o»", () => {
    expect(chosenReading(SOS_PLAN, byKey("fullVestingOn"), esOptions)).toBe(
      "Toda la aportación de la empresa pasa a ser del participante (100%) cuando se termina el plan (deja de existir). No pasa cuando el participante fallece, el participante queda incapacitado o el participante se jubila.",
    );
    expect(esOptions.fullVestingReading([], ["death"])).toBe("Ningún caso hace que toda la aportación de la empresa pase a ser del participante de inmediato. No pasa cuando el participante fallece.");
    expect(otherReadings(SOS_PLAN, byKey("feb29Anniversary"))).toEqual(["En un año sin 29 de febrero, el cumpleaños o el aniversario es el 28 de febrero."]);
  });
});

describe("lib/words/es/compliance: the names the findings' tables show", () => {
  it("names the minimum schedules and the statute in Spanish, the English as the rule gives them", () => {
    expect(esCompliance.minimumScheduleName({ id: "cliff3", name: "3-year cliff" })).toBe("calendario de todo a los 3 años");
    expect(enCompliance.minimumScheduleName({ id: "cliff3", name: "3-year cliff" })).toBe("3-year cliff");
    expect(esCompliance.statuteInWords("IRC 411(a)(2) as in force before EGTRRA, plan years beginning before January 1, 2002")).toBe(
      "IRC 411(a)(2) tal como regía antes de EGTRRA, para los años del plan que empiezan antes del 1 de enero de 2002",
    );
  });
});
