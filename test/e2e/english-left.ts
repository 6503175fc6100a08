/**
 * Finds English left on a Spanish page: the page's text, without the names and letters that are
 * the same in both languages, must hold none of the common English words below. Every Spanish
 * page's test calls it.
 */
import type { Page } from "@playwright/test";

/** Names and letters that are the same in both languages (the plan's name, citations, acronyms). */
export const PROPER = [/SOS Staffing Services, Inc\. 401\(k\) Plan/g, /SOS Staffing 401\(k\) Plan/g, /\b(SOS|Inteliant|IRS|ADP|ACP|HCE|API|JSON|RR\. HH\.)\b/g, /11-K( Note \d\.[A-Z])?/g, /\/api\/v1\//g, /English/g, /statement of changes in net assets/g, /"COLA Increases for Dollar Limitations on Benefits and Contributions"/g, /employeeId,date,hours/g];
/** Words that are English and not Spanish: one of them in the page's text is an English sentence left behind. */
export const ENGLISH = /\b(the|and|of|your|you|is|are|what|with|for|to|on|by|this|that|from|or|which|who|may|would|hours|years?|vested|match|deferrals?|employees?|estimate|figures?|rules?|report|account)\b/gi;

export async function englishLeft(page: Page): Promise<string[]> {
  let text = await page.locator("body").innerText();
  for (const name of PROPER) text = text.replace(name, " ");
  return [...new Set(text.match(ENGLISH) ?? [])];
}
