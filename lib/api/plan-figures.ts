/**
 * The plan's figures as the API's descriptions write them, read from the plan definition (the
 * descriptions never write a plan number of their own: test/unit/pages-read-the-plan.test.ts).
 */
import { SOS_PLAN } from "../plan/sos-plan";
import { formatHours } from "../words/format";
import { describeSchedule, ordinal } from "../words/en/format";
import { alwaysVestedSources } from "../words/en/vesting";

const plan = SOS_PLAN;
const byHours = plan.employers.find((employer) => employer.service.kind === "hoursInPeriod")!;
const byDays = plan.employers.find((employer) => employer.service.kind === "daysFollowingFirstHour")!;

export const PLAN_FIGURES = {
  /** The minimum age, in digits. */
  minimumAge: String(plan.eligibility.minimumAge),
  /** The birthday of the minimum age, as an ordinal. */
  minimumAgeBirthday: ordinal(plan.eligibility.minimumAge),
  /** A February 29 birthday in a common year (the plan's option). */
  feb29InCommonYear: plan.options.feb29Anniversary === "march1" ? "March 1" : "February 28",
  /** The employer whose service is counted in hours, its id and the hours of its year of service. */
  hoursEmployer: byHours.id,
  eligibilityHours: byHours.service.kind === "hoursInPeriod" ? formatHours(byHours.service.hours) : "",
  /** The employer whose service is a day after the first hour, its id and the day, as an ordinal. */
  daysEmployer: byDays.id,
  eligibilityDay: byDays.service.kind === "daysFollowingFirstHour" ? ordinal(byDays.service.days) : "",
  eligibilityCitation: plan.eligibility.citation,
  /** The hours of a long-term part-time employee's qualifying period. */
  partTimeHours: formatHours(plan.longTermPartTime.qualifyingHours.hours),
  partTimeFirstPeriodStart: plan.longTermPartTime.firstCountedPeriodStart.date,
  partTimeCitation: plan.longTermPartTime.citation,
  /** The plan's cap on deferrals, in percent. */
  deferralPercentCap: String(plan.contributions.deferralPercentCap),
  contributionsCitation: plan.contributions.citation,
  /** The reference match rate, a number, for an example request, and its plan year. */
  referenceMatchPercent: plan.match.referencePercentOfDeferrals,
  referenceMatchYear: plan.match.referenceYear,
  /** The sources always vested in full, in words ("deferrals and rollovers" in this plan). */
  immediatelyVested: alwaysVestedSources(plan),
  /** The match's vesting schedule in words. */
  schedule: describeSchedule(plan.vesting.schedule),
  vestingCitation: plan.vesting.citation,
  terminationCitation: plan.vesting.terminationCitation,
  /** The schedule's last percent: what a plan termination vests every account at. */
  fullyVestedPercent: String(plan.vesting.schedule[plan.vesting.schedule.length - 1]!.percent),
  /** The hours of a year of vesting service, and the most hours of a break in service. */
  vestingYearHours: formatHours(plan.vesting.hoursCounting.yearOfService.hours),
  breakHoursAtMost: formatHours(plan.vesting.hoursCounting.breakInService.hoursAtMost),
  /** The break in a row whose end forfeits the nonvested match, as an ordinal. */
  forfeitingBreak: ordinal(plan.vesting.hoursCounting.forfeiture.consecutiveBreaks),
} as const;
