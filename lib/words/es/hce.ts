/**
 * Highly compensated employee status in words (Spanish, US): the sentence a page or the API says
 * about an HCE finding, written from the rule's facts (lib/rules/hce.ts). The same function as
 * lib/words/en/hce.ts; the words are docs/glossary-es.md's ("empleado con sueldo alto (HCE)").
 */
import { formatUsd } from "../../money";
import type { HceResult } from "../../rules/hce";

const HCE = "empleado con sueldo alto (HCE)";

/** The HCE finding in a sentence. */
export function hceSentence(result: HceResult): string {
  const { planYear, lookBackYear } = result;
  const cited = result.basisCitation === null ? "" : ` (${result.basisCitation})`;
  if (result.basis === "stated") {
    return `Se indicó que ${result.highlyCompensated ? "es" : "no es"} ${HCE} en el año del plan ${planYear}.`;
  }
  if (result.basis === "fivePercentOwner") {
    return `Quien es dueño del 5% de la empresa en ${planYear} o en ${lookBackYear} es ${HCE} en el año del plan ${planYear}${cited}.`;
  }
  if (result.threshold === null) {
    return `No se indicó el sueldo de ${lookBackYear} y no hay umbral de sueldo para ${lookBackYear}: el sueldo no hace a nadie ${HCE} en el año del plan ${planYear}${cited}.`;
  }
  const above = result.highlyCompensated;
  const threshold = `el umbral de sueldo de ${lookBackYear} (${formatUsd(result.threshold)})`;
  const verdict = `por eso ${above ? "es" : "no es"} ${HCE} en el año del plan ${planYear}${cited}.`;
  if (result.priorYearCompensation === null) {
    return `No se indicó el sueldo de ${lookBackYear}, así que no supera ${threshold}; ${verdict}`;
  }
  return `El sueldo de ${lookBackYear}, ${formatUsd(result.priorYearCompensation)}, ${above ? "supera" : "no supera"} ${threshold}; ${verdict}`;
}
