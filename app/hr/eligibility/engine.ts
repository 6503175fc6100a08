/**
 * The rules the eligibility page's one-employee form runs in the browser, loaded apart from the
 * form (use-engine.ts). The roster's rules run in its worker (roster.worker.ts).
 */
export { answerForm, periodLines } from "@/lib/pages/hr-eligibility/single";
