/**
 * The years ahead: the projection rule's rows for the participant page, and where the years of
 * service start, in words.
 */
import { completedYears, endOfYear, yearOf, type IsoDate } from "../../dates";
import type { Money } from "../../money";
import type { PlanDefinition } from "../../plan/definition";
import { inTodaysDollars, project, type ProjectionResult, type ProjectionRow } from "../../rules/projection";
import { vestingService } from "../../rules/vesting-service";
import { BALANCE_NEEDS, eventsOf, guarded, lacking, serviceNeeds, type Section } from "./sections";
import type { ParticipantInputs } from "./validate";
import type { ParticipantWords } from "./words";

/** Years to project by default: to age 65, that is 65 − age at the end of the as-of year, 1 to 60. */
export function defaultYears(birthDate: IsoDate, asOf: IsoDate, plan: PlanDefinition): number {
  const age = completedYears(birthDate, endOfYear(yearOf(asOf)), plan.options.feb29Anniversary);
  return Math.min(60, Math.max(1, 65 - age));
}

export interface ProjectedYear extends Omit<ProjectionRow, "cents"> {
  /** Total and vested in today's dollars, when an inflation rate is given. */
  totalToday: Money | null;
  vestedToday: Money | null;
}

export interface YearsAhead {
  result: ProjectionResult;
  rows: ProjectedYear[];
  years: number;
  yearsDefaulted: boolean;
  inflationPercent: number | null;
  chosen: ProjectedYear;
  /** "Leave at the end of 2005: you keep $V, you forfeit $F." */
  chosenSentence: string;
  /** Where the years of service start from (hours), and an optional field to fix. */
  notes: string[];
  /** Said when a projected year is after the IRS limits table. */
  limitsNote: string | null;
  /** The footnote of the table, when some year's match was cut to fit IRC 415(c). */
  matchReducedNote: string | null;
  explanation: string[];
}

export function yearsAhead(inputs: ParticipantInputs, plan: PlanDefinition, words: ParticipantWords): Section<YearsAhead> {
  const said = words.needs();
  const lack = lacking(
    inputs,
    [
      ["birthDate", said.birthDate, inputs.birthDate !== null],
      ...serviceNeeds(inputs, words),
      ...BALANCE_NEEDS(inputs, words),
      ["compensation", said.compensation, inputs.compensation !== null],
      ["deferralPercent", said.deferralPercent, inputs.deferralPercent !== null],
      ["matchPercentOfDeferral", said.matchPercent, inputs.matchPercentOfDeferral !== null],
      ["annualReturnPercent", said.annualReturn, inputs.annualReturnPercent !== null],
      ["salaryGrowthPercent", said.salaryGrowth, inputs.salaryGrowthPercent !== null],
      ["years", said.years, true],
    ],
    words.purposes().ahead,
    words,
  );
  if (lack) return lack;
  const asOf = inputs.asOf!;
  const birthDate = inputs.birthDate!;
  return guarded(() => {
    const yearsDefaulted = inputs.years === null;
    const years = inputs.years ?? defaultYears(birthDate, asOf, plan);
    // With hours, the years ahead start from the years of service the hours give on the as-of
    // date, and each projected plan year adds one (as with a figure typed in). A current period
    // still open is assumed to become a year of service too, as "Stay or go" assumes: the table
    // starts the year after it, with it counted.
    const service =
      inputs.serviceBy === "hours" && inputs.hours !== null && inputs.employmentStartDate !== null
        ? vestingService({ employmentStartDate: inputs.employmentStartDate, asOf, hours: inputs.hours }, plan)
        : null;
    const result = project(
      {
        asOf,
        birthDate,
        yearsOfService: service ? service.yearsOfService + (service.currentPeriod.open ? 1 : 0) : inputs.serviceBy === "years" ? (inputs.yearsOfService ?? undefined) : undefined,
        employmentStartDate: inputs.serviceBy === "start" ? (inputs.employmentStartDate ?? undefined) : undefined,
        balances: inputs.balances,
        compensation: inputs.compensation!,
        salaryGrowthPercent: inputs.salaryGrowthPercent!,
        deferralPercent: inputs.deferralPercent!,
        matchPercentOfDeferral: inputs.matchPercentOfDeferral!,
        annualReturnPercent: inputs.annualReturnPercent!,
        years,
        events: eventsOf(inputs),
      },
      plan,
    );
    const fromHours = service ? words.hoursAssumptionSentence(service, asOf, plan) : null;
    const inflation = inputs.invalid.has("inflationPercent") ? null : inputs.inflationPercent;
    const rows = result.rows.map((row, index): ProjectedYear => {
      // Each field is read once: a row's money figures may be getters (a spread would drop them).
      const total = row.total;
      const vested = row.vested;
      return {
        planYear: row.planYear,
        age: row.age,
        yearsOfService: row.yearsOfService,
        vestedPercent: row.vestedPercent,
        compensation: row.compensation,
        deferral: row.deferral,
        match: row.match,
        matchReducedBy: row.matchReducedBy,
        earnings: row.earnings,
        balances: row.balances,
        total,
        vested,
        forfeitable: row.forfeitable,
        vestingStep: row.vestingStep,
        limitsAssumed: row.limitsAssumed,
        totalToday: inflation === null ? null : inTodaysDollars(total, inflation, index + 1),
        vestedToday: inflation === null ? null : inTodaysDollars(vested, inflation, index + 1),
      };
    });
    const chosen = rows.find((row) => row.planYear === inputs.leaveYear) ?? rows[0]!;
    const chosenSentence = words.leaveYearSentence(chosen.planYear, chosen.vested, chosen.forfeitable, chosen.vestedToday);
    const notes = [
      ...(fromHours ? [fromHours] : []),
      ...(inputs.invalid.has("inflationPercent") ? [words.fixInflation()] : []),
    ];
    const explanation = [...words.projectionExplanation(result, plan), words.vestedRowSentence(plan), ...(inflation === null ? [] : [words.todaysDollarsSentence(inflation)])];
    const reduced = result.rows.some((row) => row.cents.matchReducedBy > 0n);
    const limitsNote = words.projectionLimitsNote(result);
    const matchReducedNote = reduced ? words.matchReducedFootnote() : null;
    return { ok: true, value: { result, rows, years, yearsDefaulted, inflationPercent: inflation, chosen, chosenSentence, notes, limitsNote, matchReducedNote, explanation } };
  }, words);
}

/** A projection this long or shorter prints every year. */
export const PRINT_ALL_YEARS = 12;

/**
 * The plan years a printed statement shows, so that it fits one page: every year until the match
 * is fully vested (the years that change what is kept; without full vesting, until the last step
 * reached), then every fifth year, the chosen year and the last. A short projection prints every year. The screen and the CSV keep every year.
 */
export function printedYears(rows: readonly ProjectedYear[], chosenYear: number): Set<number> {
  if (rows.length <= PRINT_ALL_YEARS) return new Set(rows.map((row) => row.planYear));
  // Through full vesting, or (never fully vested in the years shown) through the last step reached.
  const full = rows.findIndex((row) => row.vestedPercent >= 100);
  let through = full;
  if (through === -1) for (let index = 0; index < rows.length; index += 1) if (rows[index]!.vestingStep) through = index;
  return new Set(
    rows.filter((row, index) => index <= through || (index + 1) % 5 === 0 || index === rows.length - 1 || row.planYear === chosenYear).map((row) => row.planYear),
  );
}
