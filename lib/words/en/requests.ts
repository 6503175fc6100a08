/**
 * The API's 400 messages in English: each field's name (`fieldLabel`), the problems the request
 * schemas find beyond a reader's (lib/api/schemas.ts), and the messages about the body as a whole.
 * A message is the field's name, then the problem, then a period: "Birth date is after the
 * employment start date (2003-01-06); check both dates." The same functions as
 * lib/words/es/requests.ts; `requestWords` holds the problems, by name.
 */
import { formatCount } from "../format";

const MIB = 1024 * 1024;

export const requestWords = {
  required: "is required",
  balancesObject: 'must be an object such as { "deferral": "10000", "rollover": "0", "match": "4000" }',
  employer: 'must be "SOS" (the sponsor and its subsidiaries other than Inteliant) or "Inteliant"',
  hoursEntryObject: 'must be an object such as { "date": "2002-03-31", "hours": 80 }',
  hoursList: 'must be a list of { "date", "hours" } entries',
  trueOrFalse: "must be true or false",
  planTerminatedTrueOrFalse: "must be true or false (whether the plan has been terminated)",
  afterStart: (start: string) => `is after the employment start date (${start}); check both dates`,
  hoursBeforeStart: (start: string) => `is before the employment start date (${start}); hours are credited from the first hour of service`,
  payWithoutThreshold: (lookBackYear: number, firstLookBackYear: number, firstPlanYear: number) =>
    `is ${lookBackYear} pay, but this calculator has highly compensated thresholds only from ${firstLookBackYear} (plan year ${firstPlanYear}) on; state highlyCompensated instead`,
  aYear: "must be a year, such as 2002",
  aWholeYear: "must be a whole year, such as 2002",
  limitsFrom: (first: number) => `must be ${first} or later: the IRS limits table starts in ${first}`,
  yearAtMost: (last: number) => `must be ${last} or earlier`,
  limitsUntil: (last: number) => `must be ${last} or earlier: the IRS limits table ends in ${last}`,
  startRequiredWithHours: "is required with hours (the first vesting computation period contains it)",
  asOfRequiredWithHours: "is required with hours (years of service are counted up to it)",
  yearsRequiredUnlessDates: "is required, unless employmentStartDate and asOf are given",
  asOfRequiredWithStart: "is required with employmentStartDate (completed years are counted up to it)",
  beforeStart: (start: string) => `is before the employment start date (${start})`,
  textId: (example: string) => `must be a text id, such as "${example}"`,
  notEmpty: "must not be empty",
  atMostCharacters: (count: number) => `must be at most ${count} characters`,
  participantObject: 'must be an object such as { "id": "A-17", "deferrals": "5200.00" }',
  participantList: 'must be a list of { "id", "deferrals" } entries',
  atLeastOneParticipant: "must list at least one participant",
  atMostParticipants: (count: number) => `must list at most ${formatCount(count)} participants`,
  deferralsTotalZero: "have deferrals totalling 0, so there is nothing to share the pool against",
  yearsRequiredUnlessStart: "is required, unless employmentStartDate is given",
  afterAsOf: (asOf: string) => `is after asOf (${asOf}); check both dates`,
  startAfterAsOf: (asOf: string) => `is after asOf (${asOf}); a projection starts from service already begun`,
  projectionFrom: (first: number) => `must be in ${first - 1} or later: the projection starts the next plan year and the IRS limits table starts in ${first}`,
  priorPercent: "must be a percentage from 0 to 100, such as 3.1",
  priorPercentDecimals: "must have at most 2 decimals (hundredths of a percentage point)",
  employeeObject: 'must be an object such as { "id": "I-101", "employer": "Inteliant", "compensation": "30000", "deferrals": "900" }',
  method: 'must be "current-year" or "prior-year"',
  priorLineObject: 'must be an object such as { "nhceAdp": 3.1, "nhceAcp": 0.8 }',
  priorYearObject: 'must be an object such as { "SOS": { "nhceAdp": 3.1, "nhceAcp": 0.8 } }',
  employeeList: "must be a list of employees",
  atLeastOneEmployee: "must list at least one employee",
  atMostEmployees: (count: number) => `must list at most ${formatCount(count)} employees`,
  zeroCompensation: "is 0, but deferrals or match are above 0: a rate needs compensation",
  priorYearRequired: "is required with the prior-year method: each tested line's prior-year NHCE ADP and ACP",
  repeatedId: (id: string, list: string, first: number) => `repeats the id "${id}" of ${list}.${first}; ids must be unique`,
  requestList: 'must be a list of { "id", "endpoint", "body" } requests',
  atLeastOneRequest: "must list at least one request",
  atMostRequests: (count: number) => `must list at most ${formatCount(count)} requests`,
  batchId: (length: number) => `must be a text id of at most ${length} characters, such as "E-1001"`,
  endpointOneOf: (names: readonly string[]) => `must be one of ${names.map((name) => `"${name}"`).join(", ")}`,
  batchItemObject: 'must be an object such as { "id": "E-1001", "endpoint": "vesting", "body": { … } }',
  // Whole messages, about the body rather than a field.
  bodyNotObject: 'The request body must be a JSON object, such as { "asOf": "2003-06-30" }.',
  notJson: 'The request body is not valid JSON. Send a JSON object, such as { "yearsOfService": 3 }.',
  tooLarge: (maxBytes: number) => `The request body is larger than ${maxBytes % MIB === 0 ? `${maxBytes / MIB} MiB` : `${maxBytes} bytes`} (${maxBytes} bytes).`,
  unexpectedFailure: "The request could not be evaluated. Check each field against the API contract and try again.",
  notAnEnvelope: 'Requests is required: send a JSON object such as { "requests": [ { "id": "E-1001", "endpoint": "vesting", "body": { … } } ] }.',
  notAnItem: 'Each request must be an object such as { "id": "E-1001", "endpoint": "vesting", "body": { … } }.',
};

/** The problems of requests by name, as each language writes them (lib/words/es/requests.ts writes the same). */
export type RequestWords = typeof requestWords;

const LABELS: Record<string, string> = {
  asOf: "As-of date",
  employer: "Employer",
  birthDate: "Birth date",
  employmentStartDate: "Employment start date",
  hours: "Hours",
  highlyCompensated: "Highly compensated",
  priorYearCompensation: "Prior-year compensation",
  fivePercentOwner: "5% owner",
  planYear: "Plan year",
  compensation: "Compensation",
  deferralPercent: "Deferral percent",
  yearsOfService: "Years of service",
  balances: "Balances",
  deferral: "deferrals balance",
  rollover: "rollovers balance",
  match: "employer match balance",
  planTerminated: "Plan terminated",
  pool: "Forfeiture pool",
  participants: "Participants",
  id: "id",
  deferrals: "deferrals",
  salaryGrowthPercent: "Salary growth percent",
  matchPercentOfDeferral: "Match percent of deferrals",
  annualReturnPercent: "Annual return percent",
  years: "Years to project",
  date: "date",
  employees: "Employees",
  method: "Method",
  priorYear: "Prior year",
  longTermPartTime: "Long-term part-time",
  nhceAdp: "NHCE ADP",
  nhceAcp: "NHCE ACP",
};

/**
 * The field's name in plain words: "Birth date", "Hours entry 4: date", "Balances: employer match
 * balance", "Prior year, Inteliant: NHCE ADP" (a line's name as written, an acronym in capitals).
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "The request";
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof next === "number" && typeof key === "string") {
      const noun = key === "hours" ? "Hours entry" : key === "participants" ? "Participant" : key === "employees" ? "Employee" : LABELS[key] ?? key;
      parts.push(`${noun} ${next + 1}`);
      i += 1;
    } else if (key === "priorYear" && typeof next === "string") {
      parts.push(`${LABELS[key]}, ${next}`);
      i += 1;
    } else {
      const label = LABELS[String(key)] ?? String(key);
      parts.push(parts.length === 0 || /^[A-Z]{2}/.test(label) ? label : label.toLowerCase());
    }
  }
  const text = parts.join(": ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field's message: its name, the problem, a period ("Birth date is not a real calendar date …."). */
export function fieldMessage(path: readonly PropertyKey[], problem: string): string {
  return `${fieldLabel(path)} ${problem}.`.replace(/\.\.$/, ".");
}

/**
 * A rule's problem with a field named by a dotted path (the nondiscrimination rule's): "Employee 4:
 * longTermPartTime cannot be true …."; a prior-year figure as the schema names it.
 */
export function ruleFieldMessage(path: string, problem: string): string {
  const parts = path.split(".");
  const field = parts[0] === "employees" && parts.length >= 3 ? `Employee ${Number(parts[1]) + 1}: ${parts.slice(2).join(" ")}` : parts[0] === "priorYear" ? fieldLabel(parts) : path;
  return `${field} ${problem}.`;
}
