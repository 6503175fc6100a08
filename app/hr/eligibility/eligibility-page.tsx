import type { Metadata } from "next";
import { plainGroup, translator } from "@/app/i18n";
import type { Language } from "@/lib/languages";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { formatHours } from "@/lib/words/format";
import { serviceRuleInWords as enServiceRule } from "@/lib/words/en/format";
import { longDate as esLongDate, serviceRuleInWords as esServiceRule } from "@/lib/words/es/format";
import type * as Tools from "./tools-en";
import styles from "./eligibility.module.css";

/** The page's words on the server, in each language: the service rule, and how a plan date is written ("2024-01-01" in English, as the page always wrote it). */
const SERVER_WORDS = {
  en: { serviceRule: enServiceRule, planDate: (iso: string) => iso },
  es: { serviceRule: esServiceRule, planDate: esLongDate },
} as const;

/**
 * The client entry of the page's language (./tools-en or ./tools-es), given by the route: each
 * route imports only its own, so a page's browser gets only its language's words.
 */
export type EligibilityTools = Pick<typeof Tools, "SingleEmployeeTool" | "RosterTool">;

export function eligibilityMetadata(language: Language): Metadata {
  const t = translator(language, "eligibility");
  return { title: t("title"), description: t("description") };
}

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** The HR eligibility page in a language: the plan's rules, one employee's form and a roster's. */
export function EligibilityPage({ language, tools }: { language: Language; tools: EligibilityTools }) {
  const t = translator(language, "eligibility");
  const words = SERVER_WORDS[language];
  const sos = SOS_PLAN.employers.find((employer) => employer.id === "SOS")!;
  const inteliant = SOS_PLAN.employers.find((employer) => employer.id === "Inteliant")!;
  const partTime = SOS_PLAN.longTermPartTime;
  const minimumAge = String(SOS_PLAN.eligibility.minimumAge);
  const partTimeRuns = partTime.runs
    .map((run, index) => t(index === 0 ? "partTimeRunFirst" : "partTimeRunNext", { periods: String(run.periods), from: words.planDate(run.from) }))
    .join(t("partTimeRunsJoin"));
  const { SingleEmployeeTool, RosterTool } = tools;
  return (
    <main className={styles.page}>
      <h1>{t("heading")}</h1>
      <div className={styles.rules}>
        <p>
          {t.rich("sosRule", {
            strong,
            minimumAge,
            hours: sos.service.kind === "hoursInPeriod" ? formatHours(sos.service.hours) : "",
            citation: sos.citation,
          })}
        </p>
        <p>{t.rich("inteliantRule", { strong, minimumAge, serviceRule: words.serviceRule(inteliant.service), citation: inteliant.citation })}</p>
        <p>
          {t.rich("partTimeRule", {
            strong,
            minimumAge,
            hours: formatHours(partTime.qualifyingHours.hours),
            runs: partTimeRuns,
            firstPeriod: words.planDate(partTime.firstCountedPeriodStart.date),
            citation: partTime.citation,
          })}
        </p>
        <p>{t("rehireRule")}</p>
      </div>
      <p className={styles.privacy}>{t.rich("privacy", { strong })}</p>
      <section aria-labelledby="one-employee" className={styles.section}>
        <h2 id="one-employee">{t("oneHeading")}</h2>
        <SingleEmployeeTool plan={SOS_PLAN} text={plainGroup(language, "eligibility", "single")} />
      </section>
      <section aria-labelledby="roster" className={styles.section}>
        <h2 id="roster">{t("rosterHeading")}</h2>
        <RosterTool plan={SOS_PLAN} text={plainGroup(language, "eligibility", "roster")} />
      </section>
    </main>
  );
}
