import type { Emphasised } from "@/lib/words/en/forfeiture-form";

/** A headline the words wrote with its figures in bold (lib/words/<language>/forfeiture-form.ts). */
export function Emphasis({ parts }: { parts: Emphasised }) {
  return (
    <>
      {parts.map((part, index) =>
        typeof part === "string" ? (
          part
        ) : (
          <strong key={index} data-testid={part.testId}>
            {part.strong}
          </strong>
        ),
      )}
    </>
  );
}
