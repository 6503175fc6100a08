/**
 * The participant page's own words in Spanish (lib/words/es/participant-page.ts), and the page's
 * builders written with them: the field names, the form's checks, what a section needs, the hours
 * rows and helpers, the chart and the printed statement. Expected Spanish written by hand from
 * docs/glossary-es.md; the English words stay as they were (test/unit/participant-*.test.ts).
 */
import { describe, expect, it } from "vitest";
import * as enPage from "@/lib/words/en/participant-page";
import * as esPage from "@/lib/words/es/participant-page";
import * as enHours from "@/lib/words/en/participant-hours";
import * as esHours from "@/lib/words/es/participant-hours";
import { initialState, type FormState } from "@/lib/pages/participant/form";
import { linkEntries, yearEntries, yearLabel } from "@/lib/pages/participant/hours";
import { readPasted } from "@/lib/pages/participant/hours-helpers";
import { limitSection, vestedToday, yearsAhead } from "@/lib/pages/participant/scenario";
import { readInputs } from "@/lib/pages/participant/validate";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { HOURS_MODE_WORDS as EN } from "@/lib/words/en/participant-hours-words";
import { HOURS_MODE_WORDS as ES } from "@/lib/words/es/participant-hours-words";

/** The page's words and the hours mode's (lib/words/<language>/participant-hours.ts), as one. */
const en = { ...enPage, ...enHours };
const es = { ...esPage, ...esHours };

const state = (text: Partial<FormState["text"]>, extra: Partial<FormState> = {}): FormState => {
  const base = initialState("2002-12-31", 26.2);
  return { ...base, ...extra, text: { ...base.text, ...text } };
};

describe("the Spanish field names and checks", () => {
  it("names every field in Spanish, none left in English", () => {
    const spanish = es.fieldLabels();
    const english = en.fieldLabels();
    expect(Object.keys(spanish)).toEqual(Object.keys(english));
    for (const key of Object.keys(english) as (keyof typeof english)[]) expect(spanish[key]).not.toBe(english[key]);
    expect(spanish.asOf).toBe("Fecha del cálculo");
    expect(spanish["balances.match"]).toBe("Saldo de la aportación de la empresa");
  });

  it("dates that contradict each other: the field first, the other date in words", () => {
    const { errors } = readInputs(state({ birthDate: "2003-06-01" }), ES);
    expect(errors.birthDate).toBe("Fecha de nacimiento: es posterior a la fecha del cálculo (31 de diciembre de 2002). Revise las dos fechas.");
    const start = readInputs(state({ birthDate: "1990-01-01", employmentStartDate: "1989-05-01" }, { serviceBy: "start" }), ES);
    expect(start.errors.birthDate).toBe("Fecha de nacimiento: es posterior a la fecha de inicio de empleo (1 de mayo de 1989). Revise las dos fechas.");
    const late = readInputs(state({ employmentStartDate: "2003-01-02" }, { serviceBy: "start" }), ES);
    expect(late.errors.employmentStartDate).toBe(
      "Fecha de inicio de empleo: es posterior a la fecha del cálculo (31 de diciembre de 2002). El servicio se cuenta hasta la fecha del cálculo.",
    );
  });

  it("an as-of date out of the years the tables cover", () => {
    expect(readInputs(state({ asOf: "2000-12-31" }), ES).errors.asOf).toBe(
      "Fecha del cálculo: debe ser de 2001 o después. La proyección empieza el año del plan siguiente y la tabla de límites del IRS empieza en 2002.",
    );
    expect(es.asOfTooLate("Fecha del cálculo", 2200)).toBe("Fecha del cálculo: debe ser de 2200 o antes.");
  });

  it("a start date that makes someone 10 is a warning in Spanish", () => {
    const { warnings } = readInputs(state({ birthDate: "1990-01-01", employmentStartDate: "2000-06-01" }, { serviceBy: "start" }), ES);
    expect(warnings.employmentStartDate).toBe("Con su fecha de nacimiento, usted tenía 10 años en esta fecha de inicio, menos de 14. Revise las dos fechas; las cifras las usan tal como las escribió.");
  });

  it("the English page's messages are unchanged", () => {
    expect(readInputs(state({ birthDate: "2003-06-01" }), EN).errors.birthDate).toBe("Birth date is after the as-of date (2002-12-31); check both dates.");
  });
});

describe("what a section still needs, in Spanish", () => {
  it("asks for what is missing, naming the figures it would show", () => {
    const empty = readInputs(state({}), ES).inputs;
    expect(vestedToday(empty, SOS_PLAN, ES)).toEqual({ ok: false, missing: "Escriba sus años de servicio para ver cuánto ya es suyo hoy." });
    const limit = limitSection(readInputs(state({}), ES).inputs, SOS_PLAN, ES);
    expect(limit).toEqual({ ok: false, missing: "Escriba el sueldo del próximo año para ver el máximo que puede aportar." });
  });

  it("names a field to fix first, with the article it takes", () => {
    const inputs = readInputs(state({ yearsOfService: "3", birthDate: "1970-07-04", compensation: "40000", deferralPercent: "1O" }), ES).inputs;
    const ahead = yearsAhead(inputs, SOS_PLAN, ES);
    expect(ahead).toEqual({ ok: false, missing: "Corrija el porcentaje de aportación (vea el mensaje junto al campo) para ver los próximos años." });
    const limit = limitSection(inputs, SOS_PLAN, ES);
    expect(limit.ok && limit.value.pending).toBe("Corrija el porcentaje que usted aporta (vea el mensaje junto al campo) para ver su propia aportación.");
  });
});

describe("the hours rows and helpers in Spanish", () => {
  it("labels each plan year's row, the current one 'hasta ahora'", () => {
    expect(yearLabel(2003, "2005-06-30", ES)).toBe("Horas en 2003");
    expect(yearLabel(2005, "2005-06-30", ES)).toBe("Horas en 2005 hasta ahora");
    expect(es.hoursDating("2005-06-30")).toBe(
      "Las horas de cada año pasado cuentan como trabajadas a más tardar el 31 de diciembre de ese año. Las horas de este año hasta ahora cuentan como trabajadas a más tardar en la fecha del cálculo, el 30 de junio de 2005.",
    );
  });

  it("a year's typo names its row", () => {
    const read = yearEntries({ "2003": "7OO" }, "2000-03-06", "2005-06-30", ES);
    expect(read.errors["hoursByYear.2003"]).toMatch(/^Horas en 2003: /);
  });

  it("a link's entry dated before the start", () => {
    const read = linkEntries([{ date: "1999-12-31", hours: "80" }], "2000-03-06", ES);
    expect(read.errors["hours.0.date"]).toBe(
      "Registro de horas 1: su fecha (31 de diciembre de 1999) es anterior a la fecha de inicio de empleo (6 de marzo de 2000). Las horas cuentan solo desde la primera hora de servicio.",
    );
  });

  it("pasted lines: what was put where, and each line it could not use", () => {
    const pasted = readPasted("2003\t800\n1990\t80\n2004\t80\t40\nhola 80", [2003, 2004], ES);
    expect(pasted.byYear).toEqual({ "2003": "800" });
    expect(pasted.problems).toEqual([
      "Línea 2: 1990 no es uno de los años del plan, de 2003 a 2004.",
      "Línea 3: tiene algo más que una fecha y unas horas. Escriba una fecha (o un año del plan) y un número de horas en cada línea.",
      'Línea 4: "hola 80" no empieza con un año ni con una fecha.',
    ]);
    expect(es.pastedPut(["2003"])).toBe("Horas puestas en 2003.");
    expect(es.pastedPut([])).toBe("No se leyó ninguna hora.");
    expect(es.weeksProduct("26", "40", "1,040")).toBe("26 × 40 = 1,040 horas.");
    expect(es.hoursFromLink(10, 1)).toBe(
      "Estas horas vinieron de un enlace como 10 registros de horas con fecha, y se cuentan tal como vinieron. Cada año de abajo muestra su total. Si cambia un año, se reemplazan por un total por año. 1 registro tiene fecha posterior a la fecha del cálculo: cuentan solo para las fechas futuras, y si cambia un año se quitan.",
    );
  });
});

describe("the results, the chart and the printed statement in Spanish", () => {
  it("the summary bar, the limit's heading, the years ahead", () => {
    expect(es.stickyVested("$12,500.01", "$15,000.01", 50)).toBe("Ya es suyo hoy: $12,500.01 de $15,000.01 (de la aportación de la empresa, el 50%)");
    expect(es.limitHeading(2003)).toBe("El máximo que puede aportar en 2003");
    expect(es.aheadSpan(1, 2003, 2003, false)).toBe("1 año, de 2003 a 2003. Cada año termina el 31 de diciembre.");
    expect(es.aheadSpan(33, 2003, 2035, true)).toBe("33 años, de 2003 a 2035 (hasta los 65 años). Cada año termina el 31 de diciembre.");
    expect(es.leaveOption(2003, 33)).toBe("2003 (33 años de edad)");
    expect(es.yearsHint(33)).toBe("Déjelo vacío para llegar a los 65 años: 33 años.");
    expect(es.employerShortName(SOS_PLAN.employers[0]!)).toBe("SOS Staffing o una filial");
    expect(es.matchBasis(SOS_PLAN)).toContain("cerca del 26.2% de lo aportado. (11-K Note 1.B, Note 1.G; statement of changes in net assets, 2002) No es una promesa");
  });

  it("the chart's title and description", () => {
    expect(es.chartTitle(true)).toBe("Saldo total y saldo que ya es suyo, por año, en dólares de hoy");
    expect(
      es.chartDescription({ first: 2003, last: 2005, todaysDollars: false, total: ["$21,099.44", "$30,000.00"], vested: ["$18,969.72", "$30,000.00"], steps: [{ planYear: 2003, vestedPercent: 50 }] }),
    ).toBe("De 2003 a 2005, el saldo total pasa de $21,099.44 a $30,000.00 y el saldo que ya es suyo, de $18,969.72 a $30,000.00. Pasos: 2003 (50%).");
  });

  it("the printed statement's values", () => {
    expect(es.printDate("1970-07-04")).toBe("4 de julio de 1970");
    expect(es.printBalances("$12,000.00", "$0.00", "$3,000.00")).toBe("sus aportaciones $12,000.00, traído de otro plan $0.00, aportación de la empresa $3,000.00");
    expect(es.printMatch("26.2", 2002)).toBe("26.2% de lo que usted aporta (el porcentaje de 2002)");
    expect(es.printRates("6", "3")).toBe("6% y 3% al año");
    expect(es.printEntries(1040)).toBe("1,040 registros de horas con fecha");
  });
});

describe("the parser's and the rules' problems in Spanish", () => {
  it("a field the reader refuses: the field's name, a colon, the issue in Spanish", () => {
    const { errors } = readInputs(state({ birthDate: "2003-02-29", "balances.match": "-5" }), ES);
    expect(errors.birthDate).toBe("Fecha de nacimiento: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe).");
    expect(errors["balances.match"]).toBe("Saldo de la aportación de la empresa: no puede ser menor que 0.");
    expect(readInputs(state({ birthDate: "2003-02-29" }), EN).errors.birthDate).toBe("Birth date is not a real calendar date (for example, 2003-02-29 does not exist).");
  });

  it("an hours entry's date and hours, each named", () => {
    const read = linkEntries([{ date: "2003-02-29", hours: "-5" }], "2000-03-06", ES);
    expect(read.errors["hours.0.date"]).toBe("Registro de horas 1, fecha: no es una fecha real del calendario (por ejemplo, 2003-02-29 no existe).");
    expect(read.errors["hours.0.hours"]).toMatch(/^Registro de horas 1, horas: /);
  });
});
