/**
 * The forfeitures page's own sentences in Spanish (lib/words/es/forfeiture-form.ts), through the
 * page's builders (lib/pages/hr-forfeitures/*) given the Spanish words: every message names its
 * field first, in Spanish, with figures and dates as es-US writes them. Expected Spanish is
 * written by hand from docs/glossary-es.md; the English page's messages are held by
 * forfeitures-*.test.ts, unchanged.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { allocateParsed, readPlanYear, readPool } from "@/lib/pages/hr-forfeitures/allocate-pool";
import { hoursFromLines, hoursFromYearBoxes, planYearBoxes } from "@/lib/pages/hr-forfeitures/leaving-hours";
import { parseDeferrals } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import { EMPTY_TERMINATION_FORM, evaluateTermination, type TerminationForm } from "@/lib/pages/hr-forfeitures/termination";
import { FIRST_LIMITS_YEAR } from "@/lib/plan/limits";
import { SOS_2002_FIGURES, SOS_PLAN } from "@/lib/plan/sos-plan";
import * as en from "@/lib/words/en/forfeiture-form";
import * as es from "@/lib/words/es/forfeiture-form";
import en_messages from "@/messages/en.json";
import { ES_WORDS } from "./forfeitures-words";

const leaving = (form: Partial<TerminationForm>) => evaluateTermination({ ...EMPTY_TERMINATION_FORM, ...form }, SOS_PLAN, ES_WORDS);
const text = (parts: es.Emphasised) => parts.map((part) => (typeof part === "string" ? part : part.strong)).join("");

describe("a participant leaving, in Spanish", () => {
  it("names each missing field in Spanish", () => {
    expect(leaving({}).issues).toEqual({
      yearsOfService: "Años de servicio: este dato es obligatorio.",
      matchBalance: "Saldo de la aportación de la empresa: este dato es obligatorio.",
    });
    expect(leaving({ serviceBy: "dates", matchBalance: "1" }).issues).toEqual({
      employmentStartDate: "Fecha de inicio de empleo: este dato es obligatorio.",
      terminationDate: "Último día de empleo: este dato es obligatorio.",
    });
  });

  it("says a last day before the start in Spanish, with the date in words", () => {
    const outcome = leaving({ serviceBy: "dates", employmentStartDate: "2003-06-14", terminationDate: "2002-01-01", matchBalance: "1" });
    expect(outcome.issues.terminationDate).toBe("Último día de empleo: es anterior a la fecha de inicio de empleo (14 de junio de 2003).");
  });

  it("writes the reader's problem in Spanish after the field's name (lib/words/es/problems.ts)", () => {
    const outcome = leaving({ serviceBy: "dates", employmentStartDate: "2003-02-29", terminationDate: "14/05/2001", matchBalance: "-3" });
    expect(outcome.issues).toEqual({
      employmentStartDate: "Fecha de inicio de empleo: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe).",
      terminationDate:
        "Último día de empleo: no es una fecha real del calendario: una fecha escrita con barras se lee con el mes primero (MM/DD/AAAA), y no existe el mes 14.",
      matchBalance: "Saldo de la aportación de la empresa: no puede ser menor que 0.",
    });
    expect(hoursFromLines("2003-02-29\t8\n2004\t-4", "2003-01-06", "2005-07-01", ES_WORDS).problems.map((problem) => problem.message)).toEqual([
      'Línea 1, la fecha: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe) (dice "2003-02-29").',
      'Línea 2, las horas: no puede ser menor que 0 (dice "-4").',
    ]);
  });

  it("asks for hours in Spanish, by plan year or by line", () => {
    const base = { serviceBy: "hours", employmentStartDate: "2003-01-06", terminationDate: "2005-07-01", matchBalance: "1" } as const;
    expect(leaving({ ...base }).issues.hours).toBe("Horas: escriba las horas de al menos un año del plan.");
    expect(leaving({ ...base, hoursBy: "lines" }).issues.hours).toBe("Horas: pegue al menos una línea, como 2003-06-30, 80 o 2003, 1040.");
    expect(leaving({ ...base, hoursBy: "lines", hoursLines: "2003\n2003\t1\t2" }).issues.hours).toBe("Hay 2 problemas en las horas; cada uno está marcado en su línea.");
  });

  it("names a pasted line's problem by its number, with dates in words", () => {
    const say = (line: string) => hoursFromLines(line, "2003-01-06", "2005-07-01", ES_WORDS).problems.map((problem) => problem.message);
    expect(say("2003")).toEqual([
      "La línea 1 no tiene horas: escriba una fecha o un año del plan, un tabulador o una coma, y luego las horas (2003-06-30, 80 o 2003, 1040).",
    ]);
    expect(say("2003\t1\t2")).toEqual([
      "La línea 1 tiene más que una fecha y unas horas; escriba una sola fecha (o un año del plan) y un solo número de horas en cada línea.",
    ]);
    expect(say("2002-12-31\t8")).toEqual(["Línea 1: el 31 de diciembre de 2002 es anterior a la fecha de inicio de empleo, el 6 de enero de 2003."]);
    expect(say("horas\n2006\t8")).toEqual([
      "Línea 2: el año del plan 2006 es posterior al último día de empleo, el 1 de julio de 2005 (ponga esas horas con la fecha del último día).",
    ]);
  });

  it("a plan year's box: its label, its days, and its problem named by the year", () => {
    const boxes = planYearBoxes("2001-05-14", "2006-08-18");
    expect(es.boxLabel(2001)).toBe("Horas de 2001");
    expect(es.boxHint(boxes[0]!.from, boxes[0]!.through)).toBe("Del 14 de mayo al 31 de diciembre");
    expect(es.boxHint(boxes[5]!.from, boxes[5]!.through)).toBe("Del 1 de enero al 18 de agosto");
    expect(hoursFromYearBoxes(boxes, { "2003": "-4" }, ES_WORDS).problems[0]!.message).toBe("Horas de 2003: no puede ser menor que 0.");
  });

  it("the headline: the same figures as English, in Spanish", () => {
    // 3 completed years → 50%: 4,000.01 × 50% = 2,000.005 → 2,000.01 kept of the match; 10,000 + 500 + 2,000.01 = 12,500.01 kept, 2,000.00 lost.
    const facts = { vestedPercent: 50, yearsOfService: 3, fromHours: false, planTerminated: false, kept: new Dec("12500.01"), forfeited: new Dec("2000"), forfeitsOn: null };
    expect(text(es.leavingHeadline(facts))).toBe("50% de la aportación de la empresa ya es del participante (3 años completos). Se queda con $12,500.01; pierde $2,000.00.");
    expect(text(en.leavingHeadline(facts))).toBe("50% of the match is vested (3 completed years). Keeps $12,500.01; forfeits $2,000.00.");
    expect(text(es.leavingHeadline({ ...facts, yearsOfService: 1, fromHours: true, forfeitsOn: "2012-01-01" }))).toBe(
      "50% de la aportación de la empresa ya es del participante (1 año de servicio según las horas). Se queda con $12,500.01; pierde $2,000.00 el 1 de enero de 2012 si no vuelve a trabajar antes.",
    );
    expect(text(es.leavingHeadline({ ...facts, vestedPercent: 100, yearsOfService: 1, planTerminated: true }))).toBe(
      "100% de la aportación de la empresa ya es del participante (1 año completo, plan terminado). Se queda con $12,500.01; pierde $2,000.00.",
    );
    expect(es.percentVested(75)).toBe("75% ya es suyo");
  });
});

describe("a pool shared, in Spanish", () => {
  it("names the pool and the plan year in Spanish", () => {
    expect(readPool("", ES_WORDS).issue).toBe("Fondo de pérdidas: este dato es obligatorio; escriba una cantidad como 43700.00.");
    expect(readPool("-5", ES_WORDS).issue).toBe("Fondo de pérdidas: no puede ser menor que 0.");
    expect(readPool("1,23", ES_WORDS).issue).toBe(
      "Fondo de pérdidas: tiene una coma que no separa miles; escriba los centavos después de un punto (1.23) y agrupe los miles de tres en tres (1,234.50).",
    );
    expect(readPlanYear("", ES_WORDS).issue).toBe("Año del plan: este dato es obligatorio para revisar el límite 415(c); escriba un año como 2002.");
    expect(readPlanYear("1990", ES_WORDS).issue).toBe(`Año del plan: debe ser como mínimo ${FIRST_LIMITS_YEAR} (la tabla de límites del IRS empieza en ${FIRST_LIMITS_YEAR}).`);
    expect(readPlanYear("2300", ES_WORDS).issue).toBe("Año del plan: debe ser como máximo 2200.");
  });

  it("names each faulty line of the deferrals by its number", () => {
    const messages = parseDeferrals('id,aportaciones\nA-17,5\nA-17,6\nB\nC,1,2\n,3\n"D,4\nE,', ES_WORDS).issues.map((issue) => issue.message);
    expect(messages).toEqual([
      'Línea 3: el id "A-17" repite el de la línea 2; ponga a cada participante una sola vez.',
      "La línea 4 no tiene aportación: escriba el id, una coma o un tabulador, y luego la cantidad (A-17,5200.00).",
      "La línea 5 tiene 3 valores; cada línea necesita exactamente dos: el id y la aportación. Si la cantidad lleva una coma de miles, quítela (1234.50) o ponga la cantidad entre comillas.",
      "Línea 6, el id: no puede estar vacío.",
      'La línea 7 tiene unas comillas (") que nunca se cierran.',
      "Línea 8, la aportación: está vacía; escriba una cantidad como 5200.00.",
    ]);
    // A tab line is not split on commas: no word about a thousands comma.
    expect(parseDeferrals("A\t1\t2", ES_WORDS).issues[0]?.message).toBe("La línea 1 tiene 3 valores; cada línea necesita exactamente dos: el id y la aportación.");
    expect(parseDeferrals("A,abc", ES_WORDS).issues[0]?.message).toBe('Línea 1, la aportación: debe ser una cantidad en dólares, como "1234.50" (dice "abc").');
  });

  it("asks for deferrals, and says when they total nothing", () => {
    expect(allocateParsed("10", parseDeferrals("", ES_WORDS), SOS_PLAN, ES_WORDS).lineIssues[0]?.message).toBe(
      "Aportaciones: pegue al menos una línea, como A-17,5200.00, o elija un archivo CSV.",
    );
    expect(allocateParsed("10", parseDeferrals("A,0\nB,0", ES_WORDS), SOS_PLAN, ES_WORDS).lineIssues[0]?.message).toBe(
      "Aportaciones: suman $0.00, así que no hay con qué repartir un fondo de $10.00.",
    );
  });

  it("the headline, the warning and the caption: the same figures as English", () => {
    // 100 among 50, 50, 50: 33.33 each, 1 cent left to the first line; 100 ÷ 150 = 66.67%.
    const facts = { pool: new Dec("100"), participants: 3, totalDeferrals: new Dec("150"), matchRatePercent: new Dec("66.67"), totalShares: new Dec("100") };
    expect(text(es.allocationHeadline(facts))).toBe(
      "$100.00 repartidos entre 3 participantes que aportaron $150.00: una aportación de la empresa de alrededor del 66.67% de lo aportado. Las partes asignadas suman $100.00, exactamente el fondo.",
    );
    expect(text(en.allocationHeadline(facts))).toBe(
      "$100.00 shared among 3 participants with $150.00 of deferrals: a match of about 66.67% of deferrals. The shares add up to $100.00, the pool exactly.",
    );
    expect(text(es.allocationHeadline({ ...facts, participants: 1 }))).toContain("entre 1 participante que aportó $150.00");
    expect(es.matchAbove100(new Dec("43700"), new Dec("6228.5"), new Dec("701.61"))).toBe(
      "El fondo, $43,700.00, es más que todas las aportaciones, $6,228.50: una aportación de la empresa de alrededor del 701.61% de lo aportado, más del 100%. " +
        "Revise el fondo y las aportaciones (¿están todos los participantes, con lo que aportaron en todo el período?).",
    );
    expect(es.sharesCaption(3, 500)).toBe("Partes asignadas");
    expect(es.sharesCaption(100000, 500)).toBe("Partes asignadas (las primeras 500 de 100,000; la descarga las tiene todas)");
    expect(es.lineIssuesLead(1, "pagos.csv")).toBe("1 problema en las aportaciones de pagos.csv; el reparto espera hasta que se corrija:");
    expect(es.lineIssuesLead(1200, null)).toBe("1,200 problemas en las aportaciones; el reparto espera hasta que se corrijan:");
    expect(es.moreIssues(1150)).toBe("…y 1,150 más.");
    expect(es.fileRead("pagos.csv", 1)).toBe("Se leyó pagos.csv en su navegador (1 línea con datos); no se subió a ningún lado.");
    expect(es.pastParticipantLimit(100001, 100000)).toBe("La línea 100001 pasa del límite de 100,000 participantes.");
  });

  it("a Spanish header is a header, in both languages' boxes", () => {
    expect(parseDeferrals("id,aportaciones\nA,1", ES_WORDS).headerLine).toBe(1);
    expect(parseDeferrals("id,deferrals\nA,1", ES_WORDS).headerLine).toBe(1);
  });
});

describe("the page's messages that copy the plan's text", () => {
  it("the English quote and citation are the plan's own", () => {
    expect(en_messages.forfeitures.quote).toBe(SOS_PLAN.forfeitures.quote);
    expect(en_messages.forfeitures.contextCitation.replace("{year}", String(SOS_PLAN.match.referenceYear))).toBe(SOS_2002_FIGURES.citation);
  });
});
