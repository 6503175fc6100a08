/**
 * The plan's money in its 2002 annual report on Form 11-K (plan-rules §8), as data.
 *
 * Every figure is copied as printed, in whole dollars, with the page it is printed on; a dash
 * ("--") is `null`. Nothing here is corrected: whether the figures foot is worked out by
 * `lib/pages/plan-facts/footing.ts`, so the page flags what does not foot rather than hard-coding it.
 *
 * Page numbers are those printed at the foot of each page of the filing. The contents page lists
 * the schedule of assets at page 9; the schedule itself is printed as page 10.
 */

export type ReportYear = 2002 | 2001;

/** An investment option (11-K Note 1.B: "17 mutual funds and the sponsor's outstanding common stock"). */
export interface Fund {
  id: string;
  /** The name as the schedule of assets gives it. */
  name: string;
  /** The name as printed on the statement of net assets, when it differs (a misprint). */
  statementName?: string;
  kind: "mutualFund" | "commonStock";
  /** Marked "*" on the schedule: a party-in-interest. */
  partyInInterest: boolean;
  /** Schedule of assets, column (c). */
  shares: number;
  /** Schedule of assets, column (e): current value at December 31, 2002. */
  scheduleValue: string;
  /** Statement of net assets, by year. */
  statement: Record<ReportYear, string>;
}

export const PAGES = {
  netAssets: 4,
  changes: 5,
  note1: 6,
  note3: 8,
  scheduleOfAssets: 10,
} as const;

/** The funds in the order the statement and the schedule list them. */
export const FUNDS: readonly Fund[] = [
  { id: "spartanTreasuryMM", name: "Spartan U.S. Treasury Money Market Fund", kind: "mutualFund", partyInInterest: true, shares: 732849, scheduleValue: "732597", statement: { 2002: "732307", 2001: "852540" } },
  { id: "fidelityUSBondIndex", name: "Fidelity U.S. Bond Index Fund", kind: "mutualFund", partyInInterest: true, shares: 26246, scheduleValue: "295005", statement: { 2002: "295005", 2001: "219054" } },
  { id: "loomisSaylesBond", name: "Loomis Sayles Bond Fund", kind: "mutualFund", partyInInterest: false, shares: 14999, scheduleValue: "164729", statement: { 2002: "164729", 2001: "157665" } },
  { id: "fidelityPuritan", name: "Fidelity Puritan Fund", kind: "mutualFund", partyInInterest: true, shares: 11043, scheduleValue: "174365", statement: { 2002: "174365", 2001: "263691" } },
  { id: "fidelityEquityIncome", name: "Fidelity Equity Income Fund", kind: "mutualFund", partyInInterest: true, shares: 7003, scheduleValue: "277818", statement: { 2002: "277818", 2001: "431660" } },
  { id: "spartanUSEquityIndex", name: "Spartan U.S. Equity Index Fund", kind: "mutualFund", partyInInterest: true, shares: 9422, scheduleValue: "293504", statement: { 2002: "293504", 2001: "510762" } },
  { id: "dreyfusAppreciation", name: "Dreyfus Appreciation Fund", kind: "mutualFund", partyInInterest: false, shares: 8791, scheduleValue: "274282", statement: { 2002: "274282", 2001: "407882" } },
  { id: "neubergerGenesis", name: "Neuberger Berman Genesis Trust", kind: "mutualFund", partyInInterest: false, shares: 5591, scheduleValue: "157325", statement: { 2002: "157325", 2001: "166918" } },
  { id: "managersSpecialEquity", name: "Manager's Special Equity Fund", kind: "mutualFund", partyInInterest: false, shares: 3751, scheduleValue: "206626", statement: { 2002: "206626", 2001: "335917" } },
  { id: "mercuryHWInternational", name: "Mercury HW International Fund", kind: "mutualFund", partyInInterest: false, shares: 2373, scheduleValue: "39366", statement: { 2002: "39366", 2001: "47282" } },
  { id: "cohenSteersRealty", name: "Cohen & Steers Realty Shares Fund", kind: "mutualFund", partyInInterest: false, shares: 1924, scheduleValue: "83399", statement: { 2002: "83399", 2001: "73533" } },
  { id: "gabelliGrowth", name: "Gabelli Growth Fund", kind: "mutualFund", partyInInterest: false, shares: 2476, scheduleValue: "47015", statement: { 2002: "47015", 2001: "86287" } },
  { id: "janusOverseas", name: "Janus Overseas Fund", kind: "mutualFund", partyInInterest: false, shares: 5102, scheduleValue: "78012", statement: { 2002: "78012", 2001: "86812" } },
  { id: "invescoTechnology", name: "Invesco Technology Fund", kind: "mutualFund", partyInInterest: false, shares: 3636, scheduleValue: "62502", statement: { 2002: "62502", 2001: "111628" } },
  { id: "fidelityFreedom2010", name: "Fidelity Freedom 2010 Fund", statementName: "Fidelity Fredom 2010 Fund", kind: "mutualFund", partyInInterest: true, shares: 7001, scheduleValue: "80088", statement: { 2002: "80088", 2001: "49439" } },
  { id: "fidelityFreedom2020", name: "Fidelity Freedom 2020 Fund", statementName: "Fidelity Fredom 2020 Fund", kind: "mutualFund", partyInInterest: true, shares: 5516, scheduleValue: "58687", statement: { 2002: "58687", 2001: "72170" } },
  { id: "fidelityFreedom2030", name: "Fidelity Freedom 2030 Fund", statementName: "Fidelity Fredom 2030 Fund", kind: "mutualFund", partyInInterest: true, shares: 3494, scheduleValue: "35777", statement: { 2002: "35777", 2001: "52739" } },
  { id: "sosCommonStock", name: "SOS Staffing Services, Inc. common stock", kind: "commonStock", partyInInterest: true, shares: 88921, scheduleValue: "44460", statement: { 2002: "44460", 2001: "71797" } },
];

/** One line of a statement as printed: a label and an amount per year (null for "--"). */
export interface StatementLine {
  id: string;
  label: string;
  kind: "heading" | "item" | "total";
  amounts: Partial<Record<ReportYear, string | null>>;
  page: number;
}

const fundLines: StatementLine[] = FUNDS.map((fund) => ({
  id: `fund.${fund.id}`,
  label: fund.statementName ?? fund.name,
  kind: "item",
  amounts: { 2002: fund.statement[2002], 2001: fund.statement[2001] },
  page: PAGES.netAssets,
}));

const p = PAGES.netAssets;

/** Statements of net assets available for benefits, December 31, 2002 and 2001 (page 4). */
export const NET_ASSETS: readonly StatementLine[] = [
  { id: "h.investments", label: "Investments", kind: "heading", amounts: {}, page: p },
  { id: "h.mutualFunds", label: "Mutual funds", kind: "heading", amounts: {}, page: p },
  ...fundLines.filter((line) => line.id !== "fund.sosCommonStock"),
  { id: "h.other", label: "Other investments", kind: "heading", amounts: {}, page: p },
  ...fundLines.filter((line) => line.id === "fund.sosCommonStock"),
  { id: "participantLoans", label: "Participant loans", kind: "item", amounts: { 2002: null, 2001: "1046" }, page: p },
  { id: "totalInvestments", label: "Total investments", kind: "total", amounts: { 2002: "3105557", 2001: "3998822" }, page: p },
  { id: "cash", label: "Cash", kind: "item", amounts: { 2002: null, 2001: "4170" }, page: p },
  { id: "receivables", label: "Receivables: participant contributions", kind: "item", amounts: { 2002: "1907", 2001: "22522" }, page: p },
  { id: "totalAssets", label: "Total assets", kind: "total", amounts: { 2002: "3107464", 2001: "4022814" }, page: p },
  { id: "refundExcess", label: "Liabilities: refund of excess contributions", kind: "item", amounts: { 2002: null, 2001: "393" }, page: p },
  { id: "totalLiabilities", label: "Total liabilities", kind: "total", amounts: { 2002: null, 2001: "393" }, page: p },
  { id: "netAssets", label: "Net assets available for benefits", kind: "total", amounts: { 2002: "3107464", 2001: "4022421" }, page: p },
];

const c = PAGES.changes;

/** Statement of changes in net assets available for benefits, year ended December 31, 2002 (page 5). */
export const CHANGES_2002: readonly StatementLine[] = [
  { id: "h.additions", label: "Additions to net assets", kind: "heading", amounts: {}, page: c },
  { id: "participantContributions", label: "Participant contributions", kind: "item", amounts: { 2002: "487809" }, page: c },
  { id: "netDepreciation", label: "Net depreciation in fair value of investments", kind: "item", amounts: { 2002: "-481363" }, page: c },
  { id: "interestDividends", label: "Interest and dividends", kind: "item", amounts: { 2002: "10796" }, page: c },
  { id: "investmentIncome", label: "Investment income (loss)", kind: "total", amounts: { 2002: "-470567" }, page: c },
  { id: "totalAdditions", label: "Total additions", kind: "total", amounts: { 2002: "17242" }, page: c },
  { id: "h.deductions", label: "Deductions from net assets", kind: "heading", amounts: {}, page: c },
  { id: "benefitsPaid", label: "Benefits paid to participants", kind: "item", amounts: { 2002: "932199" }, page: c },
  { id: "netDecrease", label: "Net decrease", kind: "total", amounts: { 2002: "-914957" }, page: c },
  { id: "beginningNetAssets", label: "Net assets available for benefits at beginning of year", kind: "item", amounts: { 2002: "4022421" }, page: c },
  { id: "endNetAssets", label: "Net assets available for benefits at end of year", kind: "total", amounts: { 2002: "3107464" }, page: c },
];

/** Note 3: net depreciation in fair value of investments, 2002 (page 8). */
export const NOTE_3: readonly StatementLine[] = [
  { id: "depreciationMutualFunds", label: "Mutual funds", kind: "item", amounts: { 2002: "427778" }, page: PAGES.note3 },
  { id: "depreciationCommonStock", label: "Common stock", kind: "item", amounts: { 2002: "53585" }, page: PAGES.note3 },
  { id: "depreciationTotal", label: "Net depreciation", kind: "total", amounts: { 2002: "481363" }, page: PAGES.note3 },
];
