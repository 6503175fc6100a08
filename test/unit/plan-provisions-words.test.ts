/**
 * /plan's rules section says which sources are always vested and how many breaks forfeit with the
 * vesting words module: for this plan the text is what the page wrote itself (its own source names
 * joined with "and"; the plan's 5 breaks).
 */
import { describe, expect, it } from "vitest";
import { provisions } from "@/app/plan/provisions";
import { SOS_PLAN } from "@/lib/plan/sos-plan";

describe("/plan's rules section", () => {
  const text = provisions(SOS_PLAN).__html;

  it("always vested: deferrals and rollovers, with their earnings", () => {
    expect(text).toContain("<p>Always fully vested: deferrals and rollovers, with their earnings.</p>");
  });

  it("forfeited after 5 breaks in service in a row", () => {
    expect(text).toContain("with the hours known, after 5 breaks in service in a row (see above).");
  });
});
