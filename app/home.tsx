import { PageLink } from "@/app/components/page-link";
import { translator } from "@/app/i18n";
import type { Language } from "@/lib/languages";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { longDate } from "@/lib/dates";
import * as enFormat from "@/lib/words/en/format";
import * as esFormat from "@/lib/words/es/format";
import { alwaysVestedSentence as enAlwaysVested } from "@/lib/words/en/vesting";
import { alwaysVestedSentence as esAlwaysVested } from "@/lib/words/es/vesting";
import styles from "./participant/participant.module.css";

/**
 * A temp worker with a gap, worked by hand in the tests: first hired 2000-03-06, gone in 2001 and
 * 2002, rehired in 2003; hours 1,400 / 300 / 0 / 700 / 1,200 and 620 so far in 2005.
 */
const GAP_EXAMPLE =
  "/participant#asOf=2005-06-30&employer=SOS&birthDate=1975-05-01&employmentStartDate=2000-03-06&service=hours&hoursByYear.2000=1400&hoursByYear.2001=300&hoursByYear.2002=0&hoursByYear.2003=700&hoursByYear.2004=1200&hoursByYear.2005=620&balances.deferral=5000&balances.match=1777.78";

/** A scenario worked by hand in the tests: 3 years, $10,000 / $500 / $4,000.01 → $12,500.01 vested. */
const EXAMPLE = `/participant#asOf=2002-12-31&employer=SOS&birthDate=1970-07-04&yearsOfService=3&balances.deferral=10000&balances.rollover=500&balances.match=4000.01&compensation=40000&salaryGrowthPercent=3&deferralPercent=10&matchPreset=2002&matchPercentOfDeferral=${SOS_PLAN.match.referencePercentOfDeferrals}&annualReturnPercent=6`;

const WORDS = {
  en: { format: enFormat, longDate, alwaysVested: enAlwaysVested },
  es: { format: esFormat, longDate: esFormat.longDate, alwaysVested: esAlwaysVested },
} as const;

/** `<page>…</page>` in a message: a way in to one of the pages, in bold. */
function pageTag(language: Language, href: string) {
  return function PageTag(chunks: React.ReactNode) {
    return (
      <PageLink from={language} page={href}>
        <strong>{chunks}</strong>
      </PageLink>
    );
  };
}

/** `<example>…</example>` in a message: a link that opens the calculator on a worked example. */
function exampleTag(language: Language, href: string) {
  return function ExampleTag(chunks: React.ReactNode) {
    return (
      <PageLink from={language} page={href}>
        {chunks}
      </PageLink>
    );
  };
}

/** The home page in a language: what the calculator does, for whom, and what it rests on. */
export function Home({ language }: { language: Language }) {
  const t = translator(language, "home");
  const words = WORDS[language];
  const plan = SOS_PLAN;
  const reportYear = Number(plan.sourcePeriodEnd.slice(0, 4));
  return (
    <main className={styles.home}>
      <h1>{t("title", { planName: plan.name })}</h1>
      <p className={styles.homeLead}>{t("lead", { reportYear: String(reportYear) })}</p>
      <p className={styles.callout}>{t.rich("callout", { strong: (chunks) => <strong>{chunks}</strong> })}</p>

      <h2>{t("participantsHeading")}</h2>
      <ul className={styles.ways}>
        <li>{t.rich("account", { page: pageTag(language, "/participant"), example: exampleTag(language, EXAMPLE), gap: exampleTag(language, GAP_EXAMPLE) })}</li>
      </ul>

      <h2>{t("hrHeading")}</h2>
      <ul className={styles.ways}>
        <li>
          {t.rich("eligibility", {
            page: pageTag(language, "/hr/eligibility"),
            minimumAge: String(plan.eligibility.minimumAge),
            serviceRules: plan.employers.map((employer) => words.format.serviceRuleInWords(employer.service)).join(t("serviceRulesJoin")),
          })}
        </li>
        <li>{t.rich("forfeitures", { page: pageTag(language, "/hr/forfeitures") })}</li>
        <li>{t.rich("testing", { page: pageTag(language, "/hr/testing") })}</li>
        <li>{t.rich("plan", { page: pageTag(language, "/plan"), reportYear: String(reportYear) })}</li>
      </ul>

      <h2>{t("restsHeading")}</h2>
      <p>
        {t.rich("rests", {
          periodEnd: words.longDate(plan.sourcePeriodEnd),
          reportYear: String(reportYear),
          priorYear: String(reportYear - 1),
          schedule: words.format.describeSchedule(plan.vesting.schedule),
          citation: plan.vesting.citation,
          alwaysVested: words.alwaysVested(plan, "participant"),
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
    </main>
  );
}
