import type { Metadata } from "next";
import type { Language } from "@/lib/languages";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import type { CalculatorProps } from "./calculator";
import type { ParticipantText } from "./text";
import styles from "./participant.module.css";

/**
 * The page's messages in each language (messages/<language>.json, "participant"). Read here
 * without app/i18n.ts on purpose: app/i18n.ts imports next-intl's main entry, whose server build
 * re-exports NextIntlClientProvider, a client component; a route that imports it makes the
 * browser load 3.2 KB of next-intl it never runs, and this page's JavaScript is held to a budget
 * (test/e2e/participant.spec.ts). Its messages have one placeholder, `{planName}` in "intro";
 * test/unit/messages.test.ts still checks every message as ICU in both languages.
 */
const MESSAGES = { en: en.participant, es: es.participant } as const;

/** The page's title and description in a language. */
export function participantMetadata(language: Language): Metadata {
  const messages = MESSAGES[language];
  return { title: messages.metaTitle, description: messages.metaDescription };
}

/**
 * The client components' strings in a language: plain text only (as app/i18n.ts `plainText`
 * requires of a client component's strings; this namespace also holds the server's formatted
 * messages, so its "client" part is checked here).
 */
function clientText(language: Language): ParticipantText {
  const text = MESSAGES[language].client as ParticipantText;
  for (const [key, value] of Object.entries(text)) {
    if (typeof value !== "string" || /[{<]/.test(value)) throw new Error(`${language} message participant.client.${key} is not plain text`);
  }
  return text;
}

/**
 * The participant calculator in a language, with that language's client entry (calculator-en.tsx
 * or calculator-es.tsx, which each route imports, so a route's graph holds one language's words).
 * Every figure is worked out in the browser from the URL fragment.
 */
export function ParticipantPage({ language, Calculator }: { language: Language; Calculator: React.ComponentType<Omit<CalculatorProps, "words" | "hoursMode">> }) {
  const messages = MESSAGES[language];
  return (
    <main className={styles.main}>
      <h1>{messages.title}</h1>
      <p className={styles.intro}>{messages.intro.replace("{planName}", SOS_PLAN.name)}</p>
      <Calculator plan={SOS_PLAN} text={clientText(language)} />
    </main>
  );
}
