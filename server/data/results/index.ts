/**
 * What a tutor sees of a class's work: the live dashboard, an assignment's results grid with class
 * aggregates and the criteria most often missed, moderation (criterion overrides with an audit
 * trail) and the CSV export. Every function is scoped by the signed-in tutor: another tutor's class,
 * assignment or attempt is "not found", whether it exists or not.
 *
 * One file per concern: live.ts (the dashboard's view), change-signature.ts (what the pushed views poll), grid.ts (results, aggregates, most missed),
 * moderation.ts (overrides and their audit trail), export.ts (CSV); scope.ts holds the tutor-scoped
 * lookups they share and statuses.ts the words they use.
 */
export * from "./change-signature";
export * from "./class-export";
export * from "./debrief";
export * from "./export";
export * from "./grid";
export * from "./live";
export * from "./moderation";
export * from "./prompt-answers";
export * from "./statuses";
