/**
 * The participant page's URL fragment: the API's projection field names plus employer,
 * employmentStartDate, planTerminated, matchPreset, inflationPercent and leaveYear. A link
 * reproduces what was on the screen, even a value typed wrongly.
 */
import { describe, expect, it } from "vitest";
import { fromFragment, initialState, presetPercent, toFragment } from "@/lib/pages/participant/form";
import { SOS_PLAN } from "@/lib/plan/sos-plan";

const TODAY = "2026-11-26";
const EMPLOYERS = SOS_PLAN.employers.map((employer) => employer.id);
const REF = 26.2;

describe("the empty form", () => {
  it("takes today as the as-of date, SOS, years of service, the 2002 match and the default assumptions", () => {
    const state = fromFragment("", TODAY, REF, EMPLOYERS);
    expect(state).toEqual(initialState(TODAY, REF));
    expect(state.text.asOf).toBe(TODAY);
    expect(state.employer).toBe("SOS");
    expect(state.serviceBy).toBe("years");
    expect(state.matchPreset).toBe("2002");
    expect(state.text.matchPercentOfDeferral).toBe("26.2");
    expect(state.text.annualReturnPercent).toBe("6");
    expect(state.text.salaryGrowthPercent).toBe("3");
    expect(state.planTerminated).toBe(false);
  });
});

describe("reading a link", () => {
  it("fills every field it names, with or without the #", () => {
    const state = fromFragment("#asOf=2002-12-31&employer=Inteliant&birthDate=1970-07-04&yearsOfService=2&balances.deferral=12000&balances.rollover=0&balances.match=3000&compensation=40000&salaryGrowthPercent=0&deferralPercent=10&matchPercentOfDeferral=26.2&annualReturnPercent=6&years=1&inflationPercent=2&planTerminated=true&leaveYear=2003", TODAY, REF, EMPLOYERS);
    expect(state.text).toMatchObject({
      asOf: "2002-12-31",
      birthDate: "1970-07-04",
      yearsOfService: "2",
      "balances.deferral": "12000",
      "balances.rollover": "0",
      "balances.match": "3000",
      compensation: "40000",
      salaryGrowthPercent: "0",
      deferralPercent: "10",
      annualReturnPercent: "6",
      years: "1",
      inflationPercent: "2",
      leaveYear: "2003",
    });
    expect(state.employer).toBe("Inteliant");
    expect(state.planTerminated).toBe(true);
    expect(state.matchPreset).toBe("2002");
  });

  it("keeps what was typed, even when it is not valid", () => {
    const state = fromFragment("birthDate=2003-02-29&balances.match=-5&compensation=%2412%2C500.01", TODAY, REF, EMPLOYERS);
    expect(state.text.birthDate).toBe("2003-02-29");
    expect(state.text["balances.match"]).toBe("-5");
    expect(state.text.compensation).toBe("$12,500.01");
  });

  it("ignores fields it does not know and an employer it does not know", () => {
    const state = fromFragment("employer=Acme&salary=1&asOf=2002-12-31", TODAY, REF, EMPLOYERS);
    expect(state.employer).toBe("SOS");
    expect(state.text.asOf).toBe("2002-12-31");
  });

  it.each([
    { fragment: "employmentStartDate=2001-03-15", serviceBy: "start", why: "a start date alone" },
    { fragment: "employmentStartDate=", serviceBy: "start", why: "an empty start date (the person chose dates)" },
    { fragment: "yearsOfService=3", serviceBy: "years", why: "years alone" },
    { fragment: "yearsOfService=3&employmentStartDate=2001-03-15", serviceBy: "start", why: "both: the start date wins" },
    { fragment: "yearsOfService=3&employmentStartDate=", serviceBy: "years", why: "years and an empty start date" },
  ])("service from $why", ({ fragment, serviceBy }) => {
    expect(fromFragment(fragment, TODAY, REF, EMPLOYERS).serviceBy).toBe(serviceBy);
  });

  it.each([
    { fragment: "matchPreset=none", preset: "none", percent: "0" },
    { fragment: "matchPreset=custom&matchPercentOfDeferral=50", preset: "custom", percent: "50" },
    { fragment: "matchPercentOfDeferral=26.2", preset: "2002", percent: "26.2" },
    { fragment: "matchPercentOfDeferral=0", preset: "none", percent: "0" },
    { fragment: "matchPercentOfDeferral=40", preset: "custom", percent: "40" },
    { fragment: "matchPreset=2002&matchPercentOfDeferral=99", preset: "2002", percent: "26.2" },
  ])("match from $fragment: $preset, $percent%", ({ fragment, preset, percent }) => {
    const state = fromFragment(fragment, TODAY, REF, EMPLOYERS);
    expect(state.matchPreset).toBe(preset);
    expect(state.text.matchPercentOfDeferral).toBe(percent);
  });

  it.each(["true", "1"])("planTerminated=%s is true", (value) => {
    expect(fromFragment(`planTerminated=${value}`, TODAY, REF, EMPLOYERS).planTerminated).toBe(true);
  });
});

describe("writing a link", () => {
  it("round-trips: reading what was written gives the same form", () => {
    const state = fromFragment("asOf=2003-11-29&birthDate=1975-05-01&employmentStartDate=2001-03-15&balances.match=4259.44&compensation=80000&deferralPercent=20&matchPreset=custom&matchPercentOfDeferral=33.3&inflationPercent=2.5&planTerminated=true&leaveYear=2005", TODAY, REF, EMPLOYERS);
    expect(fromFragment(toFragment(state, REF), TODAY, REF, EMPLOYERS)).toEqual(state);
  });

  it("uses the API's field names and leaves empty fields out", () => {
    const state = initialState("2002-12-31", REF);
    state.text.yearsOfService = "3";
    state.text["balances.match"] = "4000.01";
    expect(toFragment(state, REF)).toBe("asOf=2002-12-31&employer=SOS&yearsOfService=3&balances.match=4000.01&salaryGrowthPercent=3&matchPreset=2002&matchPercentOfDeferral=26.2&annualReturnPercent=6");
  });

  it("keeps an empty start date, so the choice of dates survives a reload", () => {
    const state = initialState(TODAY, REF);
    state.serviceBy = "start";
    state.text.yearsOfService = "7";
    const fragment = toFragment(state, REF);
    expect(fragment).toContain("employmentStartDate=&");
    expect(fragment).not.toContain("yearsOfService");
    expect(fromFragment(fragment, TODAY, REF, EMPLOYERS).serviceBy).toBe("start");
  });

  it("writes a preset's own percentage", () => {
    expect(presetPercent("2002", REF)).toBe("26.2");
    expect(presetPercent("none", REF)).toBe("0");
    expect(presetPercent("custom", REF)).toBeNull();
  });
});

describe("a plan year's hours in a link (the year read by lib/parse.ts readYear)", () => {
  it("keeps hoursByYear.YYYY keys for the years a date may have, and no other key", () => {
    const state = fromFragment("hoursByYear.2003=1300&hoursByYear.1800=1&hoursByYear.03=5&hoursByYear.0003=7&hoursByYear.2201=9&hoursByYear.2003.5=2&hoursByYear.%202004=3", TODAY, REF, EMPLOYERS);
    expect(state.hoursByYear).toEqual({ "2003": "1300", "1800": "1" });
    expect(state.serviceBy).toBe("hours");
  });

  it("a link with only a key that names no year does not choose hours", () => {
    expect(fromFragment("hoursByYear.0003=7", TODAY, REF, EMPLOYERS).serviceBy).toBe("years");
  });
});
