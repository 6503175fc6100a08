/**
 * The pages' messages, one file per language (messages/en.json, messages/es.json), read with
 * next-intl's translator on the server: the pages send their text as HTML, so no language's
 * messages and no message formatter reach the browser. Which language a request is in comes from
 * its path (lib/languages.ts); proxy.ts passes it to the layout as the `x-language` header.
 *
 * The translator comes from use-intl/core (next-intl's own core, the same code): next-intl's main
 * entry also exports its client provider, and a server module importing it made every page that
 * imports this file load that provider's JavaScript (about 2.7 kB in the layout, 3.2 kB more on a
 * page), though no page renders it.
 */
import { createTranslator } from "use-intl/core";
import { headers } from "next/headers";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { LOCALE, languageOfPath, type Language } from "@/lib/languages";

export const MESSAGES = { en, es } as const;
export type Namespace = keyof typeof en;

/** A namespace's translator in a language. A missing message or value throws: the tests see it, no page ships it. */
export function translator<N extends Namespace>(language: Language, namespace: N) {
  return createTranslator({
    locale: LOCALE[language],
    messages: MESSAGES[language] as typeof en,
    namespace,
    onError: (error) => {
      throw error;
    },
  });
}

/** The request's path and language, as proxy.ts gave them. */
export async function requestPage(): Promise<{ path: string; language: Language }> {
  const given = await headers();
  const path = given.get("x-page-path") ?? "/";
  return { path, language: languageOfPath(path) };
}

/**
 * A group of a namespace's messages as plain strings ("testing" → "client"), for a client
 * component's `text` prop: the server page picks its language's strings, so the browser gets only
 * those, and no message formatter. Only for messages without placeholders or tags; one with `{`
 * or `<` throws (format it on the server with `translator`, or write it in lib/words/<language>/
 * when the browser fills in its figures).
 */
export function plainGroup<N extends Namespace, G extends keyof (typeof en)[N]>(language: Language, namespace: N, group: G): (typeof en)[N][G] {
  const messages = (MESSAGES[language] as typeof en)[namespace][group];
  for (const [key, text] of Object.entries(messages as Record<string, unknown>)) {
    if (typeof text !== "string" || /[{<]/.test(text)) throw new Error(`${language} message ${namespace}.${String(group)}.${key} is not plain text`);
  }
  return messages;
}
