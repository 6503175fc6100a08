/**
 * Issue 5: a 50 MB census, with blank lines, CRLF, a byte-order mark, quoted commas, a date in
 * another format, a missing cell and a repeated id scattered through it: every census row is
 * accounted for (in the results or in error), and each problem is named with its line.
 */
import { describe, expect, it } from "vitest";
import { RosterBuilder, STATUS } from "@/lib/pages/hr-eligibility/roster-builder";
import { streamRecords } from "@/lib/pages/hr-eligibility/stream";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import * as rosterWords from "../../lib/words/en/eligibility-roster";

describe("a 50 MB census", () => {
  it("accounts for every row and names each problem's line", async () => {
    const header = "employeeId,employer,birthDate,employmentStartDate,highlyCompensated,priorYearCompensation,fivePercentOwner";
    // Inteliant rows need no hours: born 1970-01-01, started 2002-01-01 → eligible 2002-04-02 (start + 91 days).
    const good = (i: number) => `"E${i}, ltd",Inteliant,1970-01-01,2002-01-01,false,"50,000.00",false`;
    const lines: string[] = [`\uFEFF${header}`];
    const bad = new Map<number, RegExp>(); // census line number → what its error must say
    let expectedRows = 0;
    let blank = 0;
    for (let i = 0; i < 740_000; i += 1) {
      const lineNumber = lines.length + 1;
      if (i % 100_003 === 7) {
        lines.push("");
        blank += 1;
        continue;
      }
      expectedRows += 1;
      if (i % 100_000 === 11) {
        lines.push(`B${i},Inteliant,1970.01.02,2002-01-01,false,,false`);
        bad.set(lineNumber, /MM\/DD\/YYYY or YYYY-MM-DD/);
      } else if (i % 100_000 === 13) {
        lines.push(`C${i},Inteliant,1970-01-01,2002-01-01`);
        bad.set(lineNumber, /highlyCompensated|column|missing/i);
      } else lines.push(good(i));
    }
    lines.push(good(5)); // a repeated id: every copy is in error
    expectedRows += 1;
    const text = lines.join("\r\n") + "\r\n";
    const bytes = new TextEncoder().encode(text).byteLength;
    expect(bytes).toBeGreaterThan(50 * 1024 * 1024);

    const builder = new RosterBuilder(SOS_PLAN, "2002-12-31", rosterWords);
    await streamRecords(new Blob([text]), builder.census);
    const result = builder.finish();

    expect(result.fatal).toBeNull();
    expect(result.count).toBe(expectedRows);
    expect(result.blankLines.census).toBe(blank);
    const byLine = new Map<number, number>();
    for (let i = 0; i < result.count; i += 1) byLine.set(result.lines[i]!, i);
    for (const [line, message] of bad) {
      const i = byLine.get(line);
      expect(i, `line ${line} is in the results`).toBeDefined();
      expect(result.status[i!]).toBe(STATUS.error);
      expect(result.reasons[i!]).toMatch(message);
      expect(result.reasons[i!]).toMatch(new RegExp(`^Census line ${line}, column `));
    }
    const repeated = result.ids.flatMap((id, i) => (id === "E5, ltd" ? [i] : []));
    expect(repeated).toHaveLength(2);
    for (const i of repeated) expect(result.status[i]).toBe(STATUS.error);
    const eligible = Array.from(result.status).filter((s) => s === STATUS.eligible).length;
    expect(eligible).toBe(expectedRows - bad.size - 2);
  }, 120_000);
});
