import { ForfeituresPage, forfeituresMetadata } from "@/app/hr/forfeitures/forfeitures-page";
import { AllocationFormEs, TerminationFormEs } from "@/app/hr/forfeitures/forms-es";

export const metadata = forfeituresMetadata("es");

export default function Page() {
  return <ForfeituresPage language="es" forms={{ Termination: TerminationFormEs, Allocation: AllocationFormEs }} />;
}
