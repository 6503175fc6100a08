/** The API reference page's reading of the OpenAPI document: field names, types in words, required. */
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { fieldRows, typeText, type OpenApiDoc } from "@/lib/pages/api-reference/fields";

const doc = openApiDocument() as unknown as OpenApiDoc;
const rows = (name: string) => fieldRows(doc, { $ref: `#/components/schemas/${name}` });
const row = (name: string, field: string) => rows(name).find((r) => r.name === field);

describe("fields of the document, as the page lists them", () => {
  it("eligibility request: the contract's fields in order, the four required ones marked, each with its meaning", () => {
    expect(rows("EligibilityRequest").map((r) => [r.name, r.required])).toEqual([
      ["asOf", true], ["employer", true], ["birthDate", true], ["employmentStartDate", true], ["hours", false],
      ["hours[].date", true], ["hours[].hours", true], ["highlyCompensated", false], ["priorYearCompensation", false], ["fivePercentOwner", false],
    ]);
    expect(row("EligibilityRequest", "employer")?.type).toBe('one of "SOS", "Inteliant"');
    expect(row("EligibilityRequest", "asOf")?.type).toBe("date (YYYY-MM-DD)");
    expect(row("EligibilityRequest", "hours[].hours")?.type).toBe("number from 0 to 8784");
    expect(row("EligibilityRequest", "priorYearCompensation")?.type).toBe("money: string or number, 0 or more");
    expect(row("EligibilityRequest", "birthDate")?.description).toMatch(/Age 21 is attained on the 21st birthday/);
  });

  it("nested answers: the tuple of requirements, nullable objects, and the batch's items merged across endpoints", () => {
    expect(row("EligibilityAnswer", "requirements")?.type).toBe("list of 2, in this order");
    expect(row("EligibilityAnswer", "requirements[1].periods[].hours")).toMatchObject({ type: "number ≥ 0", depth: 2 });
    expect(row("EligibilityAnswer", "longTermPartTime")?.type).toBe("object or null");
    expect(row("EligibilityAnswer", "mayDefer")?.type).toBe("true or false or null");
    expect(row("BatchRequest", "requests")?.type).toBe("list of 1 to 10,000");
    expect(row("BatchRequest", "requests[].endpoint")?.type).toBe('"eligibility" or "contribution-limit" or "vesting" or "forfeitures/allocate" or "projection" or "nondiscrimination"');
    expect(row("BatchRequest", "requests[].body")).toMatchObject({ type: "the endpoint's request body", required: true });
    expect(row("BatchAnswer", "responses[].status")?.type).toBe("200 or 400");
    expect(row("BatchAnswer", "responses[].body")?.type).toBe("the endpoint's answer or an error answer");
  });

  it("money in answers, whole numbers and lists of strings", () => {
    expect(row("VestingAnswer", "forfeitable")?.type).toBe("money: string with 2 decimals");
    expect(row("ProjectionAnswer", "rows[].earnings")?.type).toBe("money: string with 2 decimals, may be negative");
    expect(row("ContributionLimitRequest", "planYear")?.type).toBe("whole number from 2002 to 2200");
    expect(typeText(doc, { type: "array", items: { type: "string" } })).toBe("list: each string");
  });
});
