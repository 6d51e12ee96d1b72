/** The ranges of the flashcard settings (shared by the scheduler, the forms and the schemas). */
export const MIN_RETENTION = 0.8;
export const MAX_RETENTION = 0.97;
export const DEFAULT_RETENTION = 0.9;
export const DEFAULT_NEW_PER_DAY = 20;
export const MAX_NEW_PER_DAY = 500;
