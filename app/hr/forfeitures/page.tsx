import { ForfeituresPage, forfeituresMetadata } from "./forfeitures-page";
import { AllocationFormEn, TerminationFormEn } from "./forms-en";

export const metadata = forfeituresMetadata("en");

export default function Page() {
  return <ForfeituresPage language="en" forms={{ Termination: TerminationFormEn, Allocation: AllocationFormEn }} />;
}
