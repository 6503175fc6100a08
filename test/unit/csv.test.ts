/**
 * CSV export (RFC 4180), safe in a spreadsheet: a text cell that a spreadsheet could read as a
 * formula (=, +, -, @, tab, carriage return) is prefixed with an apostrophe.
 */
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv";

describe("one cell", () => {
  it.each([
    ["plain text", "plain text", "plain text is written as is"],
    ["1234.50", "1234.50", "an amount is written as is"],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)", "a formula is neutralised"],
    ["+1", "'+1", "a leading plus is neutralised"],
    ["-3", "'-3", "a leading minus in text is neutralised"],
    ["@cmd", "'@cmd", "a leading at sign is neutralised"],
    ["\tx", "'\tx", "a leading tab is neutralised"],
    ["a,b", '"a,b"', "a comma is quoted"],
    ['say "hi"', '"say ""hi"""', "quotes are doubled inside quotes"],
    ["line\nbreak", '"line\nbreak"', "a line break is quoted"],
    ["=1,2", `"'=1,2"`, "neutralised and quoted"],
  ])("%j → %j (%s)", (value, expected, _why) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    [null, ""],
    [undefined, ""],
    [42, "42"],
    [-3, "-3"],
    [Number.NaN, ""],
    [Number.POSITIVE_INFINITY, ""],
    [true, "true"],
    [false, "false"],
    [{ numeric: "-3.00" }, "-3.00"],
    [{ numeric: "1234.50" }, "1234.50"],
    [{ numeric: "=1+2" }, "'=1+2"],
    [{ numeric: "-1e5" }, "'-1e5"],
  ] as const)("%j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("a table", () => {
  it("writes the header first and ends every line with CRLF", () => {
    expect(toCsv(["id", "amount"], [["A-17", { numeric: "33.34" }], ["B, Jr.", { numeric: "-0.01" }]])).toBe('id,amount\r\nA-17,33.34\r\n"B, Jr.",-0.01\r\n');
  });

  it("a table with no rows is its header", () => {
    expect(toCsv(["id"], [])).toBe("id\r\n");
  });
});
