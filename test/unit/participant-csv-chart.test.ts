/**
 * The projection's CSV download and the chart's money axis, worked by hand.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { axisFraction, moneyAxis, shortUsd, spreadLabels } from "@/lib/pages/participant/chart";
import { PROJECTION_CSV_HEADER, projectionCsv, projectionFileName } from "@/lib/pages/participant/csv";
import { initialState } from "@/lib/pages/participant/form";
import { yearsAhead } from "@/lib/pages/participant/scenario";
import { readInputs } from "@/lib/pages/participant/validate";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { PARTICIPANT_WORDS as W } from "@/lib/words/en/participant-words";

function example(extra: Record<string, string> = {}) {
  const state = initialState("2002-12-31", 26.2);
  Object.assign(state.text, {
    birthDate: "1970-07-04",
    yearsOfService: "2",
    "balances.deferral": "12000",
    "balances.match": "3000",
    compensation: "40000",
    deferralPercent: "10",
    salaryGrowthPercent: "0",
    years: "1",
    ...extra,
  });
  const section = yearsAhead(readInputs(state, W).inputs, SOS_PLAN, W);
  if (!section.ok) throw new Error(section.missing);
  return section.value;
}

describe("the projection as CSV", () => {
  it("has the API's row fields and the issue's example row, amounts as plain decimals", () => {
    const ahead = example();
    const lines = projectionCsv(ahead.rows, null).split("\r\n");
    expect(lines[0]).toBe(PROJECTION_CSV_HEADER.join(","));
    expect(lines[0]).toBe(
      "planYear,age,yearsOfService,vestedPercent,compensation,deferral,match,earnings,balances.deferral,balances.rollover,balances.match,total,vested,forfeitable",
    );
    // 2003: 10% of 40000; 26.2% of 4000; 16840 + 0 + 4259.44 = 21099.44; earnings 21099.44 − 15000 − 5048
    expect(lines[1]).toBe("2003,33,3,50,40000.00,4000.00,1048.00,1051.44,16840.00,0.00,4259.44,21099.44,18969.72,2129.72");
    expect(lines[2]).toBe("");
    expect(lines).toHaveLength(3);
  });

  it("adds today's dollars when an inflation rate is given", () => {
    const lines = projectionCsv(example({ inflationPercent: "2" }).rows, 2).split("\r\n");
    expect(lines[0]).toMatch(/,forfeitable,totalInTodaysDollars,vestedInTodaysDollars$/);
    // 21099.44 / 1.02 → 20685.73; 18969.72 / 1.02 → 18597.76
    expect(lines[1]).toMatch(/,2129\.72,20685\.73,18597\.76$/);
  });

  it("writes a negative figure as a number, not as a neutralised formula", () => {
    // A 10% loss: the deferral balance 12000 × 0.9 + 4000 × 0.95 = 10800 + 3800 = 14600;
    // match 3000 × 0.9 + 1048 × 0.95 = 2700 + 995.60 = 3695.60; total 18295.60;
    // earnings 18295.60 − 15000 − 4000 − 1048 = −1752.40
    const lines = projectionCsv(example({ annualReturnPercent: "-10" }).rows, null).split("\r\n");
    expect(lines[1]).toBe("2003,33,3,50,40000.00,4000.00,1048.00,-1752.40,14600.00,0.00,3695.60,18295.60,16447.80,1847.80");
  });

  it("names the file after the as-of date", () => {
    expect(projectionFileName("2002-12-31")).toBe("sos-401k-projection-2002-12-31.csv");
  });
});

describe("the chart's money axis", () => {
  it.each([
    // 21099.44 / 4 = 5274.86 → power 1000; 1000, 2000, 2500, 5000 × 4 < 21099.44; 10000 × 4 ≥ it
    { largest: "21099.44", top: "30000", ticks: ["0", "10000", "20000", "30000"] },
    // 100 / 4 = 25 → power 10; 10 × 4 < 100; 20 × 4 < 100; 25 × 4 = 100
    { largest: "100", top: "100", ticks: ["0", "25", "50", "75", "100"] },
    // 1,200,000 / 4 = 300,000 → power 100,000; 100k × 4 < 1.2M; 200k × 4 < 1.2M; 250k × 4 < 1.2M; 500k × 4 ≥
    { largest: "1200000", top: "1500000", ticks: ["0", "500000", "1000000", "1500000"] },
    { largest: "0", top: "100", ticks: ["0", "25", "50", "75", "100"] },
  ])("largest $largest: top $top", ({ largest, top, ticks }) => {
    const axis = moneyAxis(new Dec(largest));
    expect(axis.top.toString()).toBe(top);
    expect(axis.ticks.map((tick) => tick.toString())).toEqual(ticks);
  });

  it.each([
    ["0", "$0"],
    ["750", "$750"],
    ["30000", "$30k"],
    ["1250000", "$1.25M"],
    ["2000000000", "$2B"],
    ["-5000", "−$5k"],
  ])("shortUsd(%s) is %s", (amount, text) => {
    expect(shortUsd(new Dec(amount))).toBe(text);
  });

  it("places an amount as a fraction of the axis, kept within 0 and 1", () => {
    const axis = moneyAxis(new Dec("21099.44"));
    expect(axisFraction(new Dec(15000), axis)).toBe(0.5);
    expect(axisFraction(new Dec(-1), axis)).toBe(0);
    expect(axisFraction(new Dec(40000), axis)).toBe(1);
    expect(axisFraction(new Dec(1), { top: new Dec(0), ticks: [] })).toBe(0);
  });
});

describe("spreadLabels: step labels on one row, never stacked", () => {
  it("moves labels crowded at the left edge over, one gap apart", () => {
    // Steps in the first three years: all wanted left of the low bound 73 → clamped to 73;
    // then each at least 36 after the one before: 73, 73 + 36 = 109, 109 + 36 = 145.
    expect(spreadLabels([60, 64, 70], 73, 375, 36)).toEqual([73, 109, 145]);
  });
  it("pulls labels crowded at the right edge back left", () => {
    // Clamped to 363 each, pushed to 363, 399, 435; the last comes back to 363, the one before
    // to 363 − 36 = 327, the first to 327 − 36 = 291.
    expect(spreadLabels([370, 372, 374], 73, 363, 36)).toEqual([291, 327, 363]);
  });
  it("leaves labels that are far enough apart where they are", () => {
    expect(spreadLabels([100, 200, 300], 73, 363, 36)).toEqual([100, 200, 300]);
  });
});
