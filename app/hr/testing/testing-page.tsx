import { Fragment } from "react";
import type { Metadata } from "next";
import { plainGroup, translator } from "@/app/i18n";
import type { Language } from "@/lib/languages";
import { CONTRIBUTIONS_COLUMNS } from "@/lib/pages/hr-testing/census";
import { CONTRIBUTIONS_TEMPLATE_FILE } from "@/lib/pages/hr-testing/template";
import { FIRST_LIMITS_YEAR, LAST_LIMITS_YEAR } from "@/lib/plan/limits";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { testingLines } from "@/lib/rules/nondiscrimination";
import { planQuote as enPlanQuote } from "@/lib/words/en/testing-page";
import { planQuote as esPlanQuote } from "@/lib/words/es/testing-page";
import type { TestingProps } from "./testing";
import styles from "./testing.module.css";

const PLAN_QUOTE = { en: enPlanQuote, es: esPlanQuote } as const;

/** The page's title and description in a language. */
export function testingMetadata(language: Language): Metadata {
  const t = translator(language, "testing");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/** The template to download and the columns it has (the column names are the file's, in every language). */
function ContributionsTemplate({ language }: { language: Language }) {
  const t = translator(language, "testing");
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <p>
      {t.rich("templateLead", {
        link: (chunks) => (
          <a href={CONTRIBUTIONS_TEMPLATE_FILE} download="contributions-template.csv">
            {chunks}
          </a>
        ),
      })}{" "}
      <code className={styles.columns}>
        {CONTRIBUTIONS_COLUMNS.map((column, index) => (
          <Fragment key={column}>
            {index > 0 && (
              <>
                ,<wbr />
              </>
            )}
            {column}
          </Fragment>
        ))}
      </code>
      . {t.rich("templateRest", { code })}
    </p>
  );
}

/**
 * /hr/testing in a language: the tests explained, the template, and the form that tests a file in
 * the browser. `Form` is the language's client entry (testing-en.tsx or testing-es.tsx), imported
 * by that language's route alone, so a page's JavaScript holds its own language's words only.
 */
export function TestingPage({ language, Form }: { language: Language; Form: React.ComponentType<TestingProps> }) {
  const t = translator(language, "testing");
  const tests = SOS_PLAN.nondiscrimination;
  return (
    <main className={styles.page}>
      <h1>{t("heading")}</h1>
      <p className={styles.lead}>
        {t("lead", { adpCitation: tests.adpCitation, acpCitation: tests.acpCitation, quote: PLAN_QUOTE[language](tests.separateLines.quote), citation: tests.separateLines.citation })}
      </p>
      <p className={styles.privacy}>{t.rich("privacy", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ContributionsTemplate language={language} />
      <Form text={plainGroup(language, "testing", "client")} plan={SOS_PLAN} firstYear={FIRST_LIMITS_YEAR} lastYear={LAST_LIMITS_YEAR} lines={testingLines(SOS_PLAN).map((line) => line.line)} />
    </main>
  );
}
