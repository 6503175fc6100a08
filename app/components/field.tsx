"use client";

import { createContext, useContext } from "react";
import { DATE_FIELD_WORDS, type DateFieldWords } from "@/lib/words/en/date-field";
import { readDate } from "@/lib/parse";
import styles from "./field.module.css";

/** What a field holds: it decides the keyboard a phone shows, the width, and the date's echo. */
export type FieldKind = "date" | "money" | "number" | "hours" | "text";

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  kind: FieldKind;
  /** One line under the label: what to enter. A date field always says how to write it. */
  hint?: string | undefined;
  /** Shown under the input, in a line kept for it, so an error never moves the fields below. */
  error?: string | readonly string[] | undefined;
  /** A warning that does not block: shown like an error, in the warning colour. */
  warning?: string | undefined;
  name?: string | undefined;
  suffix?: string | undefined;
  wide?: boolean | undefined;
  describedBy?: string | undefined;
}

/**
 * How a date may be written, shown with every date field (it never disappears as a placeholder
 * would), and the date read back in words: English unless a page's client entry for another
 * language wraps its forms in DateFieldWordsProvider with that language's (lib/words/<language>/
 * date-field.ts), so an English page loads no other language's words.
 */
const DateWords = createContext<DateFieldWords>(DATE_FIELD_WORDS);

export function DateFieldWordsProvider({ words, children }: { words: DateFieldWords; children: React.ReactNode }) {
  return <DateWords value={words}>{children}</DateWords>;
}

/**
 * A labelled text input with its hint and its message line. Inputs are text, not `type=date` or
 * `type=number`, so what the person typed is kept even when it is wrong, and the message can say
 * what is wrong with it. A date field echoes the date it read in words ("March 15, 2002"), so
 * 03/04/2002 cannot be taken for April 3 without the person seeing it.
 */
export function Field({ id, label, value, onChange, onBlur, kind, hint, error, warning, name, suffix, wide, describedBy }: FieldProps) {
  const dates = useContext(DateWords);
  const messages = error === undefined ? [] : typeof error === "string" ? [error] : error;
  const read = kind === "date" && value.trim() !== "" ? readDate(value, "typed") : null;
  const echo = read?.ok && messages.length === 0 ? dates.inWords(read.value) : null;
  const hintText = kind === "date" ? [hint, dates.hint].filter(Boolean).join(" · ") : hint;
  const described = [hintText ? `${id}-hint` : null, `${id}-message`, describedBy ?? null].filter(Boolean).join(" ");
  return (
    <div className={`${styles.field} ${wide ? styles.wide : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hintText ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hintText}
        </span>
      ) : null}
      <span className={styles.inputRow}>
        {kind === "money" ? (
          <span className={styles.affix} aria-hidden="true">
            $
          </span>
        ) : null}
        <input
          id={id}
          name={name ?? id}
          type="text"
          inputMode={kind === "date" || kind === "text" ? "text" : "decimal"}
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-invalid={messages.length > 0 ? true : undefined}
          aria-describedby={described}
          className={styles[kind]}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
        {suffix ? (
          <span className={styles.affix} aria-hidden="true">
            {suffix}
          </span>
        ) : null}
        {echo ? <span className={styles.echo}>{echo}</span> : null}
      </span>
      <span id={`${id}-message`} className={messages.length > 0 ? styles.error : styles.warning} aria-live="polite">
        {messages.length > 0 ? messages.join(" ") : (warning ?? "")}
      </span>
    </div>
  );
}
