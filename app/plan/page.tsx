import { PlanFacts, planMetadata } from "./plan-facts";

export const metadata = planMetadata("en");

export default function PlanPage() {
  return <PlanFacts language="en" />;
}
