/**
 * A question's evidence as a list of quotes (none for a teacher's imported question kept without
 * it). Apart from schema.ts so pages that only read questions load no validation library.
 */
export function evidenceQuotes(question: { evidence?: string | readonly string[] }): string[] {
  const { evidence } = question;
  return evidence === undefined ? [] : typeof evidence === 'string' ? [evidence] : [...evidence];
}
