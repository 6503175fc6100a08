/**
 * The plan options in words (Spanish, US), for the plan facts page: the same functions as
 * lib/words/en/plan-options.ts, in docs/glossary-es.md's words. Option keys and values stay as
 * the plan definition has them (they are never shown); every label, reason and reading is Spanish.
 */
import { fullVestingEventSchema, type EmployerDefinition, type FullVestingEvent, type PlanDefinition } from "../../plan/definition";
import type { OptionDescription } from "../en/plan-options";
import { formatHours } from "../format";
import { longDate } from "./format";
import { fullVestingWhen, list } from "./vesting";

export type { OptionDescription };

/** Every full-vesting event a plan can name, in the plan definition's order. */
const EVENTS: readonly FullVestingEvent[] = fullVestingEventSchema.options;

/** The employers' short names in Spanish (as lib/words/es/nondiscrimination.ts says them). */
const SHORT_NAMES: Readonly<Record<string, string>> = { SOS: "SOS Staffing o sus filiales", Inteliant: "Inteliant Corporation" };
const shortName = (employer: EmployerDefinition) => SHORT_NAMES[employer.id] ?? employer.shortName;

/** The options of a plan, each with its choices in words. */
export function optionDescriptions(plan: PlanDefinition): OptionDescription[] {
  const age = plan.eligibility.minimumAge;
  const sos = plan.employers.find((employer) => employer.service.kind === "hoursInPeriod");
  const yearHours = formatHours(sos?.service.kind === "hoursInPeriod" ? sos.service.hours : plan.vesting.hoursCounting.yearOfService.hours);
  const counting = plan.vesting.hoursCounting;
  const partTime = plan.longTermPartTime;
  const runs = partTime.runs.map((run) => `${run.periods} seguidos desde el ${longDate(run.from)}`);
  return [
    {
      key: "feb29Anniversary",
      label: "Cumpleaños y aniversarios de trabajo el 29 de febrero",
      why: "El informe no lo dice. Quien nació un 29 de febrero cumple un año completo solo cuando termina el 28 de febrero, así que la calculadora pasa el día al 1 de marzo.",
      choices: [
        { value: "march1", meaning: `En un año sin 29 de febrero, el cumpleaños o el aniversario es el 1 de marzo: quien nació el 29 de febrero de 1984 cumple ${age} años el 1 de marzo de ${1984 + age}.` },
        { value: "feb28", meaning: "En un año sin 29 de febrero, el cumpleaños o el aniversario es el 28 de febrero." },
      ],
    },
    {
      key: "eligibilityPeriods",
      label: "Qué 12 meses cuentan las horas para inscribirse, después de los primeros 12 (períodos de cómputo de elegibilidad)",
      why: "El informe solo dice «un período de 12 meses». Después de los primeros 12 meses, lo común es contar por año del plan, como lo describen las reglas federales (29 CFR 2530.202-2(b)).",
      choices: [
        {
          value: "planYear",
          meaning:
            "Después de los primeros 12 meses desde la fecha de inicio, las horas se cuentan por año del plan (del 1 de enero al 31 de diciembre), desde el año del plan que incluye el primer aniversario de la fecha de inicio. Ese año del plan puede coincidir en parte con los primeros 12 meses.",
        },
        { value: "anniversaryYear", meaning: "Las horas se cuentan en cada período de 12 meses que empieza en un aniversario de la fecha de inicio." },
      ],
    },
    {
      key: "serviceCredited",
      label: `Cuándo cuentan las ${yearHours} horas para inscribirse (cuándo se acredita un año de servicio para la elegibilidad)`,
      why: "El informe no lo dice. En el ejemplo de la propia regla federal, el año se completa al final de los 12 meses (Treas. Reg. 1.410(a)-5).",
      choices: [
        { value: "endOfPeriod", meaning: `El año de servicio cuenta desde el día siguiente al final de los 12 meses en que el empleado llega a ${yearHours} horas.` },
        { value: "onThousandthHour", meaning: `El año cuenta desde el día en que el empleado llega a ${yearHours} horas.` },
      ],
    },
    {
      key: "entry",
      label: "Cuándo entra al plan un empleado que puede inscribirse (fecha de ingreso al plan)",
      why: "El informe no nombra fechas de ingreso, así que cada empleado entra al plan en cuanto puede inscribirse. La ley permite un día posterior, pero nunca después del primer día del siguiente año del plan ni de seis meses después de poder inscribirse, lo que llegue primero (IRC 410(a)(4)).",
      choices: [
        { value: "immediate", meaning: "El empleado entra al plan el mismo día en que puede inscribirse." },
        { value: "firstOfNextMonth", meaning: "El empleado entra al plan el primer día de un mes, el día en que puede inscribirse o después." },
        { value: "semiAnnual", meaning: "El empleado entra al plan el 1 de enero o el 1 de julio, el día en que puede inscribirse o después." },
      ],
    },
    {
      key: "catchUp",
      label: "Aportación adicional desde los 50 años (aportación para ponerse al día, IRC 414(v))",
      why: "El informe no menciona aportaciones adicionales desde los 50 años, así que la calculadora no las suma.",
      choices: [
        { value: "false", meaning: "El plan no ofrece aportaciones adicionales desde los 50 años: todos tienen el mismo máximo al año." },
        { value: "true", meaning: "Quien cumple 50 años o más a más tardar el 31 de diciembre puede aportar una cantidad adicional cada año y, desde 2025, una cantidad adicional mayor entre los 60 y los 63 años." },
      ],
    },
    {
      key: "fullVestingOn",
      label: "Casos en que toda la aportación de la empresa pasa a ser del participante de inmediato",
      why: "El informe dice que, si se termina el plan, todo pasa a ser de los participantes (11-K Note 5). Habla de fallecimiento, incapacidad y jubilación solo para decir cómo se pagan los beneficios, no para la adquisición de derechos (11-K Note 1.F).",
      choices: EVENTS.map((event) => ({ value: event, meaning: `Toda la aportación de la empresa pasa a ser del participante cuando ${fullVestingWhen(event)}.` })),
    },
    {
      key: "vestingPeriods",
      label: "Qué 12 meses cuentan las horas para la adquisición de derechos (períodos de cómputo)",
      why: "El informe cuenta años de servicio, pero no dice en qué 12 meses (29 CFR 2530.203-2). Los años del plan coinciden con las cuentas del propio plan, que cierran el 31 de diciembre.",
      choices: [
        { value: "planYear", meaning: "Las horas se cuentan por año del plan (del 1 de enero al 31 de diciembre), desde el año del plan en que empezó el empleado, que cuenta completo." },
        { value: "anniversaryYear", meaning: "Las horas se cuentan en el período de 12 meses desde la fecha de inicio y desde cada aniversario de esa fecha." },
      ],
    },
    {
      key: "ruleOfParity",
      label: `Si una pausa larga quita los años de servicio anteriores (regla de paridad, ${counting.ruleOfParity.citation})`,
      why: "El informe no dice que el plan use esta regla y, sin ella, nadie pierde años que ya trabajó. Importa a la gente de SOS, que a menudo tiene pausas entre asignaciones.",
      choices: [
        { value: "false", meaning: "Una interrupción de servicio nunca quita los años de servicio anteriores." },
        {
          value: "true",
          meaning: `Un participante a quien aún no le pertenece nada de la aportación de la empresa pierde los años anteriores tras interrupciones de servicio seguidas que sean por lo menos ${counting.ruleOfParity.minimumBreaks}, y por lo menos tantas como esos años.`,
        },
      ],
    },
    {
      key: "longTermPartTime",
      label: `Empleados de medio tiempo que pueden aportar (empleados a tiempo parcial a largo plazo, ${partTime.citation})`,
      why: `El informe es anterior a esta regla, pero la ley federal la exige a todo plan 401(k) para los años del plan desde el ${longDate(partTime.runs[0]!.from)}.`,
      choices: [
        {
          value: "statutory",
          meaning: `Un empleado de SOS de ${age} años o más con ${formatHours(partTime.qualifyingHours.hours)} horas o más en cada uno de varios períodos de 12 meses (${list(runs)}) puede aportar de su sueldo, aunque no tenga ${yearHours} horas. No cuentan los períodos que empiezan antes del ${longDate(partTime.firstCountedPeriodStart.date)}.`,
        },
        { value: "off", meaning: "Solo la regla propia del plan permite aportar a un empleado." },
      ],
    },
    {
      key: "longTermPartTimeMatch",
      label: "Aportación de la empresa para los empleados de medio tiempo con años de servicio",
      why: "La ley no exige darles aportación de la empresa, y en este plan la empresa decide si la da y cuánto, cada año (aportación discrecional).",
      choices: [
        { value: "false", meaning: "Los empleados de medio tiempo con años de servicio no reciben aportación de la empresa." },
        { value: "true", meaning: "Los empleados de medio tiempo con años de servicio reciben la aportación de la empresa como los demás participantes." },
      ],
    },
    ...testingOptions(plan),
  ];
}

/** The options of the nondiscrimination tests (plan-rules §9), read from the plan's citations. */
function testingOptions(plan: PlanDefinition): OptionDescription[] {
  const tests = plan.nondiscrimination;
  const inteliant = plan.employers.find((employer) => !employer.excludesHighlyCompensated);
  const others = plan.employers.filter((employer) => employer !== inteliant).map(shortName);
  return [
    {
      key: "testingLines",
      label: `Qué empleados se prueban juntos cada año (prueba de no discriminación, ${tests.citation.split("; ")[0]})`,
      why: `El informe dice que el plan trata a los empleados de ${inteliant?.id ?? "una empresa"} como una línea de negocio aparte para las pruebas (${tests.separateLines.citation}).`,
      choices: [
        { value: "separate", meaning: `${list([...others, inteliant ? shortName(inteliant) : "cada empresa"])} se prueban por separado, cada una con sus propios empleados.` },
        { value: "combined", meaning: "Todos los del plan se prueban juntos, como un solo grupo." },
      ],
    },
    {
      key: "testingMethod",
      label: "Con qué aportaciones se comparan las de los empleados con sueldo alto (el método de la prueba)",
      why: "El informe no dice qué método elige el documento del plan. Desde 1997, la ley compara por defecto con el año anterior, pero comparar con el mismo año no necesita registros anteriores, así que la calculadora lo usa.",
      choices: [
        { value: "current-year", meaning: "Los empleados con sueldo alto se comparan con los demás empleados del mismo año del plan." },
        { value: "prior-year", meaning: "Los empleados con sueldo alto se comparan con lo que aportaron los demás empleados el año del plan anterior." },
      ],
    },
    {
      key: "testLongTermPartTime",
      label: `Si los empleados de medio tiempo con años de servicio cuentan en las pruebas (${tests.longTermPartTime.citation})`,
      why: "La ley permite a un plan dejarlos fuera de las pruebas, y contarlos solo bajaría la cifra con la que se comparan los empleados con sueldo alto.",
      choices: [
        { value: "false", meaning: "Los empleados de medio tiempo con años de servicio quedan fuera de las pruebas de cada año." },
        { value: "true", meaning: "Los empleados de medio tiempo con años de servicio cuentan en las pruebas de cada año, como los demás empleados." },
      ],
    },
    {
      key: "forfeitMatchOnRefund",
      label: `Si una devolución de aportaciones en exceso también quita la aportación de la empresa sobre ellas (${tests.matchForfeiture.citation})`,
      why: "La aportación de la empresa sobre aportaciones que se devuelven para corregir una prueba fallida no puede quedarse en la cuenta, así que las reglas federales permiten al plan quitarla.",
      choices: [
        { value: "true", meaning: "Un empleado con sueldo alto a quien se le devuelven aportaciones pierde la aportación de la empresa sobre la parte devuelta." },
        { value: "false", meaning: "Una devolución de aportaciones deja la aportación de la empresa en la cuenta." },
      ],
    },
  ];
}

/** The sentence of the full-vesting events in force: which events vest the match at once, and which do not. */
export function fullVestingReading(events: readonly FullVestingEvent[], others: readonly FullVestingEvent[]): string {
  const yes =
    events.length === 0
      ? "Ningún caso hace que toda la aportación de la empresa pase a ser del participante de inmediato."
      : `Toda la aportación de la empresa pasa a ser del participante (100%) cuando ${list(events.map(fullVestingWhen), "o")}.`;
  return others.length === 0 ? yes : `${yes} No pasa cuando ${list(others.map(fullVestingWhen), "o")}.`;
}
