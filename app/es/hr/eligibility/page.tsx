import { EligibilityPage, eligibilityMetadata } from "@/app/hr/eligibility/eligibility-page";
import { RosterTool, SingleEmployeeTool } from "@/app/hr/eligibility/tools-es";

export const metadata = eligibilityMetadata("es");

export default function Page() {
  return <EligibilityPage language="es" tools={{ SingleEmployeeTool, RosterTool }} />;
}
