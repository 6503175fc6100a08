/**
 * The participant page's words in Spanish (lib/words/es/participant.ts) against the English
 * (lib/words/en/participant.ts): facts built as test/unit/participant-words.test.ts builds them,
 * each expected sentence written by hand from docs/glossary-es.md ("ya es suyo", "aportación de la
 * empresa", "año de servicio", "año del plan", "fecha del cálculo", "perder", "usted").
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateVesting, type Balances } from "@/lib/rules/vesting";
import * as enParticipant from "@/lib/words/en/participant";
import * as esParticipant from "@/lib/words/es/participant";
import * as enHours from "@/lib/words/en/participant-hours";
import * as esHours from "@/lib/words/es/participant-hours";
import { expectParallel } from "./words-es-figures";
import { GAP_WORKER_HOURS } from "./cases";

/** The participant words and the hours mode's (lib/words/<language>/participant-hours.ts), as one. */
const en = { ...enParticipant, ...enHours };
const es = { ...esParticipant, ...esHours };

const match = (amount: string): Balances => ({ deferral: new Dec(0), rollover: new Dec(0), match: new Dec(amount) });

/** An English ordinal ("2nd", "91st") is said in Spanish in words ("segundo") or after its noun ("día 91"): its digits are checked by the expected sentence, not as a figure. */
const withoutOrdinals = (english: string) => english.replace(/\b\d+(st|nd|rd|th)\b/g, "");

/** Parallel to the English for the same facts (as many, not the English, every figure kept), and none of English's little words. */
function expectSpanish(spanish: string | readonly string[], english: string | readonly string[]): void {
  const [esList, enList] = [typeof spanish === "string" ? [spanish] : spanish, typeof english === "string" ? [english] : english];
  expectParallel(esList, enList.map(withoutOrdinals));
  for (const sentence of esList) expect(sentence).not.toMatch(/\b(the|is|are|and|of|you|your|years?|hours?|match)\b/);
}

// The home page's temp worker with a gap (participant-words.test.ts): 1,400 / 300 / 0 / 700 / 1,200
// hours in 2000-2004 and 620 by June 30, 2005: 2 years of service (2000, 2004), 0%; the 3rd year
// reaches 50% of $1,777.78 = $888.89; 2005 needs 380 more hours.
const GAP = GAP_WORKER_HOURS;
const gap = evaluateVesting({ employmentStartDate: "2000-03-06", asOf: "2005-06-30", hours: GAP, balances: match("1777.78") }, SOS_PLAN);
const gapService = gap.service!;

describe("lib/words/es/participant: small words", () => {
  it("counts agree with their number; lists join with y/o (e before an i- sound, u before an o- sound)", () => {
    expect(es.countWord(1, "año", "años")).toBe("1 año");
    expect(es.countWord(1000, "día", "días")).toBe("1,000 días");
    expect(es.listInWords(["la fecha de inicio"])).toBe("la fecha de inicio");
    expect(es.listInWords(["la fecha de inicio", "las horas"])).toBe("la fecha de inicio y las horas");
    expect(es.listInWords(["a", "b", "c"], "or")).toBe("a, b o c");
    expect(es.listInWords(["su fecha de nacimiento", "ingreso"], "and")).toBe("su fecha de nacimiento e ingreso");
    expect(es.listInWords(["siete", "ocho"], "or")).toBe("siete u ocho");
    expect(es.listInWords(["agua", "hielo"], "y")).toBe("agua y hielo");
    expect(es.listInWords([])).toBe("");
  });
});

describe("lib/words/es/participant: the record of service from hours", () => {
  it("the years counted and this year's progress to the next step", () => {
    expect(es.recordYearsSentence(gapService, gap.vestedPercent)).toBe("2 años de servicio contados: ya es suyo el 0% de la aportación de la empresa.");
    expect(es.recordProgressSentence(gap, gapService, SOS_PLAN)).toBe(
      "Lleva 620 horas este año (2005). Si trabaja 380 horas más para el 31 de diciembre de 2005, será suyo el 50% de la aportación de la empresa: $888.89.",
    );
    expect(es.currentPeriodWords(gapService, SOS_PLAN)).toBe("En lo que va de este año: con 380 horas más, será un año de servicio");
    expectSpanish(es.recordYearsSentence(gapService, gap.vestedPercent), en.recordYearsSentence(gapService, gap.vestedPercent));
    expectSpanish(es.recordProgressSentence(gap, gapService, SOS_PLAN), en.recordProgressSentence(gap, gapService, SOS_PLAN));
    expectSpanish(es.currentPeriodWords(gapService, SOS_PLAN), en.currentPeriodWords(gapService, SOS_PLAN));
  });

  it("a year of service already this year; the next year is not a step (su segundo año)", () => {
    const hours = [2001, 2002].map((year) => ({ date: `${year}-06-30`, hours: 1000 }));
    const done = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2002-07-01", hours, balances: match("1000") }, SOS_PLAN);
    expect(es.recordProgressSentence(done, done.service!, SOS_PLAN)).toBe("Ya tiene 1,000 horas este año (2002): es un año de servicio.");
    expect(es.currentPeriodWords(done.service!, SOS_PLAN)).toBe("Año de servicio (este año)");
    const one = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2002-01-10", hours: hours.slice(0, 1), balances: match("1000") }, SOS_PLAN);
    expect(es.recordProgressSentence(one, one.service!, SOS_PLAN)).toBe(
      "Lleva 0 horas este año (2002). Si trabaja 1,000 horas más para el 31 de diciembre de 2002, este año (2002) será su segundo año de servicio. El siguiente paso, el 50%, llega con 3 años.",
    );
    expectSpanish(es.recordProgressSentence(done, done.service!, SOS_PLAN), en.recordProgressSentence(done, done.service!, SOS_PLAN));
    expectSpanish(es.recordProgressSentence(one, one.service!, SOS_PLAN), en.recordProgressSentence(one, one.service!, SOS_PLAN));
    expect(es.currentPeriodWords(done.service!, SOS_PLAN)).not.toBe(en.currentPeriodWords(done.service!, SOS_PLAN));
  });

  it("1 year counted is singular: 1 año de servicio contado", () => {
    const hours = [{ date: "2001-06-30", hours: 1000 }];
    const one = evaluateVesting({ employmentStartDate: "2001-01-15", asOf: "2002-01-10", hours, balances: match("1000") }, SOS_PLAN);
    expect(es.recordYearsSentence(one.service!, one.vestedPercent)).toBe("1 año de servicio contado: ya es suyo el 0% de la aportación de la empresa.");
  });

  it("hours ahead of the fecha del cálculo: the day this year becomes a year of service", () => {
    // 620 by June 30, 2005 and 400 more on September 30: 1,020, a year of service on September 30, 2005.
    const ahead = evaluateVesting({ employmentStartDate: "2000-03-06", asOf: "2005-06-30", hours: [...GAP, { date: "2005-09-30", hours: 400 }], balances: match("1777.78") }, SOS_PLAN);
    expect(es.currentPeriodWords(ahead.service!, SOS_PLAN)).toBe(
      "En lo que va de este año: con 380 horas más, será un año de servicio; con las horas que dio, será un año de servicio el 30 de septiembre de 2005",
    );
    expectSpanish(es.currentPeriodWords(ahead.service!, SOS_PLAN), en.currentPeriodWords(ahead.service!, SOS_PLAN));
  });

  it("the periods ahead of the fecha del cálculo", () => {
    expect(es.aheadPeriodWords(true)).toBe("Más adelante: un año de servicio con las horas que dio");
    expect(es.aheadPeriodWords(false)).toBe("Más adelante: horas después de la fecha del cálculo");
    expect(es.aheadPeriodWords(true)).not.toBe(en.aheadPeriodWords(true));
    expect(es.aheadPeriodWords(false)).not.toBe(en.aheadPeriodWords(false));
  });

  it("the years ahead start from the hours: 620 of 1,000 by June 30 is on pace", () => {
    expect(es.hoursAssumptionSentence(gapService, "2005-06-30", SOS_PLAN)).toBe(
      "Estos cálculos parten de sus 2 años de servicio contados a partir de sus horas al 30 de junio de 2005, y suponen que usted trabaja 1,000 horas o más en cada año del plan desde ahora: " +
        "2005 cuenta como un año de servicio cuando trabaje 380 horas más para el 31 de diciembre de 2005, y cada año del plan después suma uno más. Al ritmo de sus horas hasta ahora (620 al 30 de junio de 2005), lo lograría.",
    );
    expectSpanish(es.hoursAssumptionSentence(gapService, "2005-06-30", SOS_PLAN), en.hoursAssumptionSentence(gapService, "2005-06-30", SOS_PLAN));
  });

  it("not on pace: 100 hours by June 30 would not get there", () => {
    const slow = evaluateVesting({ employmentStartDate: "2000-03-06", asOf: "2005-06-30", hours: [...GAP.slice(0, 5), { date: "2005-06-30", hours: 100 }], balances: match("1777.78") }, SOS_PLAN);
    const sentence = es.hoursAssumptionSentence(slow.service!, "2005-06-30", SOS_PLAN);
    expect(sentence).toContain(
      ": 2005 cuenta como un año de servicio cuando trabaje 900 horas más para el 31 de diciembre de 2005, y cada año del plan después suma uno más. " +
        "Al ritmo de sus horas hasta ahora (100 al 30 de junio de 2005), no lo lograría: necesita más horas por semana de ahora en adelante.",
    );
    expectSpanish(sentence, en.hoursAssumptionSentence(slow.service!, "2005-06-30", SOS_PLAN));
  });
});

describe("lib/words/es/participant: a plan that counts 12-month periods from the start date", () => {
  // Started March 15, 2002: 1,200 hours in the first 12 months (a year of service), 300 by September 30, 2003 in the second, which ends March 14, 2004.
  const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, vestingPeriods: "anniversaryYear" } });
  const hours = [{ date: "2003-03-01", hours: 1200 }, { date: "2003-09-30", hours: 300 }];
  const result = evaluateVesting({ employmentStartDate: "2002-03-15", asOf: "2003-09-30", hours, balances: match("1000") }, plan);

  it("names the period by its end, and says the 12 months count (plural) as a year of service", () => {
    expect(es.recordProgressSentence(result, result.service!, plan)).toBe(
      "Lleva 300 horas este período de 12 meses (hasta el 14 de marzo de 2004). Si trabaja 700 horas más para el 14 de marzo de 2004, " +
        "este período de 12 meses (hasta el 14 de marzo de 2004) será su segundo año de servicio. El siguiente paso, el 50%, llega con 3 años.",
    );
    expect(es.hoursAssumptionSentence(result.service!, "2003-09-30", plan)).toBe(
      "Estos cálculos parten de su 1 año de servicio contado a partir de sus horas al 30 de septiembre de 2003, y suponen que usted trabaja 1,000 horas o más en cada año del plan desde ahora: " +
        "los 12 meses hasta el 14 de marzo de 2004 cuentan como un año de servicio cuando trabaje 700 horas más para el 14 de marzo de 2004, y cada año del plan después suma uno más. " +
        "Al ritmo de sus horas hasta ahora (300 al 30 de septiembre de 2003), no lo lograría: necesita más horas por semana de ahora en adelante.",
    );
    expectSpanish(es.recordProgressSentence(result, result.service!, plan), en.recordProgressSentence(result, result.service!, plan));
    expectSpanish(es.hoursAssumptionSentence(result.service!, "2003-09-30", plan), en.hoursAssumptionSentence(result.service!, "2003-09-30", plan));
  });
});

describe("lib/words/es/participant: what is already yours today", () => {
  it("the service in words, for each way it is given, agreeing with the number", () => {
    const oneYear = evaluateVesting({ yearsOfService: 1, balances: match("1") }, SOS_PLAN);
    const threeAndAHalf = evaluateVesting({ yearsOfService: 3.5, balances: match("1") }, SOS_PLAN);
    expect(es.serviceCountedWords(gap)).toBe("después de 2 años de servicio contados a partir de sus horas");
    expect(es.serviceCountedWords(oneYear)).toBe("después de 1 año de servicio completo");
    expect(es.serviceCountedWords(threeAndAHalf)).toBe("después de 3 años de servicio completos");
    for (const result of [gap, oneYear, threeAndAHalf]) expectSpanish(es.serviceCountedWords(result), en.serviceCountedWords(result));
  });

  it("the method note and the amounts", () => {
    expect(es.methodNoteSentence("years", SOS_PLAN)).toBe(
      "El plan cuenta un año de servicio por cada año del plan en que usted trabaja 1,000 horas o más. Si no sabe cuántos de esos años tiene, calcule a partir de sus horas para saberlo con certeza.",
    );
    expect(es.methodNoteSentence("start", SOS_PLAN)).toBe(
      "Aquí cada año desde su fecha de inicio cuenta como un año completo de trabajo. El plan cuenta un año de servicio por cada año del plan en que usted trabaja 1,000 horas o más, " +
        "así que las horas de medio tiempo, los tiempos sin trabajo entre asignaciones o una recontratación pueden cambiar el resultado, para más o para menos. Para saberlo con certeza, calcule a partir de sus horas.",
    );
    expect(es.vestedAmountSentence(SOS_PLAN)).toBe(
      "La parte de cada saldo que ya es suya = el saldo × el porcentaje que ya es suyo, redondeado al centavo (medio centavo sube); " +
        "lo que perdería es el saldo de la aportación de la empresa menos la parte que ya es suya. (11-K Note 1.D, 11-K Note 1.G)",
    );
    expectSpanish(es.methodNoteSentence("years", SOS_PLAN), en.methodNoteSentence("years", SOS_PLAN));
    expectSpanish(es.methodNoteSentence("start", SOS_PLAN), en.methodNoteSentence("start", SOS_PLAN));
    expectSpanish(es.vestedAmountSentence(SOS_PLAN), en.vestedAmountSentence(SOS_PLAN));
  });

  it("the law's minimum schedules beside today's 0% at 2 years, with the amounts", () => {
    // 2 years: the plan gives 0%; the 3-year cliff too (0%), the 2-to-6-year graded schedule 20% of $1,000 = $200.00.
    const result = evaluateVesting({ yearsOfService: 2, balances: match("1000") }, SOS_PLAN);
    const comparison = result.lawMinimum!;
    expect(es.lawCaveatSentence(comparison, new Dec("1000"))).toBe(
      "Puede que más de la aportación de la empresa sea suya. Para la aportación de la empresa de los años del plan desde 2002, la ley (IRC 411(a)(12)) fija dos calendarios mínimos, " +
        "y el calendario de este plan (0% con 2 años) es más lento que los dos. Con 2 años de servicio: si se aplica el calendario de todo a los 3 años, todavía no es suya ninguna parte de la aportación de la empresa ($0.00); " +
        "si se aplica el calendario gradual de 2 a 6 años, es suyo el 20% de la aportación de la empresa ($200.00). " +
        "Pregunte a Recursos Humanos (el administrador del plan) cuál se aplica a su aportación de la empresa antes de decidir irse.",
    );
    expectSpanish(es.lawCaveatSentence(comparison, new Dec("1000")), en.lawCaveatSentence(comparison, new Dec("1000")));
    expectSpanish(es.lawCaveatSentence(comparison), en.lawCaveatSentence(comparison));
    // 3 years: the cliff gives all of it.
    const three = evaluateVesting({ yearsOfService: 3, balances: match("1000") }, SOS_PLAN).lawMinimum!;
    expect(es.lawCaveatSentence(three)).toContain("si se aplica el calendario de todo a los 3 años, toda la aportación de la empresa es suya; si se aplica el calendario gradual de 2 a 6 años, es suyo el 50%");
  });
});

describe("lib/words/es/participant: stay or go", () => {
  it("from a start date: the anniversary and the days to it", () => {
    const result = evaluateVesting({ employmentStartDate: "2001-01-01", asOf: "2003-01-01", balances: match("1000") }, SOS_PLAN);
    const step = result.stepsAhead[0]!;
    const reach = { by: "date", fromHours: false, reachedOn: step.reachedOn!, daysAway: step.daysAway! } as const;
    expect(es.stayStepSentence(step, reach, result.vested.match, SOS_PLAN)).toBe(
      "Quédese hasta el 1 de enero de 2004 (365 días): será suyo el 50% de la aportación de la empresa (derechos adquiridos): $500.00 en total.",
    );
    expectSpanish(es.stayStepSentence(step, reach, result.vested.match, SOS_PLAN), en.stayStepSentence(step, reach, result.vested.match, SOS_PLAN));
    const fromHours = { ...reach, fromHours: true };
    expect(es.stayStepSentence(step, fromHours, result.vested.match, SOS_PLAN)).toBe(
      "Con las horas que dio, llega a 3 años de servicio el 1 de enero de 2004: será suyo el 50% de la aportación de la empresa (derechos adquiridos): $500.00 en total.",
    );
    expectSpanish(es.stayStepSentence(step, fromHours, result.vested.match, SOS_PLAN), en.stayStepSentence(step, fromHours, result.vested.match, SOS_PLAN));
  });

  it("a stated number of years, with some of the match already yours", () => {
    const result = evaluateVesting({ yearsOfService: 3, balances: match("1000") }, SOS_PLAN);
    const step = result.stepsAhead[0]!;
    expect(es.stayStepSentence(step, { by: "years", more: 1 }, result.vested.match, SOS_PLAN)).toBe(
      "Complete 4 años de servicio (1 año del plan más con 1,000 horas o más): será suyo el 75% de la aportación de la empresa (derechos adquiridos): $750.00 en total ($250.00 más que hoy).",
    );
    expectSpanish(es.stayStepSentence(step, { by: "years", more: 1 }, result.vested.match, SOS_PLAN), en.stayStepSentence(step, { by: "years", more: 1 }, result.vested.match, SOS_PLAN));
  });

  it("from hours still to come: this year and more plan years", () => {
    const far = { by: "hours", more: 3, open: true, hoursToGo: 380, periodEnd: "2005-12-31", lastEnd: "2007-12-31" } as const;
    const near = { by: "hours", more: 1, open: true, hoursToGo: 380, periodEnd: "2005-12-31", lastEnd: "2005-12-31" } as const;
    expect(es.stayStepSentence(gap.stepsAhead[2]!, far, gap.vested.match, SOS_PLAN)).toBe(
      "Para llegar a 5 años de servicio: este año (380 horas más) y 2 años del plan más con 1,000 horas o más, así que no antes del 31 de diciembre de 2007. " +
        "Entonces será suyo el 100% de la aportación de la empresa (derechos adquiridos): $1,777.78 en total.",
    );
    expect(es.stayStepSentence(gap.stepsAhead[0]!, near, gap.vested.match, SOS_PLAN)).toBe(
      "Para llegar a 3 años de servicio: trabaje 380 horas más para el 31 de diciembre de 2005. Entonces será suyo el 50% de la aportación de la empresa (derechos adquiridos): $888.89 en total.",
    );
    // 1 hour to go is singular; a closed year with 1 more plan year.
    expect(es.stayStepSentence(gap.stepsAhead[0]!, { ...near, hoursToGo: 1 }, gap.vested.match, SOS_PLAN)).toContain("trabaje 1 hora más para el 31 de diciembre de 2005.");
    const closed = { by: "hours", more: 1, open: false, hoursToGo: 0, periodEnd: "2005-12-31", lastEnd: "2006-12-31" } as const;
    expect(es.stayStepSentence(gap.stepsAhead[0]!, closed, gap.vested.match, SOS_PLAN)).toContain(
      "Para llegar a 3 años de servicio: 1 año del plan más con 1,000 horas o más, así que no antes del 31 de diciembre de 2006.",
    );
    for (const [step, reach] of [[gap.stepsAhead[2]!, far], [gap.stepsAhead[0]!, near], [gap.stepsAhead[0]!, closed]] as const) {
      expectSpanish(es.stayStepSentence(step, reach, gap.vested.match, SOS_PLAN), en.stayStepSentence(step, reach, gap.vested.match, SOS_PLAN));
    }
  });

  it("no step ahead: the top of the schedule, or a terminated plan", () => {
    const top = evaluateVesting({ yearsOfService: 6, balances: match("1") }, SOS_PLAN);
    const terminated = evaluateVesting({ yearsOfService: 1, balances: match("1"), events: ["planTermination"] }, SOS_PLAN);
    expect(es.fullyVestedSentence(top)).toBe("Ya es suyo el 100% de la aportación de la empresa, lo más alto del calendario: si se va ahora, no pierde nada de ella.");
    expect(es.fullyVestedSentence(terminated)).toBe("El plan terminó, así que toda la aportación de la empresa es suya: si se va ahora, no pierde nada de ella.");
    expectSpanish(es.fullyVestedSentence(top), en.fullyVestedSentence(top));
    expect(es.fullyVestedSentence(terminated)).not.toBe(en.fullyVestedSentence(terminated));
  });

  it("the law's minimum schedules at the steps ahead; null when none gives more", () => {
    const result = evaluateVesting({ yearsOfService: 2, balances: match("1000") }, SOS_PLAN);
    const comparisons = result.stepsAhead.flatMap((step) => (step.lawMinimum ? [step.lawMinimum] : []));
    expect(es.stayCaveatSentence(comparisons)).toBe(
      "Si los calendarios mínimos de la ley (IRC 411(a)(12), aportación de la empresa de los años del plan desde 2002) se aplican a su aportación de la empresa, más de ella puede ser suya antes: " +
        "con 3 años, toda la aportación de la empresa es suya con el calendario de todo a los 3 años; con 4 años, toda la aportación de la empresa es suya con el calendario de todo a los 3 años. " +
        "Pregunte a Recursos Humanos cuál se aplica.",
    );
    expectSpanish(es.stayCaveatSentence(comparisons)!, en.stayCaveatSentence(comparisons)!);
    expect(es.stayCaveatSentence([])).toBeNull();
    // Both minimums giving more are joined with "o".
    const both = { ...comparisons[0]!, minimums: comparisons[0]!.minimums.map((minimum) => ({ ...minimum, givesMore: true })) };
    expect(es.stayCaveatSentence([both])).toContain(": con 3 años, toda la aportación de la empresa es suya con el calendario de todo a los 3 años o es suyo el 50% de la aportación de la empresa con el calendario gradual de 2 a 6 años.");
  });

  it("how staying is worked out, for each way the years are given, sentence for sentence", () => {
    const schedule =
      "Cuánto de la aportación de la empresa ya es suyo (adquisición de derechos) depende de los años de servicio completos: menos de 3 años 0%, 3 años 50%, 4 años 75%, 5 años o más 100%. (11-K Note 1.D)";
    const amounts =
      "Cada cantidad es el saldo de hoy de la aportación de la empresa × el porcentaje que ya es suyo en ese paso, redondeado al centavo (medio centavo sube): es el total que es suyo en ese paso, no una cantidad que se suma a la del paso anterior. " +
      "Aquí no se cuentan las ganancias ni la aportación de la empresa que llegue después; los años de más adelante, abajo, sí las incluyen.";
    const stated = { fromHours: false, start: null, asOf: "2003-01-01", noMatchYet: false } as const;
    const hours = { fromHours: true, start: null, asOf: "2003-01-01", noMatchYet: true } as const;
    const dates = { fromHours: false, start: "2001-01-01", asOf: "2003-01-01", noMatchYet: false } as const;
    expect(es.stayExplanation(stated, SOS_PLAN)).toEqual([
      schedule,
      "Usted dio sus años de servicio completos, así que no se saben las fechas de los pasos. Para ver fechas, dé su fecha de inicio de empleo o sus horas.",
      amounts,
    ]);
    expect(es.stayExplanation(hours, SOS_PLAN)).toEqual([
      schedule,
      "Sus años de servicio salen de sus horas: un año del plan con 1,000 horas o más es un año. Las fechas de más adelante suponen que usted trabaja 1,000 horas en cada año del plan desde ahora.",
      amounts,
      "Hoy el saldo de su aportación de la empresa es $0.00, así que no hay más que pase a ser suyo; la aportación de la empresa de años siguientes pasa a ser suya con el mismo calendario.",
    ]);
    expect(es.stayExplanation(dates, SOS_PLAN)[1]).toBe(
      "Cumple un año de servicio en cada aniversario de su fecha de inicio de empleo, el 1 de enero de 2001; el aniversario de un 29 de febrero cae el 1 de marzo en los demás años. " +
        "Los días se cuentan desde la fecha del cálculo, el 1 de enero de 2003.",
    );
    for (const facts of [stated, hours, dates]) expectSpanish(es.stayExplanation(facts, SOS_PLAN), en.stayExplanation(facts, SOS_PLAN));
  });
});

describe("lib/words/es/participant: the years ahead", () => {
  it("the year of leaving, with and without today's dollars", () => {
    expect(es.leaveYearSentence(2005, new Dec("1500"), new Dec("500"), null)).toBe("Si se va al final de 2005: se queda con $1,500.00 y pierde $500.00.");
    expect(es.leaveYearSentence(2005, new Dec("1500"), new Dec("500"), new Dec("1400"))).toBe(
      "Si se va al final de 2005: se queda con $1,500.00 y pierde $500.00. En dólares de hoy se queda con $1,400.00.",
    );
    expectSpanish(es.leaveYearSentence(2005, new Dec("1500"), new Dec("500"), new Dec("1400")), en.leaveYearSentence(2005, new Dec("1500"), new Dec("500"), new Dec("1400")));
  });
});

describe("lib/words/es/participant: who can take part", () => {
  it("under the minimum age", () => {
    const facts = { age: 20, asOf: "2005-06-30", minimumAge: 21, joinsOn: "2005-07-01" } as const;
    expect(es.underAgeSentence(facts)).toBe(
      "El 30 de junio de 2005 usted tiene 20 años: menos de 21. El plan le permite inscribirse a los 21, desde el 1 de julio de 2005, cuando también cumpla el requisito de servicio. " +
        "Para saber cuánto de su cuenta ya es suyo (adquisición de derechos), su servicio se sigue contando desde su primera hora de trabajo.",
    );
    expectSpanish(es.underAgeSentence(facts), en.underAgeSentence(facts));
  });

  it("each employer's rule from the plan; the employer's name in Spanish words, the company's name and the citation as in English", () => {
    const sos = SOS_PLAN.employers.find((employer) => employer.service.kind === "hoursInPeriod")!;
    const inteliant = SOS_PLAN.employers.find((employer) => employer.service.kind === "daysFollowingFirstHour")!;
    expect(es.eligibilityNoteSentence(inteliant, SOS_PLAN)).toBe(
      "Inteliant Corporation: puede inscribirse cuando tenga 21 años, a partir del día 91 después de su primera hora de servicio; " +
        "los empleados con sueldo alto (empleados altamente remunerados, HCE) también pueden inscribirse. Cuánto de su cuenta ya es suyo (adquisición de derechos) se calcula igual con cada empresa. (11-K Note 1.A)",
    );
    expect(es.eligibilityNoteSentence(sos, SOS_PLAN)).toBe(
      `SOS Staffing Services, Inc. y sus filiales, salvo Inteliant: puede inscribirse cuando tenga 21 años y haya completado 1,000 horas de servicio en un período de 12 meses; ` +
        "los empleados con sueldo alto (empleados altamente remunerados, HCE) no pueden inscribirse. Cuánto de su cuenta ya es suyo (adquisición de derechos) se calcula igual con cada empresa. (11-K Note 1.A)",
    );
    expectSpanish(es.eligibilityNoteSentence(inteliant, SOS_PLAN), en.eligibilityNoteSentence(inteliant, SOS_PLAN));
    // SOS's own name holds English words ("and its subsidiaries"): only the figures and the difference are checked.
    expectParallel([es.eligibilityNoteSentence(sos, SOS_PLAN)], [en.eligibilityNoteSentence(sos, SOS_PLAN)]);
  });
});
