import { describe, expect, it } from "vitest";
import { parseDeferrals, splitCsvLine } from "@/lib/pages/hr-forfeitures/parse-deferrals";
import { EN_WORDS } from "./forfeitures-words";

const amounts = (text: string) => parseDeferrals(text, EN_WORDS).rows.map((row) => [row.line, row.id, row.deferrals.toFixed(2)]);

describe("reading pasted id,deferrals lines", () => {
  it("reads comma lines with no header", () => {
    expect(amounts("A-1,100\nA-2,250.50")).toEqual([
      [1, "A-1", "100.00"],
      [2, "A-2", "250.50"],
    ]);
  });

  it("reads tab lines pasted from a spreadsheet, with a header and Windows line ends", () => {
    const parsed = parseDeferrals("Participant ID\tDeferrals ($)\r\nA-1\t$1,234.50\r\nA-2\t10\r\n", EN_WORDS);
    expect(parsed.headerLine).toBe(1);
    expect(parsed.rows.map((row) => [row.line, row.id, row.deferrals.toFixed(2)])).toEqual([
      [2, "A-1", "1234.50"],
      [3, "A-2", "10.00"],
    ]);
    expect(parsed.issues).toEqual([]);
  });

  it("skips blank lines but keeps the real line numbers", () => {
    expect(amounts("id,deferrals\n\nA-1,5\n   \nA-2,6\n")).toEqual([
      [3, "A-1", "5.00"],
      [5, "A-2", "6.00"],
    ]);
  });

  it("reads quoted cells: a comma in an id, a thousands comma in an amount, a doubled quote", () => {
    expect(amounts('"Smith, J.","1,200.00"\n"O""Neil",3')).toEqual([
      [1, "Smith, J.", "1200.00"],
      [2, 'O"Neil', "3.00"],
    ]);
  });

  it("ignores trailing empty cells a spreadsheet adds", () => {
    expect(amounts("A-1,100,,")).toEqual([[1, "A-1", "100.00"]]);
  });

  it("does not take a first line with a bad amount for a header", () => {
    const parsed = parseDeferrals("A-1,abc\nA-2,5", EN_WORDS);
    expect(parsed.headerLine).toBeNull();
    expect(parsed.issues).toEqual([
      { line: 1, field: "deferrals", message: 'Line 1: deferrals must be an amount in dollars, such as "1234.50" (it reads "abc").' },
    ]);
  });
});

describe("bad lines are named by their line number", () => {
  it.each([
    ["A-1,-5", 1, "deferrals", 'Line 1: deferrals must not be negative (it reads "-5").'],
    ["A-1,1.005", 1, "deferrals", 'Line 1: deferrals must have at most 2 decimals (whole cents); if you mean 1,005 dollars, write 1005 or 1,005 (it reads "1.005").'],
    ["A-1,", 1, "deferrals", "Line 1: deferrals is empty; write an amount such as 5200.00."],
    ["A-1", 1, "deferrals", "Line 1 has no deferrals: write the id, a comma or tab, then the amount (A-17,5200.00)."],
    [",100", 1, "id", "Line 1: id must not be empty."],
    ['"A-1,100', 1, "line", 'Line 1 has a quote (") that is never closed.'],
  ] as const)("%s → %s", (text, line, field, message) => {
    expect(parseDeferrals(text, EN_WORDS).issues).toEqual([{ line, field, message }]);
  });

  it("explains three values on a comma line (an unquoted thousands comma)", () => {
    const [issue] = parseDeferrals("id,deferrals\nA-1,1,234.50", EN_WORDS).issues;
    expect(issue?.line).toBe(2);
    expect(issue?.message).toBe(
      "Line 2 has 3 values; each line needs exactly two, the id and the deferrals. If the amount has a thousands comma, leave the comma out (1234.50) or put the amount in quotes.",
    );
  });

  it("does not add the comma hint to a tab line with three values", () => {
    expect(parseDeferrals("A-1\t5\t6", EN_WORDS).issues[0]?.message).toBe("Line 1 has 3 values; each line needs exactly two, the id and the deferrals.");
  });

  it("reports a repeated id with the line it repeats", () => {
    const parsed = parseDeferrals("A-1,5\nA-2,6\nA-1,7", EN_WORDS);
    expect(parsed.rows.map((row) => row.id)).toEqual(["A-1", "A-2"]);
    expect(parsed.issues).toEqual([{ line: 3, field: "id", message: 'Line 3: id "A-1" repeats line 1; list each participant once.' }]);
  });

  it("counts every non-blank, non-header line as a row or an issue, never dropping one", () => {
    const parsed = parseDeferrals("id,deferrals\nA,1\nB,x\n\nC,2\nD", EN_WORDS);
    expect(parsed.dataLines).toBe(4);
    expect(parsed.rows.length + parsed.issues.length).toBe(4);
  });

  it("shortens a long bad value in the message", () => {
    const long = "x".repeat(50);
    expect(parseDeferrals(`A,${long}`, EN_WORDS).issues[0]?.message).toContain(`"${"x".repeat(40)}…"`);
  });
});

describe("splitCsvLine", () => {
  it("splits on commas outside quotes", () => {
    expect(splitCsvLine('a,"b,c",d')).toEqual(["a", "b,c", "d"]);
  });
  it("returns null for a quote left open", () => {
    expect(splitCsvLine('a,"b')).toBeNull();
  });
});

describe("amounts with commas", () => {
  it.each([
    ['A,"1,234.50"', "1234.50"],
    ["A\t$12,345,678.00", "12345678.00"],
  ])("%s reads as %s (commas group thousands)", (text, amount) => {
    expect(parseDeferrals(text, EN_WORDS).rows[0]?.deferrals.toFixed(2)).toBe(amount);
  });

  it.each(['A,"1,23"', "A\t12,34.00", "A\t1,2345"])("%s is refused, not read as a larger amount", (text) => {
    const [issue] = parseDeferrals(text, EN_WORDS).issues;
    expect(issue?.field).toBe("deferrals");
    expect(issue?.message).toMatch(/^Line 1: deferrals has a comma that does not separate thousands; write cents after a point \(1\.23\) and group thousands by three \(1,234\.50\)/);
  });
});

describe("a pasted amount is read as the API reads it", () => {
  it("accepts exactly the amounts the API's participant schema accepts, with the same value (property)", async () => {
    const fc = (await import("fast-check")).default;
    const { allocationRequestSchema } = await import("@/lib/api/schemas");
    const schema = allocationRequestSchema.shape.participants.element;
    const amount = fc.oneof(
      fc.stringMatching(/^\$?[0-9,]{1,16}(\.[0-9]{0,4})?$/),
      fc.constantFrom("3.200", "1,23", "1,234.50", "$80,000", "-5", "0", "0.00", "1e3", "1000000000000", "1000000000000.01"),
    );
    fc.assert(
      fc.property(amount, (text) => {
        const pasted = parseDeferrals(`A-1,"${text}"`, EN_WORDS);
        const api = schema.safeParse({ id: "A-1", deferrals: text });
        expect(pasted.rows.length === 1).toBe(api.success);
        if (api.success) expect(pasted.rows[0]!.deferrals.equals(api.data.deferrals)).toBe(true);
        else expect(pasted.issues[0]!.message).toContain(api.error.issues[0]!.message);
      }),
      { numRuns: 1000 },
    );
  });
});
