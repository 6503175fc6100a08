import { TestingEn } from "./testing-en";
import { TestingPage, testingMetadata } from "./testing-page";

export const metadata = testingMetadata("en");

export default function Page() {
  return <TestingPage language="en" Form={TestingEn} />;
}
