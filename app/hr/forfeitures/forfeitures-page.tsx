import type { Metadata } from "next";
import { PageLink } from "@/app/components/page-link";
import { plainGroup, translator } from "@/app/i18n";
import type { Language } from "@/lib/languages";
import { forfeitureContext2002 } from "@/lib/pages/hr-forfeitures/context-2002";
import { formatDollars } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { alwaysVestedSentence as enAlwaysVested, breaksWord } from "@/lib/words/en/vesting";
import { alwaysVestedSentence as esAlwaysVested } from "@/lib/words/es/vesting";
import type { AllocationFormProps } from "./allocation-form";
import type { TerminationFormProps } from "./termination-form";
import styles from "./forfeitures.module.css";

/** The server's words for the page's text: the always-vested sentence for HR, and the run of breaks that forfeits. */
const WORDS = {
  en: { alwaysVested: enAlwaysVested, breaksInARow: (n: number) => `${breaksWord(n)} in service in a row` },
  es: {
    alwaysVested: esAlwaysVested,
    breaksInARow: (n: number) => (n === 1 ? "1 interrupción de servicio seguida" : `${n} interrupciones de servicio seguidas`),
  },
} as const;

/** The forms of one language: its client entry (forms-en.tsx or forms-es.tsx), which holds that language's words. */
export interface ForfeituresForms {
  Termination: (props: Omit<TerminationFormProps, "words">) => React.ReactNode;
  Allocation: (props: Omit<AllocationFormProps, "words">) => React.ReactNode;
}

export function forfeituresMetadata(language: Language): Metadata {
  const t = translator(language, "forfeitures");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/** The forfeitures page in a language: a participant leaving, and a pool to share. */
export function ForfeituresPage({ language, forms }: { language: Language; forms: ForfeituresForms }) {
  const t = translator(language, "forfeitures");
  const words = WORDS[language];
  const context = forfeitureContext2002();
  const plan = SOS_PLAN;
  const year = String(plan.match.referenceYear);
  // The 2002 figures' citation, its statement's name in the page's language (the English is SOS_2002_FIGURES.citation).
  const citation = t("contextCitation", { year });
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const figures = {
    year,
    allocated: formatDollars(context.allocatedAsMatch),
    contributions: formatDollars(context.participantContributions),
    percent: context.matchRatePercent.toFixed(1),
    citation,
  };
  return (
    <main className={styles.page}>
      <h1>{t("title")}</h1>
      <p className={styles.lead}>{t("lead")}</p>

      <aside className={styles.context} aria-labelledby="context-2002">
        <h2 id="context-2002">{t("contextHeading", { year, citation })}</h2>
        <p>{t.rich("context", { ...figures, remaining: formatDollars(context.remainingAtYearEnd), strong })}</p>
        <blockquote className={styles.quote}>
          <p>“{t("quote")}”</p>
          <footer>{t("quoteSource", { citation: plan.forfeitures.citation })}</footer>
        </blockquote>
      </aside>

      <section aria-labelledby="leaving">
        <h2 id="leaving">{t("leavingHeading")}</h2>
        <p className={styles.hint}>
          {t.rich("leavingHint", {
            alwaysVested: words.alwaysVested(plan, "hr"),
            citation: plan.vesting.citation,
            terminationCitation: plan.vesting.terminationCitation,
            breaks: words.breaksInARow(plan.vesting.hoursCounting.forfeiture.consecutiveBreaks),
            forfeitureCitation: plan.vesting.hoursCounting.forfeiture.citation,
            link: (chunks) => (
              <PageLink from={language} page="/plan#vesting">
                {chunks}
              </PageLink>
            ),
          })}
        </p>
        <forms.Termination plan={plan} text={{ ...plainGroup(language, "forfeitures", "termination"), planTerminated: t("planTerminated", { citation: plan.vesting.terminationCitation }) }} />
      </section>

      <section aria-labelledby="pool">
        <h2 id="pool">{t("poolHeading")}</h2>
        <p className={styles.hint}>{t("poolHint")}</p>
        <forms.Allocation plan={plan} referenceYear={plan.match.referenceYear} reference={t.rich("reference", { ...figures, strong })} text={plainGroup(language, "forfeitures", "allocation")} />
      </section>
    </main>
  );
}
