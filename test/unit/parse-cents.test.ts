/** readMoneyCents: readMoney's reading, in whole cents, with a fast path for plain digits (lib/parse.ts). */
import { describe, expect, it } from "vitest";
import { readMoney, readMoneyCents } from "@/lib/parse";
import { MONEY_PROBLEMS, problemWords } from "@/lib/words/en/problems";

describe("readMoneyCents", () => {
  it.each([
    ["1234.50", 123450], ["235.8", 23580], [235.8, 23580], ["0", 0], [0, 0], ["0.01", 1], ["12,500.01", 1250001], ["$80,000", 8000000],
    ["1000000000000", 100000000000000], ["1000000000000.00", 100000000000000], [" 7 ", 700],
  ] as const)("%j is %i cents", (value, cents) => {
    expect(readMoneyCents(value)).toEqual({ ok: true, value: cents });
  });

  it.each([["3.200", `${MONEY_PROBLEMS.cents}; if you mean 3,200 dollars, write 3200 or 3,200`], ["12.345", `${MONEY_PROBLEMS.cents}; if you mean 12,345 dollars, write 12345 or 12,345`], ["0.001", MONEY_PROBLEMS.cents], ["-1", MONEY_PROBLEMS.negative], ["1,5", MONEY_PROBLEMS.misplacedComma], ["1000000000000.01", MONEY_PROBLEMS.tooLarge], ["abc", MONEY_PROBLEMS.notAnAmount], [".5", MONEY_PROBLEMS.notAnAmount]] as const)(
    "%j is refused as readMoney refuses it: %s",
    (value, problem) => {
      const cents = readMoneyCents(value);
      const money = readMoney(value);
      expect(cents.ok || problemWords(cents.issue)).toBe(problem);
      expect(money.ok || problemWords(money.issue)).toBe(problem);
      expect(cents).toEqual(money);
    },
  );
});
