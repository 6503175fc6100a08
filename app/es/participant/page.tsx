import { CalculatorEs } from "../../participant/calculator-es";
import { participantMetadata, ParticipantPage } from "../../participant/participant-page";

export const metadata = participantMetadata("es");

export default function Page() {
  return <ParticipantPage language="es" Calculator={CalculatorEs} />;
}
