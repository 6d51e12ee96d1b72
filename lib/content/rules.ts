/**
 * Limits the content check enforces (lib/content/check.ts), apart from it so the authoring screen
 * can say the same before publishing without loading the check.
 */
export const MIN_DISTRACTORS = 3;
export const MAX_EXPLANATION_SENTENCES = 2;
