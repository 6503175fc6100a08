"use client";

import { Field } from "@/app/components/field";
import type { PlanDefinition } from "@/lib/plan/definition";
import type { ForfeituresWords } from "@/lib/pages/hr-forfeitures/words";
import type en from "@/messages/en.json";
import { AllocationStatus, LineIssues, PoolWarningList, Shares } from "./allocation-result";
import { useAllocationForm, type ChosenFile } from "./use-allocation-form";
import styles from "./forfeitures.module.css";

/** The form's text in the page's language: its messages (plain strings). */
export type AllocationText = (typeof en)["forfeitures"]["allocation"];

export interface AllocationFormProps {
  plan: PlanDefinition;
  /** The plan's reference year (the plan year the form starts with). */
  referenceYear: number;
  /** The reference year's figures in a sentence, formatted on the server (lib/pages/hr-forfeitures/context-2002.ts). */
  reference: React.ReactNode;
  text: AllocationText;
  words: ForfeituresWords;
}

export function AllocationForm({ plan, referenceYear, reference, text, words }: AllocationFormProps) {
  const form = useAllocationForm(plan, referenceYear, words, text.fileStopped);
  const { poolText, setPoolText, yearText, setYearText, deferralsText, setDeferralsText, touch, file, year, warnings, poolIssue, lineIssues, result } = form;

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label={text.formLabel}>
      <div className={styles.grid}>
        <Field
          id="alloc-pool"
          name="pool"
          label={text.poolLabel}
          kind="money"
          hint={text.poolHint}
          value={poolText}
          onChange={setPoolText}
          onBlur={() => touch("pool")}
          error={poolIssue ?? undefined}
        />
        <Field
          id="alloc-year"
          name="planYear"
          label={text.yearLabel}
          kind="number"
          hint={words.annualAdditions.planYearHint(year.lookup, yearText === String(referenceYear))}
          value={yearText}
          onChange={setYearText}
          error={year.issue ?? undefined}
        />
      </div>

      <div className={styles.field}>
        <label htmlFor="alloc-deferrals">{text.deferralsLabel}</label>
        <textarea
          id="alloc-deferrals"
          name="deferrals"
          rows={8}
          spellCheck={false}
          autoComplete="off"
          value={deferralsText}
          onChange={(event) => setDeferralsText(event.target.value)}
          onBlur={() => touch("deferrals")}
          readOnly={file !== null}
          aria-invalid={!file && lineIssues.length > 0 ? true : undefined}
          aria-describedby="alloc-deferrals-hint alloc-deferrals-error"
          placeholder={text.deferralsPlaceholder}
          className={`${styles.textarea} ${file ? styles.unused : ""}`}
        />
        <span id="alloc-deferrals-hint" className={styles.fieldHint}>
          {file ? (
            words.form.fileInUse(file.name)
          ) : (
            <>
              {text.deferralsHint} <code>{text.deferralsHeader}</code> {text.deferralsHintEnd}
            </>
          )}
        </span>
      </div>

      <FileChoice file={file} fileNote={form.fileNote} readFile={form.readFile} stopUsingFile={form.stopUsingFile} text={text} words={words} />

      <LineIssues lineIssues={lineIssues} fileName={file ? file.name : null} words={words} />

      <div className={styles.result} data-testid="allocation-result">
        <AllocationStatus result={result} waitingForFixes={Boolean(poolIssue) || lineIssues.length > 0} text={text} words={words} />
        <p className={styles.reference} data-testid="pool-reference">
          {reference}
        </p>
        <PoolWarningList result={result} warnings={warnings} text={text} words={words} />
        {result && form.allocationCsv ? <Shares result={result} toCsv={form.allocationCsv} text={text} words={words} /> : null}
      </div>
    </form>
  );
}

/** The deferrals from a file instead of the text box: read on this device, never uploaded. */
function FileChoice({ file, fileNote, readFile, stopUsingFile, text, words }: {
  file: ChosenFile | null;
  fileNote: string;
  readFile: (event: React.ChangeEvent<HTMLInputElement>) => Promise<void>;
  stopUsingFile: () => void;
  text: AllocationText;
  words: ForfeituresWords;
}) {
  return (
    <div className={styles.field}>
      <label htmlFor="alloc-file">{text.fileLabel}</label>
      <input
        id="alloc-file"
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        onChange={readFile}
        onClick={(event) => {
          // Choosing the same file again reads it again.
          event.currentTarget.value = "";
        }}
        aria-describedby="alloc-file-note alloc-deferrals-error"
      />
      <span id="alloc-file-note" className={styles.fieldHint} aria-live="polite">
        {fileNote || text.fileNote}
      </span>
      {file ? (
        <p className={styles.actions}>
          <button type="button" className={styles.secondary} onClick={stopUsingFile}>
            {words.form.useTextBox(file.name)}
          </button>
        </p>
      ) : null}
    </div>
  );
}
