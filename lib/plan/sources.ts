/**
 * The account sources and plan lookups that rules need at run time, kept free of zod so a page
 * that runs the rules in the browser does not ship the schema library (lib/plan/definition.ts
 * checks plans; the rules only read them).
 */
import type { EmployerDefinition, PlanDefinition } from "./definition";

/** The sources of an account (11-K Note 1.C): the participant's deferrals, rollovers, the employer match. */
export const SOURCES = ["deferral", "rollover", "match"] as const;
export type Source = (typeof SOURCES)[number];

/** The plan's rules for one employer id ("SOS", "Inteliant"). */
export function employerOf(plan: PlanDefinition, employerId: string): EmployerDefinition {
  const employer = plan.employers.find((candidate) => candidate.id === employerId);
  if (!employer) throw new RangeError(`the plan has no employer "${employerId}"`);
  return employer;
}
