/**
 * The app's languages and their paths: English at the root (`/participant`), Spanish under `/es`
 * (`/es/participant`). A page has a Spanish version when its path is in SPANISH_PAGES; the
 * language link and the `hreflang` alternates appear only there, so no link leads to a page that
 * does not exist. Pure functions of a path: the proxy, the layout and the tests share them.
 */

export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The locale each language formats with (docs/glossary-es.md: US figures in both). */
export const LOCALE: Record<Language, string> = { en: "en-US", es: "es-US" };

/** The English paths that have a Spanish version today. */
export const SPANISH_PAGES: readonly string[] = ["/", "/participant", "/hr/eligibility", "/hr/forfeitures", "/hr/testing", "/plan"];

const PREFIX = "/es";

/** The language of a path: "/es" and "/es/…" are Spanish, every other path English. */
export function languageOfPath(path: string): Language {
  return path === PREFIX || path.startsWith(`${PREFIX}/`) ? "es" : "en";
}

/** The page's path without its language: "/es/participant" → "/participant", "/es" → "/". */
export function pagePath(path: string): string {
  if (languageOfPath(path) === "en") return path;
  const rest = path.slice(PREFIX.length);
  return rest === "" ? "/" : rest;
}

/** A page's path in a language: ("/participant", "es") → "/es/participant", ("/", "es") → "/es". */
export function pathIn(language: Language, page: string): string {
  if (language === "en") return page;
  return page === "/" ? PREFIX : `${PREFIX}${page}`;
}

/** The same page in the other language, or null when it has no version there. */
export function otherLanguagePath(path: string): { language: Language; path: string } | null {
  const page = pagePath(path);
  if (!SPANISH_PAGES.includes(page)) return null;
  const other: Language = languageOfPath(path) === "es" ? "en" : "es";
  return { language: other, path: pathIn(other, page) };
}

/** The page's path in each language, for `hreflang` alternates; null when it exists in English only. */
export function alternates(path: string): Record<Language, string> | null {
  const page = pagePath(path);
  if (!SPANISH_PAGES.includes(page)) return null;
  return { en: pathIn("en", page), es: pathIn("es", page) };
}

/** Where a link to an English page goes from a page in `language`: its version there when it has one. */
export function linkIn(language: Language, page: string): { href: string; language: Language } {
  const hashAt = page.indexOf("#");
  const [path, hash] = hashAt < 0 ? [page, ""] : [page.slice(0, hashAt), page.slice(hashAt)];
  if (language === "es" && SPANISH_PAGES.includes(path)) return { href: `${pathIn("es", path)}${hash}`, language: "es" };
  return { href: page, language: "en" };
}
