/**
 * The 2002 forfeiture figures of 11-K Note 1.G, as context for the HR page.
 *
 * "During 2002, approximately $127,800 from forfeited accounts was allocated to participants'
 * accounts as employer contributions." Against $487,809 of participant contributions (statement of
 * changes in net assets, 2002) that is about 26.2%. "At December 31, 2002, forfeited nonvested
 * accounts totaled approximately $43,700."
 */
import { Dec, toMoney, type Money } from "../../money";
import { SOS_2002_FIGURES } from "../../plan/sos-plan";

export interface ForfeitureContext2002 {
  allocatedAsMatch: Money;
  participantContributions: Money;
  remainingAtYearEnd: Money;
  /** Allocated ÷ contributions as a percentage, to one decimal (half-up). */
  matchRatePercent: Money;
  citation: string;
}

export function forfeitureContext2002(figures: typeof SOS_2002_FIGURES = SOS_2002_FIGURES): ForfeitureContext2002 {
  const allocatedAsMatch = toMoney(figures.forfeituresAllocatedAsMatch);
  const participantContributions = toMoney(figures.participantContributions);
  return {
    allocatedAsMatch,
    participantContributions,
    remainingAtYearEnd: toMoney(figures.forfeituresRemainingAtYearEnd),
    matchRatePercent: allocatedAsMatch.times(100).dividedBy(participantContributions).toDecimalPlaces(1, Dec.ROUND_HALF_UP),
    citation: figures.citation,
  };
}
