import { PlanFacts, planMetadata } from "../../plan/plan-facts";

export const metadata = planMetadata("es");

export default function PlanPage() {
  return <PlanFacts language="es" />;
}
