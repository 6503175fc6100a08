/**
 * Writes the roster's CSV templates into public/templates/ from their one source,
 * lib/pages/hr-eligibility/view.ts (a unit test checks the files still equal it):
 *   npx tsx scripts/templates.ts
 */
import { writeFileSync } from "node:fs";
import { CENSUS_TEMPLATE, HOURS_TEMPLATE, TEMPLATE_FILES } from "../lib/pages/hr-eligibility/view";
import { CONTRIBUTIONS_TEMPLATE, CONTRIBUTIONS_TEMPLATE_FILE } from "../lib/pages/hr-testing/template";

writeFileSync(`public${TEMPLATE_FILES.census}`, CENSUS_TEMPLATE);
writeFileSync(`public${TEMPLATE_FILES.hours}`, HOURS_TEMPLATE);
writeFileSync(`public${CONTRIBUTIONS_TEMPLATE_FILE}`, CONTRIBUTIONS_TEMPLATE);
