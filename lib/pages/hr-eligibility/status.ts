/**
 * What became of one census row, as the roster's answer stores it (answers.ts). Apart from the
 * rules, so the page's results table can read the statuses without loading the rules (the
 * roster's rules run in its worker).
 */
export const STATUS = { eligible: 0, notYet: 1, excluded: 2, error: 3, partTime: 4 } as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];
