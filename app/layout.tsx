import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { LanguageLink } from "@/app/components/language-link";
import { PageLink } from "@/app/components/page-link";
import { requestPage, translator } from "@/app/i18n";
import { alternates, otherLanguagePath } from "@/lib/languages";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import "./globals.css";

const reportYear = SOS_PLAN.sourcePeriodEnd.slice(0, 4);

export async function generateMetadata(): Promise<Metadata> {
  const { path, language } = await requestPage();
  const t = translator(language, "layout");
  const versions = alternates(path);
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    // Static files in public/.
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
    manifest: "/manifest.webmanifest",
    ...(versions ? { alternates: { languages: { en: versions.en, es: versions.es, "x-default": versions.en } } } : {}),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const NAV = [
  ["/participant", "navParticipant"],
  ["/hr/eligibility", "navEligibility"],
  ["/hr/forfeitures", "navForfeitures"],
  ["/hr/testing", "navTesting"],
  ["/plan", "navPlan"],
  ["/api", "navApi"],
] as const;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Render per request, so Next.js can put proxy.ts's fresh CSP nonce on its scripts.
  await connection();
  const { path, language } = await requestPage();
  const t = translator(language, "layout");
  const other = otherLanguagePath(path);
  return (
    <html lang={language}>
      <body>
        <a className="skip-link" href="#content">
          {t("skip")}
        </a>
        <header className="site-header">
          <nav aria-label={t("navLabel")}>
            <PageLink from={language} page="/" className="site-name">
              {t("siteName")}
            </PageLink>
            <ul>
              {NAV.map(([page, key]) => (
                <li key={page}>
                  <PageLink from={language} page={page}>
                    {t(key)}
                  </PageLink>
                </li>
              ))}
              {other ? (
                <li>
                  <LanguageLink href={other.path} language={other.language} label={t("otherLanguage")} title={t("otherLanguageTitle")} />
                </li>
              ) : null}
            </ul>
          </nav>
        </header>
        <div id="content">
          {children}
        </div>
        <footer className="site-footer">
          <p>{t("footer", { reportYear })}</p>
        </footer>
      </body>
    </html>
  );
}
