"use client";

/**
 * The page's language for client components (the forms, the calculators): the root layout puts it
 * here from the path, so a field can write its date hint and echo in the page's language without
 * every form passing it down. Server components take `language` as a prop instead.
 */
import { createContext, useContext } from "react";
import type { Language } from "@/lib/languages";

const PageLanguage = createContext<Language>("en");

export function LanguageProvider({ language, children }: { language: Language; children: React.ReactNode }) {
  return <PageLanguage value={language}>{children}</PageLanguage>;
}

/** The language of the page this component is on. */
export function useLanguage(): Language {
  return useContext(PageLanguage);
}
