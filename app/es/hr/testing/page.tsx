import { TestingEs } from "../../../hr/testing/testing-es";
import { TestingPage, testingMetadata } from "../../../hr/testing/testing-page";

export const metadata = testingMetadata("es");

export default function Page() {
  return <TestingPage language="es" Form={TestingEs} />;
}
