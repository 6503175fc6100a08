/**
 * Forfeitures in Spanish (lib/words/es/forfeiture.ts) against the English
 * (lib/words/en/forfeiture.ts): pools allocated as test/unit/forfeiture.test.ts allocates them and
 * leaving participants evaluated as test/unit/forfeitures-termination.test.ts evaluates them, each
 * expected sentence written by hand from docs/glossary-es.md ("pérdida de la parte no adquirida",
 * "la parte asignada", "repartir", "la parte que aún no es suya", "interrupción de servicio",
 * "aportación de la empresa", "año del plan"), about "el participante".
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { EMPTY_TERMINATION_FORM, evaluateTermination, type TerminationForm } from "@/lib/pages/hr-forfeitures/termination";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { allocateForfeitures } from "@/lib/rules/forfeiture";
import { evaluateVesting } from "@/lib/rules/vesting";
import * as en from "@/lib/words/en/forfeiture";
import * as es from "@/lib/words/es/forfeiture";
import { expectParallel } from "./words-es-figures";
import { EN_WORDS } from "./forfeitures-words";

const allocate = (pool: string, deferrals: string[]) =>
  allocateForfeitures(new Dec(pool), deferrals.map((amount, index) => ({ id: `P${index + 1}`, deferrals: new Dec(amount) })), SOS_PLAN);

const leaving = (form: Partial<TerminationForm>, plan = SOS_PLAN) => evaluateTermination({ ...EMPTY_TERMINATION_FORM, ...form }, plan, EN_WORDS).result!;

/** An English ordinal ("5th") is said in Spanish in words ("la quinta"): its digits are checked by the expected sentences, not as a figure. */
const withoutOrdinals = (english: string) => english.replace(/\b\d+(st|nd|rd|th)\b/g, "");

/** Parallel to the English for the same facts (as many, in order, none the English, every figure kept), and none of English's little words. */
function expectSpanish(spanish: readonly string[], english: readonly string[]): void {
  expectParallel(spanish, english.map(withoutOrdinals));
  for (const sentence of spanish) expect(sentence).not.toMatch(/\b(the|is|are|and|of|match|years?|hours?|vest(ed|s)?|forfeit(ed|ures?)?)\b/);
}

const SCHEDULE = "según el calendario (menos de 3 años 0%, 3 años 50%, 4 años 75%, 5 años o más 100%). (11-K Note 1.D)";
const ALWAYS = "Siempre son del participante al 100%, con sus ganancias: lo que aportó de su sueldo y el dinero que trajo de otro plan. (11-K Note 1.D)";
const WHERE_IT_GOES =
  "Lo que se pierde (pérdida de la parte no adquirida) va a la cuenta de pérdidas del plan y reduce las aportaciones futuras de la empresa; en 2002 se repartió entre los participantes como aportación de la empresa. (11-K Note 1.G)";

describe("lib/words/es/forfeiture: how the pool was shared", () => {
  it("$10.00 over 1 : 2 : 4, 2 cents by remainder, sentence for sentence", () => {
    expect(es.allocationExplanation(allocate("10.00", ["1", "2", "4"]), SOS_PLAN)).toEqual([
      "Lo que pierden los participantes que se van (pérdida de la parte no adquirida) reduce las aportaciones futuras de la empresa; aquí el fondo de $10.00 se reparte como aportación de la empresa. (11-K Note 1.G)",
      "La parte asignada a cada participante es el fondo × su aportación ÷ la suma de las aportaciones de todos ($7.00), redondeada hacia abajo al centavo.",
      "2 centavos sobraron al redondear hacia abajo y se dieron de uno en uno a las partes con los restos más grandes (si hay empate, en el orden de la lista), así que las partes asignadas suman exactamente el fondo.",
    ]);
  });

  it("1 cent is singular; nothing left when the floored shares already sum to the pool", () => {
    expect(es.allocationExplanation(allocate("100.00", ["1", "1", "1"]), SOS_PLAN)[2]).toBe(
      "1 centavo sobró al redondear hacia abajo y se dio a la parte con el resto más grande (si hay empate, a la primera de la lista), así que las partes asignadas suman exactamente el fondo.",
    );
    expect(es.allocationExplanation(allocate("127800.00", ["487809.00"]), SOS_PLAN)).toEqual([
      "Lo que pierden los participantes que se van (pérdida de la parte no adquirida) reduce las aportaciones futuras de la empresa; aquí el fondo de $127,800.00 se reparte como aportación de la empresa. (11-K Note 1.G)",
      "La parte asignada a cada participante es el fondo × su aportación ÷ la suma de las aportaciones de todos ($487,809.00), redondeada hacia abajo al centavo.",
      "Las partes asignadas, redondeadas hacia abajo, ya suman el fondo.",
    ]);
  });

  it.each([
    ["10.00", ["1", "2", "4"]],
    ["100.00", ["1", "1", "1"]],
    ["127800.00", ["487809.00"]],
    ["0.02", ["5", "5", "5"]],
  ])("pool %s over %j: parallel to the English", (pool, deferrals) => {
    const result = allocate(pool, deferrals);
    expectSpanish(es.allocationExplanation(result, SOS_PLAN), en.allocationExplanation(result, SOS_PLAN));
  });
});

describe("lib/words/es/forfeiture: a participant leaving, for HR", () => {
  it("by dates: 3 completed years through the last day, 50%, the rest lost after the fifth break", () => {
    // Start 1999-06-15, last day 2003-06-13: 3 years → 50% of $4,000.01 = $2,000.01; $2,000.00 lost; 4 years would give 75%.
    const facts = leaving({ serviceBy: "dates", employmentStartDate: "1999-06-15", terminationDate: "2003-06-13", matchBalance: "4000.01", deferralBalance: "10000", rolloverBalance: "500" });
    expect(es.leavingExplanation(facts, SOS_PLAN)).toEqual([
      ALWAYS,
      "Del 15 de junio de 1999 al último día de empleo, el 13 de junio de 2003, contado completo: 3 años completos de servicio.",
      `Aportación de la empresa: con 3 años de servicio, ya es del participante el 50% ${SCHEDULE}`,
      "Al irse el 13 de junio de 2003, la parte que aún no es suya, $2,000.00 del saldo de $4,000.01 de la aportación de la empresa, se pierde si el participante no vuelve: " +
        "se queda en la cuenta hasta el final de la quinta interrupción de servicio seguida (un año del plan con 500 horas o menos). Dé las horas de cada año del plan para ver la fecha. (IRC 411(a)(6)(C); 11-K Note 1.G)",
      WHERE_IT_GOES,
      "Con 4 años de servicio, habría sido del participante el 75% de la aportación de la empresa. (11-K Note 1.D)",
    ]);
    expectSpanish(es.leavingExplanation(facts, SOS_PLAN), en.leavingExplanation(facts, SOS_PLAN));
  });

  it("a stated figure: 3.9 years count as 3; 1 year is singular", () => {
    const facts = leaving({ yearsOfService: "3.9", matchBalance: "1000" });
    expect(es.leavingExplanation(facts, SOS_PLAN).slice(0, 3)).toEqual([
      ALWAYS,
      `Aportación de la empresa: 3.9 años cuentan como 3 años de servicio; con ellos, ya es del participante el 50% ${SCHEDULE}`,
      "Al irse, la parte que aún no es suya, $500.00 del saldo de $1,000.00 de la aportación de la empresa, se pierde si el participante no vuelve: " +
        "se queda en la cuenta hasta el final de la quinta interrupción de servicio seguida (un año del plan con 500 horas o menos). Dé las horas de cada año del plan para ver la fecha. (IRC 411(a)(6)(C); 11-K Note 1.G)",
    ]);
    expect(es.leavingExplanation(leaving({ yearsOfService: "4", matchBalance: "1000" }), SOS_PLAN)[1]).toBe(`Aportación de la empresa: con 4 años de servicio, ya es del participante el 75% ${SCHEDULE}`);
    expect(es.leavingExplanation(leaving({ yearsOfService: "1", matchBalance: "1000" }), SOS_PLAN)[1]).toBe(`Aportación de la empresa: con 1 año de servicio, ya es del participante el 0% ${SCHEDULE}`);
    expectSpanish(es.leavingExplanation(facts, SOS_PLAN), en.leavingExplanation(facts, SOS_PLAN));
  });

  it("nothing lost: the plan terminated, no match balance, or the match all the participant's", () => {
    const terminated = leaving({ yearsOfService: "1", matchBalance: "3000", deferralBalance: "200", rolloverBalance: "50", planTerminated: true });
    expect(es.leavingExplanation(terminated, SOS_PLAN).at(-1)).toBe("Como el plan terminó, no se pierde nada: todo el saldo de $3,250.00 es del participante. (11-K Note 5)");
    const noMatch = leaving({ yearsOfService: "1", matchBalance: "0" });
    expect(es.leavingExplanation(noMatch, SOS_PLAN).at(-1)).toBe("No hay saldo de la aportación de la empresa, así que no se pierde nada. (11-K Note 1.G)");
    const allTheirs = leaving({ yearsOfService: "6", matchBalance: "10" });
    expect(es.leavingExplanation(allTheirs, SOS_PLAN).at(-1)).toBe("Toda la aportación de la empresa ya es del participante, así que no se pierde nada. (11-K Note 1.G)");
    for (const facts of [terminated, noMatch, allTheirs]) expectSpanish(es.leavingExplanation(facts, SOS_PLAN), en.leavingExplanation(facts, SOS_PLAN));
  });

  it("by hours: the rule, the last day, the year of service, the year of leaving short of one, the breaks, the date it is lost", () => {
    // 2000: 1,000 hours, a year of service (0%); last day 2001-06-30 with 500 hours: a break when 2001 ends;
    // the five breaks are 2001 to 2005, the match is lost on January 1, 2006.
    const facts = leaving({ serviceBy: "hours", hoursBy: "years", employmentStartDate: "2000-01-01", terminationDate: "2001-06-30", hoursByYear: { "2000": "1000", "2001": "500" }, matchBalance: "1000" });
    expect(es.leavingExplanation(facts, SOS_PLAN)).toEqual([
      ALWAYS,
      "Los años de servicio se cuentan a partir de las horas, un año del plan (del 1 de enero al 31 de diciembre) a la vez. " +
        "Un año del plan con 1,000 horas o más es un año de servicio (29 CFR 2530.200b-1, 2530.203-2); un año del plan que ya terminó con 500 horas o menos es una interrupción de servicio (29 CFR 2530.200b-4).",
      "El último día de empleo, el 30 de junio de 2001, cuenta completo: cuentan las horas con esa fecha, y el registro se lee tal como está ese día.",
      `Con 1 año de servicio (2000), ya es del participante el 0% de la aportación de la empresa ${SCHEDULE}`,
      "El año del plan en que se va, 2001, tiene 500 horas hasta el último día: faltan 500 horas para un año de servicio.",
      "Las interrupciones no le quitan al participante los años que tenía antes de ellas: cada año de servicio cuenta.",
      "Si el participante no vuelve, la parte que aún no es suya, $1,000.00 del saldo de $1,000.00 de la aportación de la empresa, se queda en la cuenta hasta el 31 de diciembre de 2005, " +
        "el final de la quinta interrupción de servicio seguida (años del plan 2001 a 2005). Se pierde el 1 de enero de 2006. Si vuelve a trabajar antes, todavía puede llegar a ser suya. (IRC 411(a)(6)(C); 11-K Note 1.G)",
      WHERE_IT_GOES,
      "Con 3 años de servicio, habría sido del participante el 50% de la aportación de la empresa. (11-K Note 1.D)",
    ]);
    expectSpanish(es.leavingExplanation(facts, SOS_PLAN), en.leavingExplanation(facts, SOS_PLAN));
  });

  it("by hours with no year of service, and 1 hour short is singular", () => {
    const facts = leaving({ serviceBy: "hours", hoursBy: "years", employmentStartDate: "2000-01-01", terminationDate: "2000-06-30", hoursByYear: { "2000": "999" }, matchBalance: "100" });
    const spanish = es.leavingExplanation(facts, SOS_PLAN);
    expect(spanish[3]).toBe(`Ningún año del plan tiene 1,000 horas hasta el último día: no hay ningún año de servicio, así que ya es del participante el 0% de la aportación de la empresa ${SCHEDULE}`);
    expect(spanish[4]).toBe("El año del plan en que se va, 2000, tiene 999 horas hasta el último día: falta 1 hora para un año de servicio.");
    expectSpanish(spanish, en.leavingExplanation(facts, SOS_PLAN));
  });

  it("the rule of parity, where the plan has it: it took the years before five breaks away", () => {
    // 2000: 1,000 hours (1 year, 0%); 2001-2005 no hours: 5 breaks ≥ max(5, 1), so 2000 no longer counts; back in 2006.
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ruleOfParity: true } });
    const facts = leaving(
      { serviceBy: "hours", hoursBy: "years", employmentStartDate: "2000-01-01", terminationDate: "2006-06-30", hoursByYear: { "2000": "1000", "2006": "100" }, matchBalance: "100" },
      plan,
    );
    const spanish = es.leavingExplanation(facts, plan);
    expect(spanish).toContain(
      "Regla de paridad: el participante no tenía como suya ninguna parte de la aportación de la empresa (0%) con 1 año de servicio, y luego tuvo 5 interrupciones de servicio seguidas (2001 a 2005). " +
        "Son al menos el mayor de 5 y ese 1 año, así que los años antes de las interrupciones ya no cuentan. (IRC 411(a)(6)(D))",
    );
    expectSpanish(spanish, en.leavingExplanation(facts, plan));
  });

  it("a plan that counts 12-month periods: the periods named by their dates, the noun agreeing", () => {
    // Started March 15, 2002: 1,200 hours in the first 12 months; 200 in the second by the last day, June 30, 2003 (read as of that day).
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, vestingPeriods: "anniversaryYear" } });
    const hours = [{ date: "2002-06-01", hours: 1200 }, { date: "2003-04-01", hours: 200 }];
    const vesting = evaluateVesting({ employmentStartDate: "2002-03-15", asOf: "2003-06-30", hours, balances: { deferral: new Dec(0), rollover: new Dec(0), match: new Dec("1000") } }, plan);
    const facts = { ...vesting, forfeited: vesting.forfeitable, lastDay: "2003-06-30" as const };
    const spanish = es.leavingExplanation(facts, plan);
    expect(spanish[1]).toBe(
      "Los años de servicio se cuentan a partir de las horas, 12 meses a la vez, desde la fecha de inicio y desde cada aniversario de ella. " +
        "Un período de 12 meses con 1,000 horas o más es un año de servicio (29 CFR 2530.200b-1, 2530.203-2); un período de 12 meses que ya terminó con 500 horas o menos es una interrupción de servicio (29 CFR 2530.200b-4).",
    );
    expect(spanish[3]).toBe(`Con 1 año de servicio (del 15 de marzo de 2002 al 14 de marzo de 2003), ya es del participante el 0% de la aportación de la empresa ${SCHEDULE}`);
    expect(spanish[4]).toBe("El período de 12 meses en que se va, del 15 de marzo de 2003 al 14 de marzo de 2004, tiene 200 horas hasta el último día: faltan 800 horas para un año de servicio.");
    expect(spanish[6]).toBe(
      "Si el participante no vuelve, la parte que aún no es suya, $1,000.00 del saldo de $1,000.00 de la aportación de la empresa, se queda en la cuenta hasta el 14 de marzo de 2008, " +
        "el final de la quinta interrupción de servicio seguida (del 15 de marzo de 2003 al 14 de marzo de 2008). Se pierde el 15 de marzo de 2008. Si vuelve a trabajar antes, todavía puede llegar a ser suya. (IRC 411(a)(6)(C); 11-K Note 1.G)",
    );
    expectSpanish(spanish, en.leavingExplanation(facts, plan));
  });
});
