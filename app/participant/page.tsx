import { CalculatorEn } from "./calculator-en";
import { participantMetadata, ParticipantPage } from "./participant-page";

export const metadata = participantMetadata("en");

export default function Page() {
  return <ParticipantPage language="en" Calculator={CalculatorEn} />;
}
