import { CheckIcon, CrossIcon, HalfIcon, QuoteIcon } from '@/components/ui/icons';
import type { Correction } from '@/lib/assign/dto';
import { resultLabel } from '@/lib/quiz/describe';
import { routes } from '@/lib/routes';
import { NoEvidence } from '@/components/ui/no-evidence';

/**
 * An attempt's answers, question by question: the verdict, what was given, the right answer, the
 * explanation and the article's evidence. The student's own result page and the teacher's view of
 * a student's entry show the same list.
 */
export function CorrectionsList({ corrections, answerLabel }: { corrections: Correction[]; answerLabel: string }) {
  return (
    <ol className="mt-4 space-y-4">
      {corrections.map((item, index) => {
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
              <dt className="font-semibold">{answerLabel}</dt>
              <dd className="break-words">{item.given.length > 0 ? item.given.join(' · ') : 'No answer'}</dd>
              <dt className="font-semibold">Right answer</dt>
              <dd className="break-words">{item.correct.join(' · ')}</dd>
            </dl>
            <p className="mt-3 leading-relaxed">{item.explanation}</p>
            {item.evidence.length === 0 ? (
              <NoEvidence className="mt-3" />
            ) : (
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
            )}
          </li>
        );
      })}
    </ol>
  );
}
