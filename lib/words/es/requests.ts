/**
 * The API's 400 messages in Spanish, from the same facts as lib/words/en/requests.ts (the same
 * functions; `requestWords` holds the same problems by name). A message is the field's name in
 * Spanish, a colon, the problem and a period: "Fecha de nacimiento: es posterior a la fecha de
 * inicio de empleo (6 de enero de 2003); revise las dos fechas." The colon lets a problem follow
 * any field's name, whatever its gender. The API's field names and values (employmentStartDate,
 * "SOS", true) stay as they are; dates are in words; the words are docs/glossary-es.md's.
 */
import type { RequestWords } from "../en/requests";
import { formatCount } from "../format";
import { longDate } from "./format";

const MIB = 1024 * 1024;

export const requestWords: RequestWords = {
  required: "falta este dato",
  balancesObject: 'debe ser un objeto como { "deferral": "10000", "rollover": "0", "match": "4000" }',
  employer: 'debe ser "SOS" (la empresa patrocinadora y sus filiales, salvo Inteliant) o "Inteliant"',
  hoursEntryObject: 'debe ser un objeto como { "date": "2002-03-31", "hours": 80 }',
  hoursList: 'debe ser una lista de registros de horas { "date", "hours" }',
  trueOrFalse: "debe ser true o false",
  planTerminatedTrueOrFalse: "debe ser true o false (si el plan se ha terminado)",
  afterStart: (start) => `es posterior a la fecha de inicio de empleo (${longDate(start)}); revise las dos fechas`,
  hoursBeforeStart: (start) => `es anterior a la fecha de inicio de empleo (${longDate(start)}); las horas cuentan desde la primera hora de servicio`,
  payWithoutThreshold: (lookBackYear, firstLookBackYear, firstPlanYear) =>
    `es el sueldo de ${lookBackYear}, pero esta calculadora tiene umbrales de sueldo para empleados con sueldo alto (HCE) solo desde ${firstLookBackYear} (año del plan ${firstPlanYear}); indique highlyCompensated en su lugar`,
  aYear: "debe ser un año, como 2002",
  aWholeYear: "debe ser un año entero, como 2002",
  limitsFrom: (first) => `debe ser ${first} o posterior: la tabla de límites del IRS empieza en ${first}`,
  yearAtMost: (last) => `debe ser ${last} o anterior`,
  limitsUntil: (last) => `debe ser ${last} o anterior: la tabla de límites del IRS termina en ${last}`,
  startRequiredWithHours: "es obligatoria con las horas (el primer período de cómputo empieza en esa fecha)",
  asOfRequiredWithHours: "es obligatoria con las horas (los años de servicio se cuentan hasta esa fecha)",
  yearsRequiredUnlessDates: "falta este dato, salvo que indique employmentStartDate y asOf",
  asOfRequiredWithStart: "es obligatoria con employmentStartDate (los años completos se cuentan hasta esa fecha)",
  beforeStart: (start) => `es anterior a la fecha de inicio de empleo (${longDate(start)})`,
  textId: (example) => `debe ser un id de texto, como "${example}"`,
  notEmpty: "no puede estar vacío",
  atMostCharacters: (count) => `debe tener como máximo ${count} caracteres`,
  participantObject: 'debe ser un objeto como { "id": "A-17", "deferrals": "5200.00" }',
  participantList: 'debe ser una lista de participantes { "id", "deferrals" }',
  atLeastOneParticipant: "debe tener al menos un participante",
  atMostParticipants: (count) => `debe tener como máximo ${formatCount(count)} participantes`,
  deferralsTotalZero: "tienen aportaciones que suman 0, así que no hay base para repartir el fondo",
  yearsRequiredUnlessStart: "falta este dato, salvo que indique employmentStartDate",
  afterAsOf: (asOf) => `es posterior a asOf (${longDate(asOf)}); revise las dos fechas`,
  startAfterAsOf: (asOf) => `es posterior a asOf (${longDate(asOf)}); una proyección parte de un servicio ya empezado`,
  projectionFrom: (first) => `debe ser de ${first - 1} o posterior: la proyección empieza el año del plan siguiente y la tabla de límites del IRS empieza en ${first}`,
  priorPercent: "debe ser un porcentaje de 0 a 100, como 3.1",
  priorPercentDecimals: "debe tener como máximo 2 decimales (centésimas de punto porcentual)",
  employeeObject: 'debe ser un objeto como { "id": "I-101", "employer": "Inteliant", "compensation": "30000", "deferrals": "900" }',
  method: 'debe ser "current-year" o "prior-year"',
  priorLineObject: 'debe ser un objeto como { "nhceAdp": 3.1, "nhceAcp": 0.8 }',
  priorYearObject: 'debe ser un objeto como { "SOS": { "nhceAdp": 3.1, "nhceAcp": 0.8 } }',
  employeeList: "debe ser una lista de empleados",
  atLeastOneEmployee: "debe tener al menos un empleado",
  atMostEmployees: (count) => `debe tener como máximo ${formatCount(count)} empleados`,
  zeroCompensation: "es 0, pero las aportaciones o la aportación de la empresa son mayores que 0: un porcentaje necesita un sueldo",
  priorYearRequired: "es obligatorio con el método del año anterior: el ADP y el ACP del año anterior de los demás empleados de cada línea",
  repeatedId: (id, list, first) => `repite el id "${id}" de ${list}.${first}; cada id debe ser único`,
  requestList: 'debe ser una lista de solicitudes { "id", "endpoint", "body" }',
  atLeastOneRequest: "debe tener al menos una solicitud",
  atMostRequests: (count) => `debe tener como máximo ${formatCount(count)} solicitudes`,
  batchId: (length) => `debe ser un id de texto de ${length} caracteres como máximo, como "E-1001"`,
  endpointOneOf: (names) => `debe ser uno de estos: ${names.map((name) => `"${name}"`).join(", ")}`,
  batchItemObject: 'debe ser un objeto como { "id": "E-1001", "endpoint": "vesting", "body": { … } }',
  bodyNotObject: 'El cuerpo de la solicitud debe ser un objeto JSON, como { "asOf": "2003-06-30" }.',
  notJson: 'El cuerpo de la solicitud no es JSON válido. Envíe un objeto JSON, como { "yearsOfService": 3 }.',
  tooLarge: (maxBytes) => `El cuerpo de la solicitud pasa de ${maxBytes % MIB === 0 ? `${maxBytes / MIB} MiB` : `${formatCount(maxBytes)} bytes`} (${formatCount(maxBytes)} bytes).`,
  unexpectedFailure: "No se pudo evaluar la solicitud. Revise cada campo según el contrato de la API e inténtelo de nuevo.",
  notAnEnvelope: 'Falta requests: envíe un objeto JSON como { "requests": [ { "id": "E-1001", "endpoint": "vesting", "body": { … } } ] }.',
  notAnItem: 'Cada solicitud debe ser un objeto como { "id": "E-1001", "endpoint": "vesting", "body": { … } }.',
};

const LABELS: Record<string, string> = {
  asOf: "Fecha del cálculo",
  employer: "Empleador",
  birthDate: "Fecha de nacimiento",
  employmentStartDate: "Fecha de inicio de empleo",
  hours: "Horas",
  highlyCompensated: "Empleado con sueldo alto",
  priorYearCompensation: "Sueldo del año anterior",
  fivePercentOwner: "Dueño del 5%",
  planYear: "Año del plan",
  compensation: "Sueldo",
  deferralPercent: "Porcentaje de su aportación",
  yearsOfService: "Años de servicio",
  balances: "Saldos",
  deferral: "saldo de sus aportaciones",
  rollover: "saldo del dinero que trajo de otro plan",
  match: "saldo de la aportación de la empresa",
  planTerminated: "Plan terminado",
  pool: "Fondo de pérdidas",
  participants: "Participantes",
  id: "id",
  deferrals: "aportaciones",
  salaryGrowthPercent: "Aumento de sueldo (%)",
  matchPercentOfDeferral: "Aportación de la empresa (% de su aportación)",
  annualReturnPercent: "Ganancia anual (%)",
  years: "Años a proyectar",
  date: "fecha",
  employees: "Empleados",
  method: "Método",
  priorYear: "Año anterior",
  longTermPartTime: "Medio tiempo con años de servicio",
  nhceAdp: "ADP de los demás empleados",
  nhceAcp: "ACP de los demás empleados",
  requests: "Solicitudes",
};

const NOUNS: Record<string, string> = { hours: "Registro de horas", participants: "Participante", employees: "Empleado", requests: "Solicitud" };

/**
 * The field's name in Spanish: "Fecha de nacimiento", "Registro de horas 4: fecha", "Saldos: saldo
 * de la aportación de la empresa", "Año anterior, Inteliant: ADP de los demás empleados".
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "La solicitud";
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof next === "number" && typeof key === "string") {
      parts.push(`${NOUNS[key] ?? LABELS[key] ?? key} ${next + 1}`);
      i += 1;
    } else if (key === "priorYear" && typeof next === "string") {
      parts.push(`${LABELS[key]}, ${next}`);
      i += 1;
    } else {
      const label = LABELS[String(key)] ?? String(key);
      parts.push(parts.length === 0 || /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));
    }
  }
  const text = parts.join(": ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field's message: its name, a colon, the problem, a period ("Fecha de nacimiento: no es una fecha real …."). */
export function fieldMessage(path: readonly PropertyKey[], problem: string): string {
  return `${fieldLabel(path)}: ${problem}.`.replace(/\.\.$/, ".");
}

/** A rule's problem with a field named by a dotted path: "Empleado 4: longTermPartTime: no puede ser true …." */
export function ruleFieldMessage(path: string, problem: string): string {
  const parts = path.split(".");
  const field = parts[0] === "employees" && parts.length >= 3 ? `Empleado ${Number(parts[1]) + 1}: ${parts.slice(2).join(" ")}` : parts[0] === "priorYear" ? fieldLabel(parts) : path;
  return `${field}: ${problem}.`;
}
