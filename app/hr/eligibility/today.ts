import { useSyncExternalStore } from "react";

/** Today's date in the browser's calendar, `YYYY-MM-DD`: the default as-of date (a page may read the clock; lib/ may not). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

const noSubscription = () => () => {};

/** Today in the browser; "" while rendering on the server (the page is static, so the server's today would go stale). */
export function useToday(): string {
  return useSyncExternalStore(noSubscription, todayIso, () => "");
}
