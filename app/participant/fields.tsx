import type { TextField } from "@/lib/pages/participant/form";
import styles from "./participant.module.css";

/** The element id of a field: "f-balances-match". */
export function fieldId(field: TextField): string {
  return `f-${field.replace(/\./g, "-")}`;
}

interface TextInputProps {
  field: TextField;
  label: string;
  value: string;
  onChange: (field: TextField, value: string) => void;
  onBlur: (field: TextField) => void;
  /** Shown only once the person has left the field (or it came from a link). */
  error: string | undefined;
  hint?: string | undefined;
  kind: "date" | "money" | "number";
  placeholder?: string | undefined;
  autoComplete?: string | undefined;
  suffix?: string | undefined;
}

/**
 * A labelled text input with its hint and, beside it, an aria-live region for its error. Inputs
 * are text, not `type=date`/`type=number`, so what the person typed is kept even when it is wrong
 * and the message can say what is wrong with it.
 */
export function TextInput({ field, label, value, onChange, onBlur, error, hint, kind, placeholder, autoComplete, suffix }: TextInputProps) {
  const id = fieldId(field);
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      <span className={styles.inputRow}>
        {kind === "money" ? <span className={styles.affix} aria-hidden="true">$</span> : null}
        <input
          id={id}
          name={field}
          type="text"
          inputMode={kind === "date" ? "text" : "decimal"}
          autoComplete={autoComplete ?? "off"}
          spellCheck={false}
          placeholder={placeholder ?? (kind === "date" ? "YYYY-MM-DD" : undefined)}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={kind === "date" ? styles.dateInput : styles.numberInput}
          onChange={(event) => onChange(field, event.target.value)}
          onBlur={() => onBlur(field)}
        />
        {suffix ? <span className={styles.affix} aria-hidden="true">{suffix}</span> : null}
      </span>
      <span id={`${id}-error`} className={styles.error} aria-live="polite">
        {error ?? ""}
      </span>
    </div>
  );
}
