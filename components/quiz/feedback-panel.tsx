import { forwardRef } from 'react';
import { CheckIcon, CrossIcon, HalfIcon } from '@/components/ui/icons';
import { verdictText } from '@/lib/quiz/describe';
import type { QuizFeedback } from '@/lib/quiz/public';
import { AnswerLines } from './answer-lines';
import { EvidenceQuote, type EvidenceBackLink } from './evidence-quote';

type Props = { feedback: QuizFeedback; ordering: boolean; backLink: EvidenceBackLink | null };

/** Practice-mode feedback: right or wrong (icon and words, not colour alone), the answer, why, and where. */
export const FeedbackPanel = forwardRef<HTMLElement, Props>(function FeedbackPanel(
  { feedback, ordering, backLink },
  ref,
) {
  const { grade, correct } = feedback;
  const tone =
    grade.verdict === 'correct'
      ? 'border-good bg-good-soft text-good'
      : grade.verdict === 'partial'
        ? 'border-partial bg-partial-soft text-partial'
        : 'border-bad bg-bad-soft text-bad';
  const Icon = grade.verdict === 'correct' ? CheckIcon : grade.verdict === 'partial' ? HalfIcon : CrossIcon;
  return (
    <section
      ref={ref}
      aria-labelledby="feedback-heading"
      className="motion-safe:animate-feedback-in scroll-mb-32 rounded-2xl border border-line bg-surface p-5 shadow-card"
    >
      <h3
        id="feedback-heading"
        className={`-mx-1 flex items-center gap-2 rounded-lg border-2 px-3 py-2 text-lg font-bold ${tone}`}
      >
        <Icon size={22} className="shrink-0" />
        <span className="min-w-0">
          {verdictText(grade)}
          {grade.spelling ? `: ${grade.spelling}` : null}
        </span>
      </h3>
      {grade.verdict !== 'correct' ? (
        <div className="mt-4">
          <p className="text-sm font-semibold text-ink-muted">
            {ordering ? 'The right order' : correct.length > 1 ? 'The right answers' : 'The right answer'}
          </p>
          <div className="mt-1">
            <AnswerLines lines={correct} ordered={ordering} />
          </div>
        </div>
      ) : null}
      {grade.verdict === 'partial' ? (
        <p className="mt-3 text-sm text-ink-muted">
          {ordering
            ? 'Partial credit counts the pairs of items you put in the right order relative to each other.'
            : 'Partial credit: each right option counts, and each wrong one cancels a right one.'}
        </p>
      ) : null}
      <p className="mt-4 leading-relaxed">{feedback.explanation}</p>
      <EvidenceQuote {...feedback.evidence} backLink={backLink} />
    </section>
  );
});
