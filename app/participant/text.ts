/**
 * The participant page's static strings for its client components (messages/<language>.json,
 * "participant.client"): the server page picks its language's and passes them as the `text` prop,
 * so the browser gets only those, as strings, and no message formatter.
 */
import type en from "@/messages/en.json";

export type ParticipantText = (typeof en)["participant"]["client"];
