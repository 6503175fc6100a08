import { loadAfterStart } from "@/app/components/load-after-start";

/** The rules of the one-employee form (engine.ts). */
export type Engine = typeof import("./engine");

/** The form's rules, loaded once the page is up (app/components/load-after-start.ts); null until then. */
export const useEngine = loadAfterStart<Engine>(() => import("./engine"));
