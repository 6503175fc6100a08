import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SOS Staffing 401(k) Plan calculator", template: "%s · SOS Staffing 401(k) Plan calculator" },
  description: "Vesting, forfeitures, contribution limits, projections and eligibility under the SOS Staffing Services, Inc. 401(k) Plan as its 2002 Form 11-K describes it.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
