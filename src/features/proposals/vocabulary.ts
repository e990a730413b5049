/**
 * The fixed choices of a proposal, without the schemas: the form (a client component) needs the
 * lists, and importing them from schemas.ts sent zod, some 30 KiB, to the browser with it (issue #16).
 */
export const FOCUS_AREAS = ["EDUCATION_AND_COMPETENCE", "RESEARCH_AND_DEVELOPMENT"] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];
export const DIMENSIONS = ["SOCIAL", "ECOLOGICAL", "ECONOMIC", "CULTURAL"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
