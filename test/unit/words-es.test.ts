/**
 * The Spanish words (lib/words/es) against the English (lib/words/en): every Spanish module has
 * the English module's functions, with signatures the English callers can use (checked by tsc
 * below), and writes Spanish, not the English sentence. Expected Spanish is written by hand from
 * docs/glossary-es.md.
 */
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as enFormat from "../../lib/words/en/format";
import * as enLimits from "../../lib/words/en/limits";
import * as esFormat from "../../lib/words/es/format";
import * as esLimits from "../../lib/words/es/limits";
import * as enHce from "../../lib/words/en/hce";
import * as esHce from "../../lib/words/es/hce";
import * as enCompliance from "../../lib/words/en/compliance";
import * as esCompliance from "../../lib/words/es/compliance";
import * as enNondiscrimination from "../../lib/words/en/nondiscrimination";
import * as esNondiscrimination from "../../lib/words/es/nondiscrimination";
import * as enPartTime from "../../lib/words/en/part-time";
import * as esPartTime from "../../lib/words/es/part-time";
import * as enEligibility from "../../lib/words/en/eligibility";
import * as esEligibility from "../../lib/words/es/eligibility";
import * as enEligibilityRoster from "../../lib/words/en/eligibility-roster";
import * as esEligibilityRoster from "../../lib/words/es/eligibility-roster";
import * as enVestingWords from "../../lib/words/en/vesting";
import * as esVestingWords from "../../lib/words/es/vesting";
import * as enServiceWords from "../../lib/words/en/vesting-service";
import * as esServiceWords from "../../lib/words/es/vesting-service";
import * as enExplained from "../../lib/words/en/service-explanation";
import * as esExplained from "../../lib/words/es/service-explanation";
import * as enParticipant from "../../lib/words/en/participant";
import * as esParticipant from "../../lib/words/es/participant";
import * as enForfeiture from "../../lib/words/en/forfeiture";
import * as esForfeiture from "../../lib/words/es/forfeiture";
import * as enForfeitureForm from "../../lib/words/en/forfeiture-form";
import * as esForfeitureForm from "../../lib/words/es/forfeiture-form";
import * as enFileCells from "../../lib/words/en/file-cells";
import * as esFileCells from "../../lib/words/es/file-cells";
import * as enParticipantPage from "../../lib/words/en/participant-page";
import * as esParticipantPage from "../../lib/words/es/participant-page";
import { SOS_PLAN } from "../../lib/plan/sos-plan";
import type { IsoDate } from "../../lib/dates";

const enVesting = { ...enVestingWords, ...enServiceWords, ...enExplained };
const esVesting = { ...esVestingWords, ...esServiceWords, ...esExplained };

// Type-level: each Spanish module can stand wherever its English module is used.
const formatCheck: typeof enFormat = esFormat;
const limitsCheck: typeof enLimits = esLimits;
const hceCheck: typeof enHce = esHce;
const complianceCheck: typeof enCompliance = esCompliance;
const nondiscriminationCheck: typeof enNondiscrimination = esNondiscrimination;
const partTimeCheck: typeof enPartTime = esPartTime;
const eligibilityCheck: typeof enEligibility = esEligibility;
const eligibilityRosterCheck: typeof enEligibilityRoster = esEligibilityRoster;
const vestingCheck: typeof enVesting = esVesting;
const participantCheck: typeof enParticipant = esParticipant;
const forfeitureCheck: typeof enForfeiture = esForfeiture;
const forfeitureFormCheck: typeof enForfeitureForm = esForfeitureForm;
const participantPageCheck: typeof enParticipantPage = esParticipantPage;
const fileCellsCheck: typeof enFileCells = esFileCells;

const SPANISH_MODULES = readdirSync("lib/words/es").filter((name) => name.endsWith(".ts"));

describe("every Spanish words module mirrors an English one", () => {
  it.each(SPANISH_MODULES)("%s exports every function of lib/words/en's module of that name", async (name) => {
    const en = await import(`../../lib/words/en/${name.replace(/\.ts$/, "")}`);
    const es = await import(`../../lib/words/es/${name.replace(/\.ts$/, "")}`);
    const missing = Object.keys(en).filter((key) => typeof en[key] === "function" && typeof es[key] !== "function");
    expect(missing).toEqual([]);
  });

  it("the type checks above stand for the modules they name", () => {
    expect(formatCheck.ordinal).toBe(esFormat.ordinal);
    expect(limitsCheck.knownThroughSentence).toBe(esLimits.knownThroughSentence);
    expect(fileCellsCheck.headerProblem).toBe(esFileCells.headerProblem);
  });
});

describe("lib/words/es/format", () => {
  it("writes dates as es-US does: 15 de marzo de 2003, 1 de enero de 2004, 29 de febrero de 2000", () => {
    expect(esFormat.longDate("2003-03-15")).toBe("15 de marzo de 2003");
    expect(esFormat.longDate("2004-01-01")).toBe("1 de enero de 2004");
    expect(esFormat.longDate("2000-02-29")).toBe("29 de febrero de 2000");
    expect(esFormat.longDate("2026-12-31")).toBe("31 de diciembre de 2026");
  });

  it("agrees with the platform's es-US long date on any date from 1800 to 2200", () => {
    const intl = new Intl.DateTimeFormat("es-US", { dateStyle: "long", timeZone: "UTC" });
    fc.assert(
      fc.property(fc.date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10) as IsoDate;
        expect(esFormat.longDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
      }),
    );
  });

  it("writes the plan's schedule: menos de 3 años 0%, 3 años 50%, 4 años 75%, 5 años o más 100%", () => {
    expect(esFormat.describeSchedule(SOS_PLAN.vesting.schedule)).toBe("menos de 3 años 0%, 3 años 50%, 4 años 75%, 5 años o más 100%");
    expect(esFormat.describeSchedule([{ years: 0, percent: 0 }, { years: 1, percent: 100 }])).toBe("menos de 1 año 0%, 1 año o más 100%");
  });

  it("ordinals: words to ten, agreeing with the noun; digits after", () => {
    expect(esFormat.ordinal(5, "f")).toBe("quinta");
    expect(esFormat.ordinal(1)).toBe("primer");
    expect(esFormat.ordinal(3)).toBe("tercer");
    expect(esFormat.ordinal(3, "m", false)).toBe("tercero");
    expect(esFormat.ordinal(2)).toBe("segundo");
    expect(esFormat.ordinal(10, "f")).toBe("décima");
    expect(esFormat.ordinal(11, "f")).toBe("11.ª");
    expect(esFormat.ordinal(91)).toBe("91.º");
  });

  it("each employer's service requirement, from the plan", () => {
    const [sos, inteliant] = [SOS_PLAN.employers.find((e) => e.id === "SOS")!, SOS_PLAN.employers.find((e) => e.id === "Inteliant")!];
    expect(esFormat.serviceRuleInWords(sos.service)).toBe("1,000 horas de servicio en un período de cómputo");
    expect(esFormat.serviceRuleInWords(inteliant.service)).toBe("el día 91 después de la primera hora de servicio");
  });
});

describe("lib/words/es/limits", () => {
  it("says which year's limits are carried forward", () => {
    expect(esLimits.carriedForwardSentence(2030, 2026)).toBe("Los límites del IRS para 2030 aún no están en la tabla; se usan los de 2026.");
    expect(esLimits.knownThroughSentence(2026, 2027)).toBe("Los límites del IRS se conocen hasta 2026; desde 2027 se usan los de 2026.");
  });

  it("is not the English sentence", () => {
    expect(esLimits.carriedForwardSentence(2030, 2026)).not.toBe(enLimits.carriedForwardSentence(2030, 2026));
  });
});

describe("lib/words/es/hce, compliance, nondiscrimination, part-time, eligibility, eligibility-roster (tested in test/unit/words-es-<rule>.test.ts)", () => {
  it("the type checks above stand for the modules they name", () => {
    expect(hceCheck.hceSentence).toBe(esHce.hceSentence);
    expect(complianceCheck.complianceReasoning).toBe(esCompliance.complianceReasoning);
    expect(nondiscriminationCheck.lineExplanation).toBe(esNondiscrimination.lineExplanation);
    expect(partTimeCheck.longTermPartTimeSentences).toBe(esPartTime.longTermPartTimeSentences);
    expect(eligibilityCheck.eligibilitySentences).toBe(esEligibility.eligibilitySentences);
    expect(eligibilityRosterCheck.rosterReason).toBe(esEligibilityRoster.rosterReason);
  });
});

describe("lib/words/es/vesting (tested in test/unit/words-es-vesting.test.ts)", () => {
  it("the type check above stands for the module it names", () => {
    expect(vestingCheck.vestingExplanation).toBe(esVesting.vestingExplanation);
    expect(vestingCheck.periodStatusWords).toBe(esVesting.periodStatusWords);
  });

  it("is not the English sentence", () => {
    expect(esVesting.alwaysVestedSentence(SOS_PLAN, "participant")).not.toBe(enVesting.alwaysVestedSentence(SOS_PLAN, "participant"));
  });
});

describe("lib/words/es/participant, lib/words/es/forfeiture (tested in test/unit/words-es-participant.test.ts, words-es-forfeiture.test.ts)", () => {
  it("the type checks above stand for the modules they name", () => {
    expect(participantCheck.stayStepSentence).toBe(esParticipant.stayStepSentence);
    expect(forfeitureCheck.leavingExplanation).toBe(esForfeiture.leavingExplanation);
    expect(forfeitureFormCheck.leavingHeadline).toBe(esForfeitureForm.leavingHeadline);
    expect(participantPageCheck.fieldLabels).toBe(esParticipantPage.fieldLabels);
  });
});
