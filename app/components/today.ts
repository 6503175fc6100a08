import { startTransition, useEffect, useState } from "react";

/** Today's date in the browser's calendar, `YYYY-MM-DD`: the default as-of date (a page may read the clock; lib/ may not). */
export function todayIso(): string {
  const now = new Date();
  return `${String(now.getFullYear()).padStart(4, "0")}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/**
 * Today in the browser; "" while rendering on the server (the page is static, so the server's
 * today would go stale) and until the page has hydrated. It arrives in a transition: the forms
 * re-render in slices that leave a slow phone's main thread free, not in one long task.
 */
export function useToday(): string {
  const [today, setToday] = useState("");
  useEffect(() => {
    startTransition(() => setToday(todayIso()));
  }, []);
  return today;
}
