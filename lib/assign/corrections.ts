/**
 * When students see the right answers, and how the teacher pages name each choice. No zod here:
 * the teacher dashboard (a client component) imports it, and the schemas stay on the server side
 * of the bundle (settings.ts).
 */

export const CORRECTIONS = ['after-submit', 'after-close', 'never'] as const;
export type CorrectionsPolicy = (typeof CORRECTIONS)[number];

export const CORRECTIONS_LABELS: Record<CorrectionsPolicy, string> = {
  'after-submit': 'Right after submitting',
  'after-close': 'After the close time',
  never: 'Never (score only)',
};
