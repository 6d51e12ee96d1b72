/**
 * Where "From the article … Show in article" would be, for a teacher's imported question kept
 * without a supporting sentence: said plainly, so a student does not take it as the article's word.
 */
export function NoEvidence({ className = 'mt-4' }: { className?: string }) {
  return (
    <p
      className={`${className} rounded-xl border-l-4 border-partial bg-partial-soft px-4 py-3 text-sm`}
      data-no-evidence
    >
      <strong>Not checked against the article.</strong> Your teacher imported this question from another quiz, and no
      sentence of the article is marked as supporting its answer.
    </p>
  );
}
