import { CheckIcon, CrossIcon, HalfIcon, QuoteIcon } from '@/components/ui/icons';
import type { StudentAttempt } from '@/lib/assign/dto';
import { resultLabel } from '@/lib/quiz/describe';
import { routes } from '@/lib/routes';

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
          <ol className="mt-4 space-y-4">
            {result.corrections.map((item, index) => {
              const Icon = item.verdict === 'correct' ? CheckIcon : item.verdict === 'partial' ? HalfIcon : CrossIcon;
              const tone =
                item.verdict === 'correct' ? 'text-good' : item.verdict === 'partial' ? 'text-partial' : 'text-bad';
              return (
                <li key={item.questionId} className="rounded-2xl border border-line bg-surface p-5 shadow-card">
                  <p className="text-sm text-ink-muted">Question {index + 1}</p>
                  <h3 className="mt-1 font-serif text-xl leading-snug font-semibold">{item.prompt}</h3>
                  <p className={`mt-3 inline-flex items-center gap-1.5 font-semibold ${tone}`}>
                    <Icon size={18} /> {resultLabel(item.verdict, item.score)}
                  </p>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-semibold">Your answer</dt>
                    <dd className="break-words">{item.given.length > 0 ? item.given.join(' · ') : 'No answer'}</dd>
                    <dt className="font-semibold">Right answer</dt>
                    <dd className="break-words">{item.correct.join(' · ')}</dd>
                  </dl>
                  <p className="mt-3 leading-relaxed">{item.explanation}</p>
                  <figure className="mt-3 rounded-xl border-l-4 border-accent bg-surface-2 px-4 py-3">
                    <figcaption className="text-sm font-semibold text-ink-muted">
                      <QuoteIcon size={16} className="mr-1.5 inline-block align-[-3px]" />
                      From the article
                    </figcaption>
                    <blockquote className="mt-1 space-y-1 font-serif leading-relaxed">
                      {item.evidence.map((quote) => (
                        <p key={quote}>“{quote}”</p>
                      ))}
                    </blockquote>
                    <a
                      href={routes.article(item.articleId, {
                        questionId: item.questionId,
                        sentence: item.sentence ?? undefined,
                      })}
                      className="mt-1 inline-flex min-h-11 items-center font-semibold text-accent underline-offset-4 hover:underline"
                    >
                      Show in article
                    </a>
                  </figure>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
