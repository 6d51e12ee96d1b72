/**
 * The question types and the sets a question belongs to. No zod here: client components (the
 * authoring screen) import these, and the content schemas (schema.ts) stay out of their bundle.
 */

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'typed', 'ordering'] as const;

export const SET_CATEGORIES = ['who', 'where', 'when', 'what-why', 'review'] as const;
export type SetCategory = (typeof SET_CATEGORIES)[number];
