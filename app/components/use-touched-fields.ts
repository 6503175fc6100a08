import { useCallback, useEffect, useRef, useState } from "react";

/**
 * The fields a person has been to (left once), by key: a form shows "is required" and other
 * messages only for those, and for the fields given in `reset` (a link's filled-in fields, say).
 *
 * With `holdWhilePressed`, a blur caused by pressing a pointer on another field marks its field
 * only once the press is over: a message appearing while a pointer is pressed would move the
 * field under it (the participant calculator's messages take room; the HR forms' are kept a line).
 */
export function useTouchedFields({ holdWhilePressed = false }: { holdWhilePressed?: boolean } = {}) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const show = useCallback((fields: readonly string[]) => {
    setTouched((previous) => (fields.every((field) => previous.has(field)) ? previous : new Set([...previous, ...fields])));
  }, []);
  // Whether a pointer is down, and the fields left while it was: events, not state to render.
  const pressed = useRef(false);
  const pending = useRef<string[]>([]);
  useEffect(() => {
    if (!holdWhilePressed) return;
    const down = () => {
      pressed.current = true;
    };
    const up = () => {
      pressed.current = false;
      const fields = pending.current;
      pending.current = [];
      if (fields.length > 0) setTimeout(() => show(fields), 0);
    };
    window.addEventListener("pointerdown", down, true);
    window.addEventListener("pointerup", up, true);
    window.addEventListener("pointercancel", up, true);
    return () => {
      window.removeEventListener("pointerdown", down, true);
      window.removeEventListener("pointerup", up, true);
      window.removeEventListener("pointercancel", up, true);
    };
  }, [holdWhilePressed, show]);
  /** The person has left this field. */
  const touch = useCallback(
    (field: string) => {
      if (pressed.current) pending.current.push(field);
      else show([field]);
    },
    [show],
  );
  /** Forget every field but these (a cleared form, a scenario loaded from a link). */
  const reset = useCallback((fields: readonly string[] = []) => setTouched(new Set(fields)), []);
  return { touched, touch, reset };
}
