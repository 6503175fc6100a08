import type { MESSAGES } from "@/app/i18n";

/** The client form's fixed text (messages "testing.client"): plain strings, the page's language only. */
export type TestingText = (typeof MESSAGES)["en"]["testing"]["client"];
