/**
 * The vesting words in Spanish (lib/words/es/vesting.ts) against the English
 * (lib/words/en/vesting.ts): facts built as test/unit/vesting-words.test.ts builds them, each
 * expected sentence written by hand from docs/glossary-es.md ("la parte que aún no es suya",
 * "aportación de la empresa", "año de servicio", "interrupción de servicio", "año del plan",
 * "regla de paridad"), and each held to the English one for the same facts: not the English, as
 * many sentences, every figure kept (an English "5th" is the Spanish "quinta").
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateVesting, type Balances } from "@/lib/rules/vesting";
import { vestingService } from "@/lib/rules/vesting-service";
import * as enVestingWords from "@/lib/words/en/vesting";
import * as esVestingWords from "@/lib/words/es/vesting";
import * as enServiceWords from "@/lib/words/en/vesting-service";
import * as esServiceWords from "@/lib/words/es/vesting-service";
import * as enExplained from "@/lib/words/en/service-explanation";
import * as esExplained from "@/lib/words/es/service-explanation";
import { leavingNowSentence as enLeavingNow } from "@/lib/words/en/participant";
import { leavingNowSentence as esLeavingNow } from "@/lib/words/es/participant";
import { ordinal } from "@/lib/words/es/format";
import { recordForfeitSentence as enRecordForfeit } from "@/lib/words/en/participant-hours";
import { recordForfeitSentence as esRecordForfeit } from "@/lib/words/es/participant-hours";
import { expectSpanishOf } from "./words-es-figures";
import { REHIRE_HOURS } from "./cases";

/** The vesting words and the words of service from hours (./vesting-service.ts), as one. */
const en = { ...enVestingWords, ...enServiceWords, ...enExplained, leavingNowSentence: enLeavingNow };
const es = { ...esVestingWords, ...esServiceWords, ...esExplained, leavingNowSentence: esLeavingNow };

const match = (amount: string): Balances => ({ deferral: new Dec(0), rollover: new Dec(0), match: new Dec(amount) });
const withMatch = (match: string, deferral: string): Balances => ({ deferral: new Dec(deferral), rollover: new Dec(0), match: new Dec(match) });
const PARITY_PLAN = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ruleOfParity: true } });
const ANNIVERSARY_PLAN = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, vestingPeriods: "anniversaryYear", ruleOfParity: true } });

const ENGLISH_ORDINAL = /\b(\d+)(?:st|nd|rd|th)\b/g;

/**
 * The Spanish of an English sentence: an English ordinal ("5th", always of a break here) is said
 * as Spanish says it ("quinta"), every other figure is kept (test/unit/words-es-figures.ts).
 */
function expectSpanish(english: string, spanish: string, withFigures = true): void {
  for (const [, n] of english.matchAll(ENGLISH_ORDINAL)) expect(spanish).toContain(`${ordinal(Number(n), "f")} interrupción`);
  expectSpanishOf(english.replace(ENGLISH_ORDINAL, " "), spanish, withFigures);
}

/** The same for lists: as many sentences, each the Spanish of the English at its position. */
function expectSpanishList(english: readonly string[], spanish: readonly string[]): void {
  expect(spanish).toHaveLength(english.length);
  english.forEach((sentence, index) => expectSpanish(sentence, spanish[index]!, false));
}

const ALWAYS = "Lo que usted aporta de su sueldo y el dinero que trajo de otro plan, con sus ganancias, siempre son 100% suyos. (11-K Note 1.D)";
const SCHEDULE = "menos de 3 años 0%, 3 años 50%, 4 años 75%, 5 años o más 100%";
const UNVESTED = "Si su empleo terminara ahora, perdería la parte de la aportación de la empresa que aún no es suya. (11-K Note 1.G)";
const RULE =
  "Los años de servicio se cuentan a partir de sus horas de servicio (horas pagadas), cada año del plan (del 1 de enero al 31 de diciembre) por separado. Un año del plan con 1,000 horas o más es un año de servicio. " +
  "El año cuenta desde el día del registro de horas con el que llega a 1,000 horas, aunque usted deje el trabajo más tarde en ese año del plan. (29 CFR 2530.200b-1, 2530.203-2)";

describe("vestingExplanation: the API's explanation, sentence for sentence", () => {
  it("a stated 3.9 years: counted as 3, 50% under the schedule", () => {
    const result = evaluateVesting({ yearsOfService: 3.9, balances: match("1000") }, SOS_PLAN);
    const spanish = es.vestingExplanation(result, SOS_PLAN);
    expect(spanish).toEqual([
      ALWAYS,
      `Aportación de la empresa: con 3.9 años de servicio, que cuentan como 3 años completos, ya es suyo el 50% según el calendario (${SCHEDULE}). (11-K Note 1.D)`,
      UNVESTED,
    ]);
    expectSpanishList(en.vestingExplanation(result, SOS_PLAN), spanish);
  });

  it("a stated 4 years, and one year (singular: 1 año, 1 año completo, contado)", () => {
    const four = evaluateVesting({ yearsOfService: 4, balances: match("1000") }, SOS_PLAN);
    expect(es.vestingExplanation(four, SOS_PLAN)[1]).toBe(`Aportación de la empresa: con 4 años de servicio, ya es suyo el 75% según el calendario (${SCHEDULE}). (11-K Note 1.D)`);
    const one = evaluateVesting({ yearsOfService: 1, balances: match("1000") }, SOS_PLAN);
    expect(es.vestingExplanation(one, SOS_PLAN)[1]).toBe(`Aportación de la empresa: con 1 año de servicio, ya es suyo el 0% según el calendario (${SCHEDULE}). (11-K Note 1.D)`);
    const fraction = evaluateVesting({ yearsOfService: 1.5, balances: match("1000") }, SOS_PLAN);
    expect(es.vestingExplanation(fraction, SOS_PLAN)[1]).toBe(
      `Aportación de la empresa: con 1.5 años de servicio, que cuentan como 1 año completo, ya es suyo el 0% según el calendario (${SCHEDULE}). (11-K Note 1.D)`,
    );
    const dates = evaluateVesting({ employmentStartDate: "2001-05-14", asOf: "2002-05-14", balances: match("1000") }, SOS_PLAN);
    expect(es.vestingExplanation(dates, SOS_PLAN)[1]).toBe(
      `Aportación de la empresa: con 1 año completo de servicio del 2001-05-14 al 2002-05-14, ya es suyo el 0% según el calendario (${SCHEDULE}). (11-K Note 1.D)`,
    );
    for (const result of [four, one, fraction, dates]) expectSpanishList(en.vestingExplanation(result, SOS_PLAN), es.vestingExplanation(result, SOS_PLAN));
  });

  it("the dates: completed years from the start to the as-of date", () => {
    const result = evaluateVesting({ employmentStartDate: "2000-02-29", asOf: "2003-03-01", balances: match("4000.01") }, SOS_PLAN);
    expect(es.vestingExplanation(result, SOS_PLAN)[1]).toBe(
      `Aportación de la empresa: con 3 años completos de servicio del 2000-02-29 al 2003-03-01, ya es suyo el 50% según el calendario (${SCHEDULE}). (11-K Note 1.D)`,
    );
    expectSpanishList(en.vestingExplanation(result, SOS_PLAN), es.vestingExplanation(result, SOS_PLAN));
  });

  it("a terminated plan: the match is 100% theirs, citing Note 5", () => {
    const result = evaluateVesting({ yearsOfService: 2, balances: match("1000"), events: ["planTermination"] }, SOS_PLAN);
    const spanish = es.vestingExplanation(result, SOS_PLAN);
    expect(spanish).toEqual([
      ALWAYS,
      "El plan se terminó, así que en todas las cuentas todo es de su dueño, con todos los derechos adquiridos: la aportación de la empresa es 100% suya. (11-K Note 5)",
      UNVESTED,
    ]);
    expectSpanishList(en.vestingExplanation(result, SOS_PLAN), spanish);
  });

  it("each full-vesting event in words, never its code name", () => {
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, fullVestingOn: ["planTermination", "death", "disability", "retirement"] } });
    const facts = (event: "death" | "disability" | "retirement") => evaluateVesting({ yearsOfService: 2, balances: match("1000"), events: [event] }, plan);
    expect(es.vestingExplanation(facts("death"), plan)[1]).toBe(
      "Todo pasa a ser suyo (100%) en caso de fallecimiento, como lo dicen las opciones de este plan: la aportación de la empresa es 100% suya.",
    );
    expect(es.vestingExplanation(facts("disability"), plan)[1]).toBe(
      "Todo pasa a ser suyo (100%) en caso de incapacidad, como lo dicen las opciones de este plan: la aportación de la empresa es 100% suya.",
    );
    expect(es.vestingExplanation(facts("retirement"), plan)[1]).toBe(
      "Todo pasa a ser suyo (100%) al llegar a la edad normal de jubilación, como lo dicen las opciones de este plan: la aportación de la empresa es 100% suya.",
    );
    expect(es.fullVestingWords("planTermination")).toBe("Todo pasa a ser suyo (100%) si se termina el plan");
    for (const event of ["death", "disability", "retirement"] as const) expectSpanishList(en.vestingExplanation(facts(event), plan), es.vestingExplanation(facts(event), plan));
    for (const event of ["planTermination", "death", "disability", "retirement"] as const) expectSpanish(en.fullVestingWords(event), es.fullVestingWords(event), false);
  });

  it("from hours, 1 year of service (contado); 2 years (contados)", () => {
    const one = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2002-01-01", hours: [{ date: "2001-06-30", hours: 1000 }], balances: match("1000") }, SOS_PLAN);
    expect(es.vestingExplanation(one, SOS_PLAN)[1]).toBe(
      `Aportación de la empresa: con 1 año de servicio contado a partir de sus horas, ya es suyo el 0% según el calendario (${SCHEDULE}). (11-K Note 1.D)`,
    );
    const two = evaluateVesting(
      { employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours: [{ date: "2001-06-30", hours: 1000 }, { date: "2002-06-30", hours: 1000 }], balances: match("1000") },
      SOS_PLAN,
    );
    expect(es.vestingExplanation(two, SOS_PLAN)[1]).toBe(
      `Aportación de la empresa: con 2 años de servicio contados a partir de sus horas, ya es suyo el 0% según el calendario (${SCHEDULE}). (11-K Note 1.D)`,
    );
    expectSpanishList(en.vestingExplanation(one, SOS_PLAN), es.vestingExplanation(one, SOS_PLAN));
    expectSpanishList(en.vestingExplanation(two, SOS_PLAN), es.vestingExplanation(two, SOS_PLAN));
  });

  it("from hours: the service sentences come between the match and the forfeiture", () => {
    // 2000 1,400; 2001 1,800; 2002 none (a break); 2003 1,300; 2004 1,900; 2005 900 by June 30.
    const hours = REHIRE_HOURS;
    const result = evaluateVesting({ employmentStartDate: "2000-03-06", asOf: "2005-06-30", hours, balances: match("1000") }, SOS_PLAN);
    const spanish = es.vestingExplanation(result, SOS_PLAN);
    expect(spanish).toEqual([
      ALWAYS,
      `Aportación de la empresa: con 4 años de servicio contados a partir de sus horas, ya es suyo el 75% según el calendario (${SCHEDULE}). (11-K Note 1.D)`,
      RULE,
      "Al 2005-06-30, usted tiene 4 años de servicio: 2000 (1,400 horas, contado el 2000-12-31), 2001 (1,800 horas, contado el 2001-12-31), 2003 (1,300 horas, contado el 2003-12-31) y 2004 (1,900 horas, contado el 2004-12-31).",
      "Un año del plan que terminó con 500 horas o menos es una interrupción de servicio. Sus interrupciones: 2002. (29 CFR 2530.200b-4)",
      "Las interrupciones no le quitan a usted los años que tenía antes de ellas: todos los años de servicio cuentan.",
      "Este año del plan (del 2005-01-01 al 2005-12-31) tiene 900 horas hasta el 2005-06-30: con 100 horas más en él, será un año de servicio.",
      "Si no hay más horas después del último registro (2005-06-30), la parte de la aportación de la empresa que aún no es suya se queda en su cuenta hasta el final de la quinta interrupción de servicio seguida (2010-12-31). " +
        "La perdería el 2011-01-01. Si vuelve a trabajar antes de esa fecha, todavía puede llegar a ser suya. (IRC 411(a)(6)(C); 11-K Note 1.G)",
      UNVESTED,
    ]);
    expectSpanishList(en.vestingExplanation(result, SOS_PLAN), spanish);
  });
});

describe("serviceExplanation", () => {
  it("the rule of parity applied: 2 years at 0%, then 5 breaks in a row (1997 to 2001)", () => {
    const hours = [1995, 1996, 2003].map((year) => ({ date: `${year}-06-30`, hours: 1200 }));
    const service = vestingService({ employmentStartDate: "1995-01-09", asOf: "2004-01-01", hours, matchBalance: new Dec(1000) }, PARITY_PLAN);
    const spanish = es.serviceExplanation(service, PARITY_PLAN);
    expect(spanish).toEqual([
      RULE,
      "Al 2004-01-01, usted tiene 1 año de servicio: 2003 (1,200 horas, contado el 2003-06-30).",
      "Un año del plan que terminó con 500 horas o menos es una interrupción de servicio. Sus interrupciones: 1997, 1998, 1999, 2000, 2001 y 2002. (29 CFR 2530.200b-4)",
      "Regla de paridad: usted tenía 2 años de servicio y aún no era suyo nada de la aportación de la empresa (0%); después tuvo 5 interrupciones seguidas (de 1997 a 2001). " +
        "Son al menos 5, y no menos que esos 2 años, así que los años de antes de las interrupciones ya no cuentan. (IRC 411(a)(6)(D))",
      "Este año del plan (del 2004-01-01 al 2004-12-31) tiene 0 horas hasta el 2004-01-01: con 1,000 horas más en él, será un año de servicio.",
      "Si no hay más horas después del último registro (2003-06-30), la parte de la aportación de la empresa que aún no es suya se queda en su cuenta hasta el final de la quinta interrupción de servicio seguida (2008-12-31). " +
        "La perdería el 2009-01-01. Si vuelve a trabajar antes de esa fecha, todavía puede llegar a ser suya. (IRC 411(a)(6)(C); 11-K Note 1.G)",
    ]);
    expectSpanishList(en.serviceExplanation(service, PARITY_PLAN), spanish);
  });

  it("breaks in a row now, and no year of service yet", () => {
    // 300 hours in 2001, none in 2002: two breaks in a row on 2003-01-01, no year of service.
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours: [{ date: "2001-06-30", hours: 300 }] }, SOS_PLAN);
    const spanish = es.serviceExplanation(service, SOS_PLAN);
    expect(spanish[1]).toBe("Al 2003-01-01, usted aún no tiene ningún año de servicio.");
    expect(spanish[2]).toBe(
      "Un año del plan que terminó con 500 horas o menos es una interrupción de servicio. Sus interrupciones: 2001 y 2002. Ahora lleva 2 interrupciones seguidas. (29 CFR 2530.200b-4)",
    );
    expectSpanishList(en.serviceExplanation(service, SOS_PLAN), spanish);
    const one = vestingService({ employmentStartDate: "2001-01-15", asOf: "2002-01-01", hours: [{ date: "2001-06-30", hours: 300 }] }, SOS_PLAN);
    expect(es.serviceExplanation(one, SOS_PLAN)[2]).toBe(
      "Un año del plan que terminó con 500 horas o menos es una interrupción de servicio. Sus interrupciones: 2001. Ahora lleva 1 interrupción seguida. (29 CFR 2530.200b-4)",
    );
    expectSpanishList(en.serviceExplanation(one, SOS_PLAN), es.serviceExplanation(one, SOS_PLAN));
  });

  it("hours ahead of the as-of date, and a period that is already a year of service", () => {
    const hours = [2001, 2002, 2003].map((year) => ({ date: `${year}-06-30`, hours: 1000 }));
    const ahead = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-03-31", hours }, SOS_PLAN);
    expect(es.serviceExplanation(ahead, SOS_PLAN)).toContain(
      "Las horas con fecha posterior al 2003-03-31 cuentan para las fechas que vienen, no para el porcentaje de hoy: con todas las horas que usted escribió, llega a 3 años de servicio.",
    );
    const done = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-07-01", hours }, SOS_PLAN);
    expect(es.serviceExplanation(done, SOS_PLAN)).toContain("Este año del plan (del 2003-01-01 al 2003-12-31) tiene 1,000 horas hasta el 2003-07-01: ya es un año de servicio (contado el 2003-06-30).");
    expectSpanishList(en.serviceExplanation(ahead, SOS_PLAN), es.serviceExplanation(ahead, SOS_PLAN));
    expectSpanishList(en.serviceExplanation(done, SOS_PLAN), es.serviceExplanation(done, SOS_PLAN));
  });

  it("a period with more than 500 but fewer than 1,000 hours is neither", () => {
    const hours = [
      { date: "2001-06-30", hours: 1000 },
      { date: "2002-06-30", hours: 700 },
    ];
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours }, SOS_PLAN);
    expect(es.serviceExplanation(service, SOS_PLAN)).toContain("Un año del plan con más de 500 horas pero menos de 1,000 no es ni un año de servicio ni una interrupción: 2002.");
    expectSpanishList(en.serviceExplanation(service, SOS_PLAN), es.serviceExplanation(service, SOS_PLAN));
  });

  it("anniversary years: the first 12 months named, periods from date to date", () => {
    const hours = [
      { date: "2002-09-30", hours: 1000 },
      { date: "2003-09-30", hours: 200 },
    ];
    const service = vestingService({ employmentStartDate: "2002-03-15", asOf: "2004-06-30", hours, matchBalance: new Dec(1000) }, ANNIVERSARY_PLAN);
    const spanish = es.serviceExplanation(service, ANNIVERSARY_PLAN);
    expect(spanish.slice(0, 4)).toEqual([
      "Los años de servicio se cuentan a partir de sus horas de servicio (horas pagadas), por períodos de 12 meses, desde su fecha de inicio y desde cada aniversario de esa fecha (los primeros 12 meses van del 2002-03-15 al 2003-03-14). " +
        "Un período de 12 meses con 1,000 horas o más es un año de servicio. " +
        "El año cuenta desde el día del registro de horas con el que llega a 1,000 horas, aunque usted deje el trabajo más tarde en ese período de 12 meses. (29 CFR 2530.200b-1, 2530.203-2)",
      "Al 2004-06-30, usted tiene 1 año de servicio: del 2002-03-15 al 2003-03-14 (1,000 horas, contado el 2002-09-30).",
      "Un período de 12 meses que terminó con 500 horas o menos es una interrupción de servicio. Sus interrupciones: del 2003-03-15 al 2004-03-14. Ahora lleva 1 interrupción seguida. (29 CFR 2530.200b-4)",
      "Regla de paridad: los años anteriores dejan de contar solo si un participante que aún no tiene nada suyo (0%) tiene interrupciones seguidas: al menos 5, y no menos que los años que tenía antes. " +
        "Eso no ha pasado, así que todos los años cuentan. (IRC 411(a)(6)(D))",
    ]);
    expectSpanishList(en.serviceExplanation(service, ANNIVERSARY_PLAN), spanish);
  });
});

describe("singular and plural", () => {
  it("1 hora, 1 interrupción, 1 hora más; otherwise plural", () => {
    expect([es.hoursWord(1), es.hoursWord(0), es.hoursWord(1000), es.hoursWord(999.5)]).toEqual(["1 hora", "0 horas", "1,000 horas", "999.5 horas"]);
    expect([es.breaksWord(1), es.breaksWord(5)]).toEqual(["1 interrupción", "5 interrupciones"]);
    expect([es.moreHours(1), es.moreHours(380)]).toEqual(["1 hora más", "380 horas más"]);
    expect([es.yearsWord(1), es.yearsWord(3), es.yearsWord(3.9)]).toEqual(["1 año", "3 años", "3.9 años"]);
  });

  it("999 of 1,000 hours leave 1 hora más", () => {
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2001-07-01", hours: [{ date: "2001-06-30", hours: 999 }] }, SOS_PLAN);
    expect(es.serviceExplanation(service, SOS_PLAN)).toContain("Este año del plan (del 2001-01-01 al 2001-12-31) tiene 999 horas hasta el 2001-07-01: con 1 hora más en él, será un año de servicio.");
    expectSpanishList(en.serviceExplanation(service, SOS_PLAN), es.serviceExplanation(service, SOS_PLAN));
  });

  it("lists: y, and e before an i sound; o, and u before an o sound", () => {
    expect(es.list([])).toBe("");
    expect(es.list(["2001"])).toBe("2001");
    expect(es.list(["2001", "2002", "2003"])).toBe("2001, 2002 y 2003");
    expect(es.list(["SOS", "Inteliant"])).toBe("SOS e Inteliant");
    expect(es.list(["agua", "hierro"])).toBe("agua y hierro");
    expect(es.list(["se jubila", "fallece"], "o")).toBe("se jubila o fallece");
    expect(es.list(["siete", "ocho"], "o")).toBe("siete u ocho");
  });
});

describe("always 100% theirs: one decision, one sentence", () => {
  it("names the sources the plan vests immediately, for each reader", () => {
    expect(es.alwaysVestedSentence(SOS_PLAN, "participant")).toBe(ALWAYS);
    expect(es.alwaysVestedSentence(SOS_PLAN, "hr")).toBe(
      "Lo que el participante aporta de su sueldo y el dinero que trajo de otro plan, con sus ganancias, siempre son 100% suyos. (11-K Note 1.D)",
    );
    expect(es.alwaysVestedSources(SOS_PLAN)).toBe("lo que usted aporta de su sueldo y el dinero que trajo de otro plan");
    expectSpanish(en.alwaysVestedSentence(SOS_PLAN, "participant"), es.alwaysVestedSentence(SOS_PLAN, "participant"));
    expectSpanish(en.alwaysVestedSentence(SOS_PLAN, "hr"), es.alwaysVestedSentence(SOS_PLAN, "hr"));
    expectSpanish(en.alwaysVestedSources(SOS_PLAN), es.alwaysVestedSources(SOS_PLAN), false);
  });

  it("follows the plan's immediatelyVested list, agreeing with one source", () => {
    const deferral = definePlan({ ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, immediatelyVested: ["deferral"] } });
    expect(es.alwaysVestedSentence(deferral, "participant")).toBe("Lo que usted aporta de su sueldo, con sus ganancias, siempre es 100% suyo. (11-K Note 1.D)");
    const all = definePlan({ ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, immediatelyVested: ["deferral", "rollover", "match"] } });
    expect(es.alwaysVestedSentence(all, "participant")).toBe(
      "Lo que usted aporta de su sueldo, el dinero que trajo de otro plan y la aportación de la empresa, con sus ganancias, siempre son 100% suyos. (11-K Note 1.D)",
    );
    expectSpanish(en.alwaysVestedSentence(deferral, "participant"), es.alwaysVestedSentence(deferral, "participant"));
  });
});

describe("the service rule, written once for the participant's record and HR's", () => {
  it("names each status the same way on both records", () => {
    expect(es.periodStatusWords("yearOfService", "2003-12-31", SOS_PLAN)).toBe("Año de servicio");
    expect(es.periodStatusWords("break", "2003-12-31", SOS_PLAN)).toBe("Interrupción de servicio (500 horas o menos)");
    expect(es.periodStatusWords("neither", "2003-12-31", SOS_PLAN)).toBe("Ni año de servicio ni interrupción (más de 500 y menos de 1,000 horas)");
    expect(es.periodStatusWords("disregarded", "2003-12-31", SOS_PLAN)).toBe("Año de servicio que ya no cuenta (regla de paridad)");
    expect(es.periodStatusWords("breakWhenItEnds", "2006-12-31", SOS_PLAN)).toBe("Interrupción de servicio cuando termine, el 31 de diciembre de 2006");
    expect(es.periodStatusWords("neitherWhenItEnds", "2006-12-31", SOS_PLAN)).toBe("Ni año de servicio ni interrupción, cuando termine, el 31 de diciembre de 2006");
    for (const status of ["break", "neither", "breakWhenItEnds", "neitherWhenItEnds"] as const) {
      expectSpanish(en.periodStatusWords(status, "2006-12-31", SOS_PLAN), es.periodStatusWords(status, "2006-12-31", SOS_PLAN));
    }
    for (const status of ["yearOfService", "disregarded"] as const) {
      expectSpanish(en.periodStatusWords(status, "2006-12-31", SOS_PLAN), es.periodStatusWords(status, "2006-12-31", SOS_PLAN), false);
    }
  });

  it("the rule of parity, on but not applied: one sentence for both readers", () => {
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours: [{ date: "2001-06-30", hours: 1000 }] }, PARITY_PLAN);
    const sentence =
      "Regla de paridad: los años anteriores dejan de contar solo si un participante que aún no tiene nada suyo (0%) tiene interrupciones seguidas: al menos 5, y no menos que los años que tenía antes. " +
      "Eso no ha pasado, así que todos los años cuentan. (IRC 411(a)(6)(D))";
    expect(es.paritySentences(service, PARITY_PLAN, "participant")).toEqual([sentence]);
    expect(es.paritySentences(service, PARITY_PLAN, "hr")).toEqual([sentence]);
    expectSpanishList(en.paritySentences(service, PARITY_PLAN, "hr"), es.paritySentences(service, PARITY_PLAN, "hr"));
  });

  it("the rule of parity applied, for HR: el participante", () => {
    const hours = [1995, 1996, 2003].map((year) => ({ date: `${year}-06-30`, hours: 1200 }));
    const service = vestingService({ employmentStartDate: "1995-01-09", asOf: "2004-01-01", hours, matchBalance: new Dec(1000) }, PARITY_PLAN);
    const spanish = es.paritySentences(service, PARITY_PLAN, "hr");
    expect(spanish).toEqual([
      "Regla de paridad: el participante tenía 2 años de servicio y aún no era suyo nada de la aportación de la empresa (0%); después tuvo 5 interrupciones seguidas (de 1997 a 2001). " +
        "Son al menos 5, y no menos que esos 2 años, así que los años de antes de las interrupciones ya no cuentan. (IRC 411(a)(6)(D))",
    ]);
    expectSpanishList(en.paritySentences(service, PARITY_PLAN, "hr"), spanish);
  });

  it("for HR a period of leaving within the break's hours counts as a break when it ends; for the participant it does not yet", () => {
    const hours = [
      { date: "2001-06-30", hours: 1000 },
      { date: "2002-03-31", hours: 100 },
    ];
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2002-03-31", hours }, SOS_PLAN);
    expect(es.paritySentences(service, SOS_PLAN, "hr")).toEqual(["Las interrupciones no le quitan al participante los años que tenía antes de ellas: todos los años de servicio cuentan."]);
    expect(es.paritySentences(service, SOS_PLAN, "participant")).toEqual([]);
    expect(es.paritySentences(service, SOS_PLAN, "hr")).toHaveLength(en.paritySentences(service, SOS_PLAN, "hr").length);
    expectSpanish(en.paritySentences(service, SOS_PLAN, "hr")[0]!, es.paritySentences(service, SOS_PLAN, "hr")[0]!, false);
  });

  it("the participant's record: the date the part not yet theirs is lost if no more hours come, and once it has passed", () => {
    const hours = [{ date: "2001-06-30", hours: 1000 }];
    const before = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours, matchBalance: new Dec(500) }, SOS_PLAN);
    const beforeEs = esRecordForfeit(before, new Dec(500), SOS_PLAN);
    expect(beforeEs).toBe(
      "Si no hay más horas después de las últimas que usted escribió, la parte de la aportación de la empresa que aún no es suya ($500.00 hoy) se queda en su cuenta hasta el final de su quinta interrupción de servicio seguida " +
        "(de 2002 a 2006), y la pierde el 1 de enero de 2007. Si vuelve antes del 1 de enero de 2007, todavía puede llegar a ser suya: un año del plan con más de 500 horas no es una interrupción.",
    );
    expectSpanish(enRecordForfeit(before, new Dec(500), SOS_PLAN)!, beforeEs!);
    const after = vestingService({ employmentStartDate: "2001-01-15", asOf: "2007-01-01", hours, matchBalance: new Dec(500) }, SOS_PLAN);
    const afterEs = esRecordForfeit(after, new Dec(500), SOS_PLAN);
    expect(afterEs).toBe("Después de 5 interrupciones de servicio seguidas (de 2002 a 2006), usted perdió el 1 de enero de 2007 la parte de la aportación de la empresa que aún no era suya ($500.00).");
    expectSpanish(enRecordForfeit(after, new Dec(500), SOS_PLAN)!, afterEs!);
    expect(esRecordForfeit(before, new Dec(0), SOS_PLAN)).toBeNull();
  });
  // HR's sentence of a leaving participant is lib/words/es/forfeiture.ts' (test/unit/words-es-forfeiture.test.ts).
});

describe("leaving on the as-of date: what is kept, when the rest is lost", () => {
  it("nothing to lose: all of the account is theirs", () => {
    const result = evaluateVesting({ yearsOfService: 6, balances: withMatch("1000", "234.50") }, SOS_PLAN);
    const spanish = es.leavingNowSentence("2005-06-30", result, SOS_PLAN);
    expect(spanish).toBe("Si su empleo terminara el 30 de junio de 2005, toda su cuenta, $1,234.50, sería suya: no perdería nada.");
    expectSpanish(en.leavingNowSentence("2005-06-30", result, SOS_PLAN), spanish);
  });

  it("nothing theirs yet, service stated: lost after 5 plan years in a row of 500 hours or fewer", () => {
    const result = evaluateVesting({ yearsOfService: 2, balances: match("500") }, SOS_PLAN);
    const spanish = es.leavingNowSentence("2005-06-30", result, SOS_PLAN);
    expect(spanish).toBe(
      "Si su empleo terminara el 30 de junio de 2005, nada de su cuenta sería suyo todavía: la aportación de la empresa, $500.00, que aún no es suya, " +
        "se quedaría en su cuenta y se perdería para siempre después de 5 años del plan seguidos con 500 horas o menos (interrupciones de servicio), a menos que usted volviera a trabajar antes.",
    );
    expectSpanish(en.leavingNowSentence("2005-06-30", result, SOS_PLAN), spanish);
  });

  it("part kept, from hours: the date the rest is lost, or was", () => {
    // 1,000 hours in each of 2001-2004: 4 years, 75% of $1,000 match; $250 not theirs; $200 of deferrals.
    const hours = [2001, 2002, 2003, 2004].map((year) => ({ date: `${year}-06-30`, hours: 1000 }));
    const result = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2005-06-30", hours, balances: withMatch("1000", "200") }, SOS_PLAN);
    const spanish = es.leavingNowSentence("2005-06-30", result, SOS_PLAN);
    expect(spanish).toBe(
      "Si su empleo terminara el 30 de junio de 2005, usted se quedaría con $950.00; el resto, $250.00, la parte de la aportación de la empresa que aún no es suya, " +
        "se quedaría en su cuenta y se perdería para siempre el 1 de enero de 2010, a menos que usted volviera a trabajar antes de esa fecha.",
    );
    expectSpanish(en.leavingNowSentence("2005-06-30", result, SOS_PLAN), spanish);
    const late = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2010-06-30", hours, balances: withMatch("1000", "200") }, SOS_PLAN);
    const lateEs = es.leavingNowSentence("2010-06-30", late, SOS_PLAN);
    expect(lateEs).toBe(
      "Si su empleo terminara el 30 de junio de 2010, usted se quedaría con $950.00; el resto, $250.00, la parte de la aportación de la empresa que aún no es suya, ya se perdió el 1 de enero de 2010.",
    );
    expectSpanish(en.leavingNowSentence("2010-06-30", late, SOS_PLAN), lateEs);
  });
});

describe("the service rule on the plan's facts page", () => {
  it("by plan year", () => {
    const spanish = es.serviceRuleSentences(SOS_PLAN);
    expect(spanish).toEqual([
      "Cuando se conocen las horas, los años de servicio que deciden cuánto de su cuenta ya es suyo (adquisición de derechos) se cuentan a partir de ellas, cada año del plan (del 1 de enero al 31 de diciembre) por separado, " +
        "desde el año del plan en que el empleado empezó. Un año del plan con 1,000 horas o más es un año de servicio, aunque el empleado se vaya más tarde ese año.",
      "Un año del plan que terminó con 500 horas o menos es una interrupción de servicio (por ejemplo, mucho tiempo entre una asignación y otra). Un año del plan con más de 500 horas pero menos de 1,000 no es ni un año de servicio ni una interrupción.",
      "Una interrupción de servicio no quita los años de servicio de antes: todas las horas cuentan, antes y después de una pausa o de volver a trabajar para la empresa.",
      "Quien se va antes de que toda la aportación de la empresa sea suya conserva en la cuenta la parte que aún no es suya hasta el final de la quinta interrupción de servicio seguida, " +
        "y si vuelve antes, todavía puede llegar a ser suya. Al día siguiente, la pierde.",
    ]);
    expectSpanishList(en.serviceRuleSentences(SOS_PLAN), spanish);
  });

  it("by anniversary year it names the 12-month period; with the rule of parity it points to the options", () => {
    const [counted, breaks, parity] = es.serviceRuleSentences(ANNIVERSARY_PLAN);
    expect(counted).toBe(
      "Cuando se conocen las horas, los años de servicio que deciden cuánto de su cuenta ya es suyo (adquisición de derechos) se cuentan a partir de ellas, por períodos de 12 meses, desde la fecha de inicio y desde cada aniversario de esa fecha. " +
        "Un período de 12 meses con 1,000 horas o más es un año de servicio, aunque el empleado se vaya más tarde ese año.",
    );
    expect(breaks).toBe(
      "Un período de 12 meses que terminó con 500 horas o menos es una interrupción de servicio (por ejemplo, mucho tiempo entre una asignación y otra). Un período de 12 meses con más de 500 horas pero menos de 1,000 no es ni un año de servicio ni una interrupción.",
    );
    expect(parity).toBe("Una interrupción puede quitar años anteriores solo por la regla de paridad (vea “Lo que el informe no dice”).");
    expectSpanishList(en.serviceRuleSentences(ANNIVERSARY_PLAN), es.serviceRuleSentences(ANNIVERSARY_PLAN));
  });

  it("the service rule for HR", () => {
    const service = vestingService({ employmentStartDate: "2001-01-15", asOf: "2003-01-01", hours: [{ date: "2001-06-30", hours: 1000 }] }, SOS_PLAN);
    const spanish = es.serviceRuleSentence(service, SOS_PLAN, "hr");
    expect(spanish).toBe(
      "Los años de servicio se cuentan a partir de las horas, cada año del plan (del 1 de enero al 31 de diciembre) por separado. Un año del plan con 1,000 horas o más es un año de servicio (29 CFR 2530.200b-1, 2530.203-2); " +
        "un año del plan que terminó con 500 horas o menos es una interrupción de servicio (29 CFR 2530.200b-4).",
    );
    expectSpanish(en.serviceRuleSentence(service, SOS_PLAN, "hr"), spanish);
    expect(es.serviceRuleSentence(service, ANNIVERSARY_PLAN, "hr")).toContain("por períodos de 12 meses, desde la fecha de inicio y desde cada aniversario de esa fecha. Un período de 12 meses con 1,000 horas");
  });

  it("each full-vesting event as a clause after \"cuando\"", () => {
    const events = ["planTermination", "death", "disability", "retirement"] as const;
    expect(events.map(es.fullVestingWhen)).toEqual(["se termina el plan (deja de existir)", "el participante fallece", "el participante queda incapacitado", "el participante se jubila"]);
    for (const event of events) expectSpanish(en.fullVestingWhen(event), es.fullVestingWhen(event), false);
  });

  it("periods and runs of them by name: years, or es-US dates for anniversary years", () => {
    const planYear = { start: "2003-01-01", end: "2003-12-31", kind: "planYear" } as const;
    const planYearLast = { start: "2007-01-01", end: "2007-12-31", kind: "planYear" } as const;
    const anniversary = { start: "2003-03-15", end: "2004-03-14", kind: "anniversaryYear" } as const;
    const anniversaryLast = { start: "2010-03-15", end: "2011-03-14", kind: "anniversaryYear" } as const;
    expect(es.periodName(planYear)).toBe("2003");
    expect(es.periodName(anniversary)).toBe("del 15 de marzo de 2003 al 14 de marzo de 2004");
    expect(es.stretchWords(planYear, planYearLast)).toBe("de 2003 a 2007");
    expect(es.stretchWords(anniversary, anniversaryLast)).toBe("del 15 de marzo de 2003 al 14 de marzo de 2011");
    expect(es.periodNoun(SOS_PLAN)).toBe("año del plan");
    expect(es.periodNoun(ANNIVERSARY_PLAN)).toBe("período de 12 meses");
    expectSpanish(en.periodName(anniversary), es.periodName(anniversary));
    expectSpanish(en.stretchWords(planYear, planYearLast), es.stretchWords(planYear, planYearLast));
    expectSpanish(en.stretchWords(anniversary, anniversaryLast), es.stretchWords(anniversary, anniversaryLast));
    expectSpanish(en.periodNoun(ANNIVERSARY_PLAN), es.periodNoun(ANNIVERSARY_PLAN));
  });
});
