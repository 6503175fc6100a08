/**
 * The participant page loads the hours mode's words only with the hours mode (issue 17's cost):
 * the page's words object holds none of them, and each language's hours object holds every one,
 * with the page's words beside them.
 */
import { describe, expect, it } from "vitest";
import { HOURS_WORD_NAMES } from "@/lib/pages/participant/words";
import * as enPage from "@/lib/words/en/participant-words";
import * as esPage from "@/lib/words/es/participant-words";
import * as enHours from "@/lib/words/en/participant-hours-words";
import * as esHours from "@/lib/words/es/participant-hours-words";

describe.each([
  ["English", enPage.PARTICIPANT_WORDS, enHours.HOURS_MODE_WORDS],
  ["Spanish", esPage.PARTICIPANT_WORDS, esHours.HOURS_MODE_WORDS],
] as const)("%s", (_language, page, hours) => {
  it.each(HOURS_WORD_NAMES)("%s loads with the hours mode, not with the page", (name) => {
    expect(Object.keys(page)).not.toContain(name);
    expect(typeof (hours as Record<string, unknown>)[name]).toBe("function");
  });

  it("the hours mode also has every word of the page, the same functions", () => {
    for (const [name, words] of Object.entries(page)) expect((hours as Record<string, unknown>)[name]).toBe(words);
  });
});
