/**
 * The IRS limits table in words (Spanish): what a page or the API says when a plan year is after
 * the table (lib/plan/limits.ts carries its last row forward), and where each value comes from. The
 * same functions as lib/words/en/limits.ts; the IRS's titles and notices stay as published.
 */
import { COLA_TABLE, LIMIT_SECTIONS, type LimitKind, type LimitSource } from "../../plan/limits";

/** "Los límites del IRS para 2030 aún no están en la tabla; se usan los de 2026." */
export function carriedForwardSentence(planYear: number, limitsYear: number): string {
  return `Los límites del IRS para ${planYear} aún no están en la tabla; se usan los de ${limitsYear}.`;
}

/** Over several plan years: "Los límites del IRS se conocen hasta 2026; desde 2027 se usan los de 2026." */
export function knownThroughSentence(lastLimitsYear: number, firstAssumedYear: number): string {
  return `Los límites del IRS se conocen hasta ${lastLimitsYear}; desde ${firstAssumedYear} se usan los de ${lastLimitsYear}.`;
}

/** After the citation: the year's notice, and the statute as amended, where cited. */
export function sourceNotes(notice: string | null, amendedIn: number | null, kind: LimitKind): string {
  return `${notice ? `; ${notice}` : ""}${amendedIn ? `; IRC ${LIMIT_SECTIONS[kind]} según su reforma de ${amendedIn}` : ""}`;
}

/** Where a value comes from, cited after a sentence that names the limit and its IRC section: 'IRS, "COLA Increases …", columna de 2002'. */
export function limitSourceText({ year, kind, notice, amendedIn }: LimitSource): string {
  return `${COLA_TABLE}, columna de ${year}${sourceNotes(notice, amendedIn, kind)}`;
}
