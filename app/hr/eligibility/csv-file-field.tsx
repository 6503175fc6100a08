"use client";

import { useEffect, useRef } from "react";
import styles from "./eligibility.module.css";

/**
 * A labelled CSV file input. To re-read a file after editing it, it can be chosen again: the input
 * is emptied as the picker opens (so the same file fires a change), and given its file back if the
 * picker is cancelled. When `file` becomes null the input is emptied too.
 */
export function CsvFileField({ id, label, hint, file, onFile }: {
  id: string;
  label: string;
  hint: string;
  /** The file chosen last, kept by the page. */
  file: File | null;
  onFile: (file: File | null) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    if (file === null) {
      element.value = "";
      return;
    }
    const onCancel = () => {
      if ((element.files?.length ?? 0) > 0) return;
      const transfer = new DataTransfer();
      transfer.items.add(file);
      element.files = transfer.files;
    };
    element.addEventListener("cancel", onCancel);
    return () => element.removeEventListener("cancel", onCancel);
  }, [file]);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={input}
        onClick={(event) => {
          event.currentTarget.value = "";
        }}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint`}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
      <span id={`${id}-hint`} className={styles.hint}>
        {hint}
      </span>
    </>
  );
}
