/**
 * The SOS Staffing Services, Inc. 401(k) Plan, as its 2002 Form 11-K describes it, read as
 * `docs/plan-rules.md` sets out. Every provision carries its note; every open point is
 * an option with plan-rules' default.
 */
import { definePlan, type PlanDefinition } from "./definition";

export const SOS_PLAN: PlanDefinition = definePlan({
  id: "sos-staffing-401k",
  name: "SOS Staffing Services, Inc. 401(k) Plan",
  source: "Annual report on Form 11-K for the fiscal year ended December 31, 2002",
  sourcePeriodEnd: "2002-12-31",
  eligibility: {
    minimumAge: 21,
    computationPeriodMonths: 12,
    citation: "11-K Note 1.A",
    quote:
      "Employees of the sponsor who complete 1,000 hours of service during a 12-month period and who have reached the age of 21 are eligible to participate in the Plan.",
  },
  employers: [
    {
      id: "SOS",
      name: "SOS Staffing Services, Inc. and its subsidiaries other than Inteliant",
      shortName: "SOS Staffing or a subsidiary",
      service: { kind: "hoursInPeriod", hours: 1000 },
      excludesHighlyCompensated: true,
      citation: "11-K Note 1.A",
      quote:
        "Employees of the sponsor who complete 1,000 hours of service during a 12-month period and who have reached the age of 21 are eligible to participate in the Plan. … The Plan excludes all highly compensated employees as defined by the Internal Revenue Service of the sponsor and all of its subsidiaries except Inteliant.",
    },
    {
      id: "Inteliant",
      name: "Inteliant Corporation",
      shortName: "Inteliant Corporation",
      service: { kind: "daysFollowingFirstHour", days: 91 },
      excludesHighlyCompensated: false,
      citation: "11-K Note 1.A",
      quote:
        "Employees of Inteliant Corporation (\"Inteliant\"), a subsidiary of the sponsor, who have reached the age of 21 are eligible to participate in the Plan as of the ninety-first day following the day on which the employee first performs an hour of service. … Highly compensated employees of Inteliant are allowed to participate in the plan.",
    },
  ],
  contributions: {
    deferralPercentCap: 15,
    rolloversAllowed: true,
    citation: "11-K Note 1.B",
    quote:
      "Each year participants may contribute up to 15 percent of pre-tax annual compensation, as defined in the Plan. Participants may also contribute amounts representing distributions from other qualified defined benefit or contribution plans.",
  },
  match: {
    discretionary: true,
    referencePercentOfDeferrals: 26.2,
    referenceYear: 2002,
    referenceBasis:
      "In 2002 about $127,800 of forfeitures was allocated as matching contributions against $487,809 of participant contributions: about 26.2% of contributions.",
    citation: "11-K Note 1.B, Note 1.G; statement of changes in net assets, 2002",
    quote:
      "The sponsor can elect to make discretionary matching contributions to the Plan. … for the year ended December 31, 2002, the sponsor made matching contributions of approximately $127,800 to the Plan through re-allocation of forfeited accounts.",
  },
  vesting: {
    immediatelyVested: ["deferral", "rollover"],
    schedule: [
      { years: 0, percent: 0 },
      { years: 3, percent: 50 },
      { years: 4, percent: 75 },
      { years: 5, percent: 100 },
    ],
    citation: "11-K Note 1.D",
    quote:
      "Participants are immediately vested in their voluntary contributions plus actual earnings thereon. Vesting in employer matching contributions plus actual earnings thereon is as follows: less than three years 0%, three years 50%, four years 75%, five years or more 100%.",
    terminationCitation: "11-K Note 5",
    terminationQuote: "In the event of Plan termination, participants will become fully vested in their account balances.",
    // plan-rules §4.1: where the hours are given, years of vesting service are counted from them.
    hoursCounting: {
      yearOfService: { hours: 1000, citation: "29 CFR 2530.200b-1, 2530.203-2" },
      breakInService: { hoursAtMost: 500, citation: "29 CFR 2530.200b-4" },
      forfeiture: { consecutiveBreaks: 5, citation: "IRC 411(a)(6)(C); 11-K Note 1.G" },
      ruleOfParity: { minimumBreaks: 5, citation: "IRC 411(a)(6)(D)" },
    },
  },
  // plan-rules §2.4: the 11-K predates the rule; federal law requires it for plan years from 2024.
  longTermPartTime: {
    qualifyingHours: { hours: 500, citation: "IRC 401(k)(2)(D), 401(k)(15)" },
    firstCountedPeriodStart: { date: "2021-01-01", citation: "IRC 401(k)(2)(D), 401(k)(15)" },
    runs: [
      { from: "2024-01-01", periods: 3, citation: "IRC 401(k)(2)(D), 401(k)(15)" },
      { from: "2025-01-01", periods: 2, citation: "IRC 401(k)(2)(D) as amended by SECURE 2.0 §125" },
    ],
    citation: "IRC 401(k)(2)(D), 401(k)(15)",
  },
  forfeitures: {
    use: "reduceFutureEmployerContributions",
    allocation: "proRataToDeferrals",
    citation: "11-K Note 1.G",
    quote:
      "At December 31, 2002, forfeited nonvested accounts totaled approximately $43,700. These amounts will be used to reduce future employer contributions. During 2002, approximately $127,800 from forfeited accounts was allocated to participants' accounts as employer contributions.",
  },
  // plan-rules §9: the ADP and ACP tests of a plan year and their correction.
  nondiscrimination: {
    adpCitation: "IRC 401(k)(3); Treas. Reg. 1.401(k)-2",
    acpCitation: "IRC 401(m)(2); Treas. Reg. 1.401(m)-2",
    rateDecimals: 2,
    limit: { basic: 1.25, alternativeMultiple: 2, alternativeSpread: 2, citation: "IRC 401(k)(3)(A)(ii), 401(m)(2)(A)" },
    separateLines: {
      citation: "11-K Note 1.A",
      quote: "The Plan treats employees of Inteliant as a separate line of business for purposes of operational testing.",
    },
    combinedLineName: "Plan",
    correction: { citation: "Treas. Reg. 1.401(k)-2(b)(2)" },
    matchForfeiture: { citation: "Treas. Reg. 1.411(a)-4(b)(7)" },
    acpCorrection: { citation: "Treas. Reg. 1.401(m)-2(b)(2)" },
    longTermPartTime: { citation: "IRC 401(k)(15)(B)(i)" },
    deadlines: {
      withoutExciseTax: { month: 3, day: 15, citation: "IRC 4979(f)" },
      final: { month: 12, day: 31, citation: "Treas. Reg. 1.401(k)-2(b)(5)(i)" },
    },
    citation: "IRC 401(k)(3), 401(m)(2); Treas. Reg. 1.401(k)-2, 1.401(m)-2; 11-K Note 1.A",
  },
  options: {
    feb29Anniversary: "march1",
    eligibilityPeriods: "planYear",
    serviceCredited: "endOfPeriod",
    entry: "immediate",
    catchUp: false,
    fullVestingOn: ["planTermination"],
    vestingPeriods: "planYear",
    ruleOfParity: false,
    longTermPartTime: "statutory",
    longTermPartTimeMatch: false,
    testingLines: "separate",
    testingMethod: "current-year",
    testLongTermPartTime: false,
    forfeitMatchOnRefund: true,
  },
});

/** The figures of Note 1.G and the 2002 statements, for pages that show context. */
export const SOS_2002_FIGURES = {
  forfeituresAllocatedAsMatch: "127800",
  forfeituresRemainingAtYearEnd: "43700",
  participantContributions: "487809",
  citation: "11-K Note 1.B, Note 1.G; statement of changes in net assets, 2002",
} as const;
