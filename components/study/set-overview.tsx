import { DueBadge } from '@/components/cards/due-count';
import { SetHistory } from '@/components/study/set-history';
import { buttonClass } from '@/components/ui/button-styles';
import { StartQuizForm } from '@/components/study/start-quiz-form';
import { StudyNotice } from '@/components/study/study-notice';
import { ArrowLeftIcon } from '@/components/ui/icons';
import type { Article, QuestionSet } from '@/lib/content/types';
import { QUESTION_TYPES } from '@/lib/content/schema';
import { formatIsoDate, plural } from '@/lib/format';
import { QUESTION_TYPE_LABELS } from '@/lib/quiz/describe';
import { routes } from '@/lib/routes';
import { printRoutes } from '@/lib/print/routes';
import { CardsStoreProvider } from '@/stores/cards-store-provider';
import { StudyStoreProvider } from '@/stores/study-store-provider';

/** A set's overview: what it asks, past attempts, start a quiz or the flashcards. */
export function SetOverview({
  set,
  article,
  back = { href: routes.home(), label: 'All sets' },
  exportable = false,
}: {
  set: QuestionSet;
  article: Article;
  /** Where "back" leads: the list of sets, or a shared article's page. */
  back?: { href: string; label: string };
  /** Offer the set as files for Moodle and other quiz tools (the shipped sets). */
  exportable?: boolean;
}) {
  const typeCounts = QUESTION_TYPES.map((type) => ({
    type,
    count: set.questions.filter((q) => q.type === type).length,
  })).filter((entry) => entry.count > 0);

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
      <a href={back.href} className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline">
        <ArrowLeftIcon size={18} /> {back.label}
      </a>
      <div className="mt-4 space-y-3">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          {set.whole ? 'Every question' : 'Question set'}
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{set.title}</h1>
        <p className="text-lg text-ink-muted text-pretty">{set.description}</p>
        <p className="text-sm text-ink-muted">
          {plural(set.questions.length, 'question')} from{' '}
          <a href={routes.article(article.id)} className="font-medium text-accent">
            {article.title}
          </a>{' '}
          ({formatIsoDate(article.date)})
        </p>
        <ul className="flex flex-wrap gap-2 pt-1" aria-label="Question types in this set">
          {typeCounts.map(({ type, count }) => (
            <li key={type} className="rounded-full border border-line px-3 py-1 text-sm text-ink-muted">
              {count} × {QUESTION_TYPE_LABELS[type]}
            </li>
          ))}
        </ul>
      </div>

      <StudyStoreProvider>
        <div className="mt-8 space-y-6">
          <StudyNotice />
          <StartQuizForm
            setId={set.id}
            setTitle={set.title}
            questionIds={set.questions.map((q) => q.id)}
            parts={set.parts}
            rules={set.rules}
          />
          <SetHistory setId={set.id} setSize={set.questions.length} />
          <CardsStoreProvider>
            <section
              aria-labelledby="cards-heading"
              className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
            >
              <div className="min-w-0">
                <h2 id="cards-heading" className="text-lg font-bold">
                  {set.whole ? 'All cards' : 'Flashcards'}
                </h2>
                <p className="mt-1 text-ink-muted">
                  Study these questions as cards that come back when you are about to forget them.
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-x-4">
                <a href={routes.cards(set.id)} className={buttonClass('secondary', 'lg')}>
                  Study as flashcards
                </a>
                <DueBadge setId={set.id} setTitle={set.title} cardIds={set.questions.map((q) => q.id)} />
              </div>
            </section>
          </CardsStoreProvider>
          {exportable ? (
            <section aria-labelledby="lms-heading" className="border-t border-line pt-4 text-sm">
              <h2 id="lms-heading" className="font-semibold">
                Teaching with Moodle, another LMS or on paper?
              </h2>
              <p className="mt-1 text-ink-muted">
                Download this set for a question bank, with each explanation and the article’s words as feedback.
              </p>
              <p className="mt-1 text-ink-muted">
                Moodle:{' '}
                <a href={routes.setExport(set.id, 'moodle-xml')} download className="font-semibold text-accent">
                  Moodle XML
                </a>{' '}
                (every question) or{' '}
                <a href={routes.setExport(set.id, 'gift')} download className="font-semibold text-accent">
                  GIFT
                </a>{' '}
                (all but ordering). Canvas, Blackboard, Brightspace and others:{' '}
                <a href={routes.setExport(set.id, 'qti')} download className="font-semibold text-accent">
                  QTI 2.1 package
                </a>
                .
              </p>
              <p className="mt-1 text-ink-muted">
                A class without devices?{' '}
                <a href={printRoutes.set(set.id)} className="font-semibold text-accent">
                  Print a worksheet
                </a>{' '}
                with the article, the questions and an answer key.
              </p>
            </section>
          ) : null}
        </div>
      </StudyStoreProvider>
    </div>
  );
}
