/**
 * What the forfeitures page's forms answer before their rules have loaded (app/hr/forfeitures/
 * use-engine.ts loads them once the page is up): what the rules answer for the empty forms, less
 * the messages, which wait until a field is visited or typed in anyway. So the server's first
 * screen, the hydrated page and the page once the rules arrive all look the same
 * (test/unit/forfeitures-before-rules.test.ts).
 */
import type { PoolAllocation } from "./allocate-pool";
import type { TerminationOutcome } from "./termination";

export const TERMINATION_BEFORE_RULES: TerminationOutcome = { issues: {}, hoursProblems: [], planYears: [], entries: [], request: null, result: null };

export const ALLOCATION_BEFORE_RULES: PoolAllocation = { poolIssue: null, lineIssues: [], rowCount: 0, headerLine: null, result: null };
