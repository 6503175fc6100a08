"use client";

import { Field } from "@/app/components/field";
import type { PlanDefinition } from "@/lib/plan/definition";
import { AllocationStatus, LineIssues, PoolWarningList, Shares } from "./allocation-result";
import { useAllocationForm, type ChosenFile } from "./use-allocation-form";
import styles from "./forfeitures.module.css";
import { planYearHint } from "@/lib/words/en/annual-additions";

/** The plan's reference year figures, worked out on the server (lib/pages/hr-forfeitures/context-2002.ts). */
export interface PoolReference {
  year: number;
  allocated: string;
  contributions: string;
  percent: string;
  citation: string;
}

export function AllocationForm({ plan, reference }: { plan: PlanDefinition; reference: PoolReference }) {
  const form = useAllocationForm(plan, reference.year);
  const { poolText, setPoolText, yearText, setYearText, deferralsText, setDeferralsText, touch, file, year, warnings, poolIssue, lineIssues, result } = form;

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label="Sharing a forfeiture pool">
      <div className={styles.grid}>
        <Field
          id="alloc-pool"
          name="pool"
          label="Forfeiture pool (USD)"
          kind="money"
          hint="Dollars and cents, such as 43700.00."
          value={poolText}
          onChange={setPoolText}
          onBlur={() => touch("pool")}
          error={poolIssue ?? undefined}
        />
        <Field
          id="alloc-year"
          name="planYear"
          label="Plan year of the allocation"
          kind="number"
          hint={planYearHint(year.lookup, yearText === String(reference.year))}
          value={yearText}
          onChange={setYearText}
          error={year.issue ?? undefined}
        />
      </div>

      <div className={styles.field}>
        <label htmlFor="alloc-deferrals">Participants&apos; deferrals</label>
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
          placeholder={"id,deferrals\nA-17,5200.00\nB-03,4100.50"}
          className={`${styles.textarea} ${file ? styles.unused : ""}`}
        />
        <span id="alloc-deferrals-hint" className={styles.fieldHint}>
          {file ? (
            <>Not used while the file {file.name} is chosen.</>
          ) : (
            <>
              One participant a line: the id, a comma or a tab, then the deferrals for the period (paste two columns from a spreadsheet). A header line
              such as <code>id,deferrals</code> is optional.
            </>
          )}
        </span>
      </div>

      <FileChoice file={file} fileNote={form.fileNote} readFile={form.readFile} stopUsingFile={form.stopUsingFile} />

      <LineIssues lineIssues={lineIssues} fileName={file ? file.name : null} />

      <div className={styles.result} data-testid="allocation-result">
        <AllocationStatus result={result} waitingForFixes={Boolean(poolIssue) || lineIssues.length > 0} />
        <p className={styles.reference} data-testid="pool-reference">
          For comparison, in {reference.year} about <strong>{reference.allocated}</strong> of forfeitures was allocated as matching contributions against{" "}
          {reference.contributions} of participant contributions: about <strong>{reference.percent}%</strong> of contributions ({reference.citation}).
        </p>
        <PoolWarningList result={result} warnings={warnings} />
        {result ? <Shares result={result} /> : null}
      </div>
    </form>
  );
}

/** The deferrals from a file instead of the text box: read on this device, never uploaded. */
function FileChoice({ file, fileNote, readFile, stopUsingFile }: {
  file: ChosenFile | null;
  fileNote: string;
  readFile: (event: React.ChangeEvent<HTMLInputElement>) => Promise<void>;
  stopUsingFile: () => void;
}) {
  return (
    <div className={styles.field}>
      <label htmlFor="alloc-file">Or choose a CSV file (id,deferrals)</label>
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
        {fileNote || "The file is read on this device and never uploaded."}
      </span>
      {file ? (
        <p className={styles.actions}>
          <button type="button" className={styles.secondary} onClick={stopUsingFile}>
            Use the text box instead of {file.name}
          </button>
        </p>
      ) : null}
    </div>
  );
}
