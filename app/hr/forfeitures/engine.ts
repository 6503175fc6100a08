/**
 * The rules the forfeitures page's forms run in the browser, loaded apart from the forms
 * (use-engine.ts): the same functions the unit and property tests hold to the API.
 */
export { allocateParsed, allocationCsv, poolWarnings } from "@/lib/pages/hr-forfeitures/allocate-pool";
export { parseDeferrals } from "@/lib/pages/hr-forfeitures/parse-deferrals";
export { evaluateTermination } from "@/lib/pages/hr-forfeitures/termination";
