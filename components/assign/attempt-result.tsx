import type { StudentAttempt } from '@/lib/assign/dto';
import { CorrectionsList } from './corrections-list';

const SUBMITTED_BY = {
  student: 'Submitted',
  deadline: 'Time ran out: what you saved in time was graded',
  teacher: 'Closed by your teacher: what you saved was graded',
} as const;

/** A submitted attempt: the score, and the corrections if the teacher shows them. */
export function AttemptResultView({ title, attempt }: { title: string; attempt: StudentAttempt }) {
  const result = attempt.result!;
  const percent = Math.round((result.score / Math.max(1, result.maxScore)) * 100);
  const points = Math.round(result.score * 100) / 100;
  return (
    <div className="space-y-6">
      <section
        className="rounded-2xl border border-line bg-surface p-6 shadow-card sm:p-8"
        aria-labelledby="result-heading"
      >
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">{title}</p>
        <h1 id="result-heading" className="mt-1 text-3xl font-bold tracking-tight">
          {attempt.displayName}, you scored {percent}%
        </h1>
        <p className="mt-2 text-lg text-ink-muted">
          {points} of {result.maxScore} · {SUBMITTED_BY[result.submittedBy]} at{' '}
          {new Date(result.submittedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
          {attempt.number > 1 ? ` · attempt ${attempt.number}` : ''}
        </p>
        {result.correctionsNote ? <p className="mt-4 font-medium">{result.correctionsNote}</p> : null}
      </section>
      {result.corrections ? (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading" className="text-2xl font-bold tracking-tight">
            Corrections
          </h2>
          <CorrectionsList corrections={result.corrections} answerLabel="Your answer" />
        </section>
      ) : null}
    </div>
  );
}
