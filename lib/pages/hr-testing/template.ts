/** The contributions template of /hr/testing (public/templates/contributions-template.csv): the worked example of plan-rules §9 and an SOS line. */
import { toCsv } from "../../csv";
import { CONTRIBUTIONS_COLUMNS } from "./census";

export const CONTRIBUTIONS_TEMPLATE_FILE = "/templates/contributions-template.csv";

export const CONTRIBUTIONS_TEMPLATE = toCsv(CONTRIBUTIONS_COLUMNS, [
  ["I-101", "Inteliant", "true", "", "", "300000.00", "11000.00", "2882.00", ""],
  ["I-102", "Inteliant", "", "40000.00", "false", "30000.00", "900.00", "235.80", ""],
  ["I-103", "Inteliant", "true", "", "", "80000.00", "8000.00", "2096.00", ""],
  ["I-104", "Inteliant", "true", "", "", "150000.00", "3000.00", "786.00", ""],
  ["I-105", "Inteliant", "false", "", "", "40000.00", "1600.00", "419.20", ""],
  ["I-106", "Inteliant", "false", "", "", "25000.00", "0.00", "0.00", ""],
  ["I-107", "Inteliant", "false", "", "", "50000.00", "2500.00", "655.00", ""],
  ["S-1", "SOS", "false", "", "", "40000.00", "800.00", "209.60", ""],
  ["S-9", "SOS", "true", "", "", "120000.00", "5000.00", "0.00", ""],
]);
