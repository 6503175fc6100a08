import { describe, expect, it } from "vitest";
import { formatDollars } from "@/lib/money";
import { checkFooting, explainFailure, figureKey, isAdjacentTransposition, reportFigures } from "@/lib/pages/plan-facts/footing";
import { FUNDS } from "@/lib/pages/plan-facts/statements-2002";
import * as words from "@/lib/words/en/plan-facts";
import { Dec } from "@/lib/money";

const report = checkFooting();

describe("the 2002 report's figures, footed (plan-rules §8)", () => {
  it("finds exactly two sums that do not foot, plus the Spartan line that disagrees with the schedule", () => {
    expect(report.failures.map((failure) => failure.rule.id)).toEqual(["investments.2002", "assets.2001", "schedule.spartanTreasuryMM"]);
  });

  it("2002 total investments: the lines add up to 3,105,267, printed 3,105,557, $290 apart", () => {
    // Mutual funds as printed on the statement: 732,307 + 295,005 + 164,729 + 174,365 + 277,818
    // + 293,504 + 274,282 + 157,325 + 206,626 + 39,366 + 83,399 + 47,015 + 78,012 + 62,502
    // + 80,088 + 58,687 + 35,777 = 3,060,807; + common stock 44,460 + loans 0 = 3,105,267.
    // 3,105,557 − 3,105,267 = 290 = 732,597 (schedule) − 732,307 (statement).
    const check = report.failures[0]!;
    expect(check.computed.toFixed(0)).toBe("3105267");
    expect(check.printed.toFixed(0)).toBe("3105557");
    expect(check.difference.toFixed(0)).toBe("290");
    expect(check.candidates).toHaveLength(1);
    expect(check.candidates[0]).toMatchObject({ key: "netAssets:fund.spartanTreasuryMM:2002", reason: { kind: "printedElsewhere", otherKey: "schedule:spartanTreasuryMM" } });
    expect(check.candidates[0]!.required.toFixed(0)).toBe("732597");
    // The printed total is vouched for by total assets (3,105,557 + 0 + 1,907 = 3,107,464) and by
    // the schedule of assets, whose lines add up to 3,105,267 + 290 = 3,105,557.
    expect(check.totalConfirmedBy).toEqual(["assets.2002", "schedule.total"]);
  });

  it("2001 total assets: 3,998,822 + 4,170 + 22,522 = 4,025,514, printed 4,022,814; cash of 1,470 would foot", () => {
    // 3,998,822 + 4,170 = 4,002,992; + 22,522 = 4,025,514. 4,022,814 − 4,025,514 = −2,700.
    // Cash needed: 4,170 − 2,700 = 1,470 (4,170 with its first two digits swapped).
    // The printed total is vouched for by net assets: 4,022,814 − 393 = 4,022,421 as printed.
    const check = report.failures[1]!;
    expect(check.computed.toFixed(0)).toBe("4025514");
    expect(check.printed.toFixed(0)).toBe("4022814");
    expect(check.difference.toFixed(0)).toBe("-2700");
    expect(check.candidates.map((candidate) => [candidate.key, candidate.required.toFixed(0), candidate.reason.kind])).toEqual([["netAssets:cash:2001", "1470", "transposedDigits"]]);
    expect(check.totalConfirmedBy).toEqual(["netAssets.2001"]);
  });

  it("everything else foots: 2001 investments, both net assets, the statement of changes, Note 3", () => {
    // 2001 funds: 852,540 + 219,054 + 157,665 + 263,691 + 431,660 + 510,762 + 407,882 + 166,918
    // + 335,917 + 47,282 + 73,533 + 86,287 + 86,812 + 111,628 + 49,439 + 72,170 + 52,739
    // = 3,925,979; + stock 71,797 + loans 1,046 = 3,998,822 as printed.
    // Changes: −481,363 + 10,796 = −470,567; 487,809 − 470,567 = 17,242; 17,242 − 932,199 =
    // −914,957; 4,022,421 − 914,957 = 3,107,464. Note 3: 427,778 + 53,585 = 481,363.
    const passing = report.checks.filter((check) => check.foots).map((check) => check.rule.id);
    for (const id of ["investments.2001", "assets.2002", "netAssets.2002", "netAssets.2001", "changes.investmentIncome", "changes.additions", "changes.netDecrease", "changes.endOfYear", "changes.beginning", "changes.end", "note3.total", "note3.changes", "schedule.total"]) {
      expect(passing).toContain(id);
    }
  });

  it("flags the two totals and the lines that would make them foot", () => {
    expect([...report.flagged].sort()).toEqual(
      ["netAssets:cash:2001", "netAssets:fund.spartanTreasuryMM:2002", "netAssets:totalAssets:2001", "netAssets:totalInvestments:2002", "schedule:spartanTreasuryMM"].sort(),
    );
  });

  it("explains each failure in sentences", () => {
    const [investments, assets, spartan] = report.failures.map((failure) => explainFailure(failure, report, words));
    expect(investments![0]).toBe(
      "The 19 lines add up to $3,105,267, but total investments is printed as $3,105,557 ($290 more), on the statement of net assets, December 31, 2002 (page 4).",
    );
    expect(investments!.at(-1)).toBe(
      "The Spartan U.S. Treasury Money Market Fund is $732,307 on the statement of net assets, December 31, 2002 (page 4) but $732,597 on the schedule of assets held at December 31, 2002 (Schedule 1, page 10); the total adds up only with $732,597.",
    );
    expect(assets![0]).toBe(
      "Total investments $3,998,822 + cash $4,170 + receivables: participant contributions $22,522 = $4,025,514, but total assets is printed as $4,022,814 ($2,700 less), on the statement of net assets, December 31, 2001 (page 4).",
    );
    expect(assets).toContain("The printed total assets is confirmed by the next line: total assets $4,022,814 − total liabilities $393 = $4,022,421, as printed.");
    expect(assets!.at(-1)).toBe("A cash figure of $1,470 would make it add up: it is the printed $4,170 with two digits swapped (transposed).");
    expect(spartan![0]).toBe("The statement of net assets, December 31, 2002 (page 4) gives $732,307, the schedule of assets held at December 31, 2002 (Schedule 1, page 10) gives $732,597, a difference of $290.");
  });

  it("the three checks that fail come from two figures: the 2002 Spartan line, the 2001 cash", () => {
    // 35 checks: 4 per year (investments, assets, liabilities, net assets) × 2 = 8, 6 on the statement
    // of changes, 2 on Note 3, 1 for the schedule's total and 18 fund lines against the schedule = 35.
    // The 2002 Spartan line fails both the 2002 investments sum and its agreement with the schedule.
    expect(report.checks).toHaveLength(35);
    expect(report.checks.filter((check) => check.foots)).toHaveLength(32);
    expect(report.discrepancies.map((d) => [d.figure.key, d.checks.map((check) => check.rule.id)])).toEqual([
      ["netAssets:fund.spartanTreasuryMM:2002", ["investments.2002", "schedule.spartanTreasuryMM"]],
      ["netAssets:cash:2001", ["assets.2001"]],
    ]);
  });

  it("a difference no line explains is a figure of its own: its total", () => {
    const figures = reportFigures();
    figures.get(figureKey("changes", "benefitsPaid"))!.amount = new Dec(932000);
    const altered = checkFooting(figures);
    // Benefits 932,000 instead of 932,199: net decrease and the end of year no longer add up; neither has a line to blame.
    expect(altered.discrepancies.map((d) => d.figure.key)).toContain(figureKey("changes", "netDecrease"));
  });

  it("finds nothing once the two figures are corrected (the checks are computed, not listed)", () => {
    const figures = reportFigures();
    figures.get(figureKey("netAssets", "fund.spartanTreasuryMM", 2002))!.amount = new Dec(732597);
    figures.get(figureKey("netAssets", "cash", 2001))!.amount = new Dec(1470);
    expect(checkFooting(figures).failures).toEqual([]);
  });

  it("says when no single line explains a difference", () => {
    const figures = reportFigures();
    figures.get(figureKey("changes", "benefitsPaid"))!.amount = new Dec(932000);
    const altered = checkFooting(figures);
    const netDecrease = altered.failures.find((failure) => failure.rule.id === "changes.netDecrease")!;
    expect(explainFailure(netDecrease, altered, words).at(-1)).toBe("No single line explains the difference.");
  });

  it("refuses a rule naming a figure that does not exist", () => {
    expect(() => checkFooting(reportFigures(), [{ id: "x", kind: "sum", title: "x", parts: [{ key: "nope", sign: 1 }], total: "nope" }])).toThrow(/unknown figure nope/);
  });
});

describe("the fund line-up (11-K Note 1.B: 17 mutual funds and the sponsor's common stock)", () => {
  it("has 17 mutual funds and one common stock", () => {
    expect(FUNDS.filter((fund) => fund.kind === "mutualFund")).toHaveLength(17);
    expect(FUNDS.filter((fund) => fund.kind === "commonStock").map((fund) => fund.name)).toEqual(["SOS Staffing Services, Inc. common stock"]);
  });
});

describe("helpers", () => {
  it.each([
    [4170, 1470, true, "first two digits swapped"],
    [4170, 4710, true, "middle digits swapped"],
    [4170, 4170, false, "the same figure"],
    [4170, 7140, false, "not adjacent"],
    [1100, 1100, false, "swapping equal digits changes nothing"],
    [12, 1.2, false, "not whole dollars"],
    [-12, 21, false, "negative"],
  ])("%i → %s: %s (%s)", (printed, candidate, expected) => {
    expect(isAdjacentTransposition(new Dec(printed), new Dec(candidate))).toBe(expected);
  });

  it("writes whole dollars as the report does", () => {
    expect(formatDollars(new Dec(3105557))).toBe("$3,105,557");
    expect(formatDollars(new Dec(-481363))).toBe("−$481,363");
    expect(formatDollars(new Dec("0.5"))).toBe("$0.50");
  });
});
