import { MESSAGES } from "@/app/i18n";
import type { Language } from "@/lib/languages";

/** The client form's fixed text (messages "testing.client"): plain strings, the page's language only. */
export type TestingText = (typeof MESSAGES)["en"]["testing"]["client"];

/**
 * The client form's strings in a language, for its `text` prop, as app/i18n.ts's plainText gives
 * a namespace's (this is a namespace's part): one with a placeholder or a tag throws.
 */
export function testingText(language: Language): TestingText {
  const text = MESSAGES[language].testing.client;
  for (const [key, value] of Object.entries(text)) {
    if (/[{<]/.test(value)) throw new Error(`${language} message testing.client.${key} is not plain text`);
  }
  return text;
}
