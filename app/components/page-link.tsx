import Link from "next/link";
import { linkIn, type Language } from "@/lib/languages";

/**
 * A link to one of the app's pages from a page in `from`: to its version in that language when it
 * has one, else to the English page. A link within one language is a client-side navigation
 * (Next's Link); a link that changes language is a full page load, since the root layout, which
 * writes `<html lang>`, does not render again on a client-side navigation.
 */
export function PageLink({ from, page, className, children }: { from: Language; page: string; className?: string; children: React.ReactNode }) {
  const target = linkIn(from, page);
  if (target.language === from) {
    return (
      <Link href={target.href} className={className}>
        {children}
      </Link>
    );
  }
  return (
    <a href={target.href} hrefLang={target.language} className={className}>
      {children}
    </a>
  );
}
