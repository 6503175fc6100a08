/**
 * The participant page's inputs as the person typed them, and their home in the URL fragment.
 *
 * The fragment (`/participant#yearsOfService=3&balances.match=4000.01`) uses the field names of the
 * API's projection request (api-v1 "POST /api/v1/projection") plus `employer`,
 * `employmentStartDate`, `planTerminated`, `matchPreset`, `inflationPercent` and `leaveYear`.
 * A fragment is never sent to a server, so personal figures stay in the browser. Values are kept
 * as typed, even when they are not valid, so a link reproduces exactly what was on the screen.
 *
 * Hours of service (plan-rules §4.1) come in two spellings:
 * - the API's own, dated entries `hours.0.date=2003-09-30&hours.0.hours=520` (api-v1 "POST
 *   /api/v1/vesting"), as HR or a script would build a link. The page keeps these entries exactly
 *   as given, so it shows the vesting answer's figures for them, until the person changes a year;
 * - the page's shorter one, a total per plan year: `hoursByYear.2003=1300`. Each becomes one
 *   dated entry (validate.ts `yearEntries`). This is what the page writes once the person types.
 * `service=hours` says the person chose to give hours, even before any hours are typed.
 */
import { yearOfKey, type HoursEntryText } from "./hours";

export type { HoursEntryText } from "./hours";

/** The text fields, by their fragment names. */
export const TEXT_FIELDS = [
  "asOf",
  "birthDate",
  "yearsOfService",
  "employmentStartDate",
  "balances.deferral",
  "balances.rollover",
  "balances.match",
  "compensation",
  "deferralPercent",
  "matchPercentOfDeferral",
  "annualReturnPercent",
  "salaryGrowthPercent",
  "years",
  "inflationPercent",
  "leaveYear",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The id of one of the plan's employers ("SOS", "Inteliant"). */
export type Employer = string;
/** How vesting service is given: completed years, the employment start date, or hours in each plan year. */
export type ServiceBy = "years" | "start" | "hours";

/** The match assumption: the 2002 reference rate, none, or a figure of the person's own. */
export type MatchPreset = "2002" | "none" | "custom";

export interface FormState {
  text: Record<TextField, string>;
  employer: Employer;
  serviceBy: ServiceBy;
  matchPreset: MatchPreset;
  planTerminated: boolean;
  /** The hours typed for each plan year, by year ("2003" → "1,300"). */
  hoursByYear: Record<string, string>;
  /** Dated entries exactly as a link gave them (`hours.N.*`); null once the person edits a year. */
  hoursEntries: HoursEntryText[] | null;
}

/** Assumptions filled in when a link or the empty form does not give them. */
export const DEFAULT_ASSUMPTIONS = {
  annualReturnPercent: "6",
  salaryGrowthPercent: "3",
} as const;

function emptyText(): Record<TextField, string> {
  return Object.fromEntries(TEXT_FIELDS.map((field) => [field, ""])) as Record<TextField, string>;
}

/** The form a person first sees: today's date as the as-of date, the default assumptions and the 2002 match. */
export function initialState(today: string, referencePercent: number): FormState {
  return {
    text: { ...emptyText(), asOf: today, ...DEFAULT_ASSUMPTIONS, matchPercentOfDeferral: String(referencePercent) },
    employer: "SOS",
    serviceBy: "years",
    matchPreset: "2002",
    planTerminated: false,
    hoursByYear: {},
    hoursEntries: null,
  };
}

/** The match % a preset stands for; the custom preset uses the typed figure. */
export function presetPercent(preset: MatchPreset, referencePercent: number): string | null {
  if (preset === "2002") return String(referencePercent);
  if (preset === "none") return "0";
  return null;
}

/**
 * Reads a fragment (with or without its `#`). Missing fields take the initial values; unknown
 * fields are ignored. An empty fragment gives the initial state.
 */
export function fromFragment(fragment: string, today: string, referencePercent: number, employers: readonly Employer[]): FormState {
  const state = initialState(today, referencePercent);
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  for (const field of TEXT_FIELDS) {
    const value = params.get(field);
    if (value !== null) state.text[field] = value;
  }
  const employer = params.get("employer");
  if (employer !== null && employers.includes(employer)) state.employer = employer;
  // Either one. A start date (even an empty one) means the person chose to give dates; when a
  // hand-made link gives both, the start date wins, as it says more. Hours say more still.
  const start = params.get("employmentStartDate");
  const years = params.get("yearsOfService");
  state.serviceBy = start !== null && (start !== "" || !years) ? "start" : "years";
  const entries = new Map<number, HoursEntryText>();
  for (const [key, value] of params) {
    const entry = /^hours\.(\d{1,6})\.(date|hours)$/.exec(key);
    if (entry) {
      const index = Number(entry[1]);
      const found = entries.get(index) ?? { date: "", hours: "" };
      found[entry[2] as "date" | "hours"] = value;
      entries.set(index, found);
    }
    const year = yearOfKey(key);
    if (year !== null) state.hoursByYear[String(year)] = value;
  }
  if (entries.size > 0) state.hoursEntries = [...entries.keys()].sort((a, b) => a - b).map((index) => entries.get(index)!);
  if (params.get("service") === "hours" || entries.size > 0 || Object.keys(state.hoursByYear).length > 0) state.serviceBy = "hours";
  const terminated = params.get("planTerminated");
  state.planTerminated = terminated === "true" || terminated === "1";

  const preset = params.get("matchPreset");
  const percent = params.get("matchPercentOfDeferral");
  if (preset === "2002" || preset === "none" || preset === "custom") state.matchPreset = preset;
  else if (percent === null || percent.trim() === String(referencePercent)) state.matchPreset = "2002";
  else if (percent.trim() === "0") state.matchPreset = "none";
  else state.matchPreset = "custom";
  if (state.matchPreset !== "custom") state.text.matchPercentOfDeferral = presetPercent(state.matchPreset, referencePercent) ?? "";
  return state;
}

/**
 * Writes the fragment, without `#`. Empty fields are left out, except the start date when the
 * person chose to give dates, so that choice survives a reload. The preset's match % is written
 * too, so the fragment holds every field of an API projection request.
 */
export function toFragment(state: FormState, referencePercent: number): string {
  const params = new URLSearchParams();
  const text = state.text;
  const put = (field: string, value: string) => {
    if (value !== "") params.set(field, value);
  };
  put("asOf", text.asOf);
  put("employer", state.employer);
  put("birthDate", text.birthDate);
  if (state.serviceBy === "years") put("yearsOfService", text.yearsOfService);
  else params.set("employmentStartDate", text.employmentStartDate);
  if (state.serviceBy === "hours") {
    params.set("service", "hours");
    if (state.hoursEntries) {
      state.hoursEntries.forEach((entry, index) => {
        params.set(`hours.${index}.date`, entry.date);
        params.set(`hours.${index}.hours`, entry.hours);
      });
    } else {
      for (const year of Object.keys(state.hoursByYear).sort()) put(`hoursByYear.${year}`, state.hoursByYear[year]!);
    }
  }
  put("balances.deferral", text["balances.deferral"]);
  put("balances.rollover", text["balances.rollover"]);
  put("balances.match", text["balances.match"]);
  put("compensation", text.compensation);
  put("salaryGrowthPercent", text.salaryGrowthPercent);
  put("deferralPercent", text.deferralPercent);
  put("matchPreset", state.matchPreset);
  put("matchPercentOfDeferral", presetPercent(state.matchPreset, referencePercent) ?? text.matchPercentOfDeferral);
  put("annualReturnPercent", text.annualReturnPercent);
  put("years", text.years);
  put("inflationPercent", text.inflationPercent);
  if (state.planTerminated) params.set("planTerminated", "true");
  put("leaveYear", text.leaveYear);
  return params.toString();
}
