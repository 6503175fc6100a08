import { EligibilityPage, eligibilityMetadata } from "./eligibility-page";
import { RosterTool, SingleEmployeeTool } from "./tools-en";

export const metadata = eligibilityMetadata("en");

export default function Page() {
  return <EligibilityPage language="en" tools={{ SingleEmployeeTool, RosterTool }} />;
}
