/** The app's languages and their paths (lib/languages.ts): English at the root, Spanish under /es. */
import { describe, expect, it } from "vitest";
import { alternates, languageOfPath, linkIn, otherLanguagePath, pagePath, pathIn, SPANISH_PAGES } from "@/lib/languages";

describe("paths and languages", () => {
  it.each([
    ["/", "en"],
    ["/participant", "en"],
    ["/es", "es"],
    ["/es/", "es"],
    ["/es/participant", "es"],
    // A path that merely starts with the letters is not Spanish.
    ["/estimates", "en"],
    ["/essay/es", "en"],
  ] as const)("%s is %s", (path, language) => {
    expect(languageOfPath(path)).toBe(language);
  });

  it("puts a page in each language and back", () => {
    expect(pathIn("es", "/")).toBe("/es");
    expect(pathIn("es", "/participant")).toBe("/es/participant");
    expect(pathIn("en", "/participant")).toBe("/participant");
    expect(pagePath("/es")).toBe("/");
    expect(pagePath("/es/hr/testing")).toBe("/hr/testing");
    expect(pagePath("/hr/testing")).toBe("/hr/testing");
  });

  it("links the home page to its other language, both ways, and no page without a Spanish version", () => {
    expect(SPANISH_PAGES).toContain("/");
    expect(otherLanguagePath("/")).toEqual({ language: "es", path: "/es" });
    expect(otherLanguagePath("/es")).toEqual({ language: "en", path: "/" });
    expect(otherLanguagePath("/api")).toBeNull();
    expect(alternates("/es")).toEqual({ en: "/", es: "/es" });
    expect(alternates("/api")).toBeNull();
    expect(otherLanguagePath("/plan")).toEqual({ language: "es", path: "/es/plan" });
    expect(otherLanguagePath("/es/plan")).toEqual({ language: "en", path: "/plan" });
  });

  it("a Spanish page links to a page's Spanish version when it has one, else to the English page (keeping the fragment)", () => {
    expect(linkIn("es", "/")).toEqual({ href: "/es", language: "es" });
    expect(linkIn("es", "/#asOf=2005-06-30")).toEqual({ href: "/es#asOf=2005-06-30", language: "es" });
    expect(linkIn("es", "/participant#asOf=2005-06-30")).toEqual({ href: "/es/participant#asOf=2005-06-30", language: "es" });
    expect(linkIn("es", "/hr/testing#year=2002")).toEqual({ href: "/es/hr/testing#year=2002", language: "es" });
    expect(linkIn("es", "/api#batch")).toEqual({ href: "/api#batch", language: "en" });
    expect(linkIn("en", "/plan")).toEqual({ href: "/plan", language: "en" });
  });
});
