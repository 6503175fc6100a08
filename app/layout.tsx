import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SOS Staffing 401(k) Plan calculator", template: "%s · SOS Staffing 401(k) Plan calculator" },
  description:
    "Vesting, forfeitures, contribution limits, projections and eligibility under the SOS Staffing Services, Inc. 401(k) Plan as its 2002 Form 11-K describes it.",
  // Static files in public/.
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Render per request, so Next.js can put proxy.ts's fresh CSP nonce on its scripts.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/" className="site-name">
              SOS 401(k) calculator
            </Link>
            <ul>
              <li><Link href="/participant">Participant</Link></li>
              <li><Link href="/hr/eligibility">HR: eligibility</Link></li>
              <li><Link href="/hr/forfeitures">HR: forfeitures</Link></li>
              <li><Link href="/hr/testing">HR: testing</Link></li>
              <li><Link href="/plan">Plan facts</Link></li>
              <li><Link href="/api">API</Link></li>
            </ul>
          </nav>
        </header>
        <div id="content">{children}</div>
        <footer className="site-footer">
          <p>
            Estimates under the SOS Staffing Services, Inc. 401(k) Plan as described in its annual report on Form 11-K for 2002.
            Not advice; the plan document governs. Nothing you enter leaves your browser.
          </p>
        </footer>
      </body>
    </html>
  );
}
