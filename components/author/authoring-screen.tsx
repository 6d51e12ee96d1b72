'use client';

import { useEffect, useId, useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { Field } from '@/components/ui/field';
import { draftQuestions } from '@/lib/api-client';
import { countWords } from '@/lib/content/text';
import { workSummaries } from '@/lib/drafts/authoring';
import {
  articleInputProblem,
  EARLIEST_ARTICLE_DATE,
  MIN_ARTICLE_WORDS,
  personalMessage,
} from '@/lib/drafts/input-messages';
import { AuthoringStoreProvider, useAuthoringStore } from '@/stores/authoring-store-provider';
import { noticeView } from '@/stores/notices';
import { ReviewScreen } from './review-screen';

/**
 * /teach/new: a teacher pastes an article, gets draft questions that cite their sentence, accepts,
 * edits or rejects each, writes their own, groups them into sets and publishes. Everything is
 * saved in this browser as it changes; nothing reaches students until it is published and assigned.
 */
export function AuthoringScreen() {
  return (
    <AuthoringStoreProvider>
      <Authoring />
    </AuthoringStoreProvider>
  );
}

function Authoring() {
  const hydrated = useAuthoringStore((s) => s.hasHydrated);
  const phase = useAuthoringStore((s) => s.phase);
  const notice = useAuthoringStore((s) => s.notice);
  const dismiss = useAuthoringStore((s) => s.dismissNotice);
  const openPublished = useAuthoringStore((s) => s.openPublished);
  const elsewhere = useAuthoringStore((s) => s.notHere);

  // "Edit the questions" on an article's page opens the work that published it.
  useEffect(() => {
    if (!hydrated) return;
    const articleId = new URLSearchParams(window.location.search).get('article');
    if (!articleId) return;
    openPublished(articleId);
    window.history.replaceState(null, '', window.location.pathname);
  }, [hydrated, openPublished]);

  if (!hydrated) {
    return (
      <p className="mt-8 text-ink-muted" role="status">
        Opening your saved work…
      </p>
    );
  }
  return (
    <>
      {notice && (
        <div
          role="status"
          className="mt-6 flex flex-wrap items-start justify-between gap-3 rounded-xl border border-partial bg-partial-soft p-4"
        >
          <p>{noticeView(notice)?.message}</p>
          <button type="button" onClick={dismiss} className={buttonClass('secondary')}>
            OK
          </button>
        </div>
      )}
      {elsewhere && (
        <p role="status" className="mt-6 rounded-xl border border-partial bg-partial-soft p-4">
          That article was published from another browser, so its drafts are there, not here. You can still assign it,
          share it and export it from its page, or open its links file here and edit it in that browser.
        </p>
      )}
      <WorkBar />
      {phase === 'paste' ? <PasteForm /> : <ReviewScreen />}
    </>
  );
}

/** Which article is on screen, a new one, and the others this browser is working on, each kept apart. */
function WorkBar() {
  const summaries = useAuthoringStore(useShallowWorks);
  const newArticle = useAuthoringStore((s) => s.newArticle);
  const openWork = useAuthoringStore((s) => s.openWork);
  const selectId = useId();
  const current = summaries[0]!;
  const others = summaries.slice(1);
  return (
    <div className="mt-6 flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-line bg-surface px-4 py-3">
      <p className="min-w-0">
        <span className="text-ink-muted">Working on </span>
        <strong className="break-words">{current.title}</strong>
        {current.published ? <span className="text-ink-muted"> · published</span> : null}
      </p>
      <div className="flex max-w-full min-w-0 flex-wrap items-center gap-2">
        {others.length > 0 ? (
          <>
            <label htmlFor={selectId} className="sr-only">
              Open another article
            </label>
            <select
              id={selectId}
              value=""
              onChange={(event) => event.target.value && openWork(event.target.value)}
              className="min-h-11 w-full min-w-0 rounded-xl border border-line-strong bg-bg px-3 sm:w-auto sm:max-w-xs"
            >
              <option value="">Your other articles ({others.length})…</option>
              {others.map((work) => (
                <option key={work.id} value={work.id}>
                  {work.title}
                  {work.published ? ' (published)' : ''}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="button" onClick={newArticle} className={buttonClass('secondary')}>
          New article
        </button>
      </div>
    </div>
  );
}

let lastWorks: { key: string; value: ReturnType<typeof workSummaries> } | null = null;
/** The switcher's list, the same array while it shows the same thing (so the bar re-renders only then). */
function useShallowWorks(state: Parameters<typeof workSummaries>[0]) {
  const value = workSummaries(state);
  const key = JSON.stringify(value);
  if (lastWorks?.key !== key) lastWorks = { key, value };
  return lastWorks.value;
}

/** Today in the browser's own time zone, as YYYY-MM-DD (the latest date an article can have). */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const fieldClass =
  'mt-1 block min-h-11 w-full min-w-0 max-w-full rounded-xl border border-line-strong bg-bg px-3';

const FIELD_IDS: Record<string, string> = {
  title: 'article-title',
  date: 'article-date',
  text: 'article-text',
  body: 'article-text',
};

function PasteForm() {
  const title = useAuthoringStore((s) => s.title);
  const date = useAuthoringStore((s) => s.date);
  const source = useAuthoringStore((s) => s.source);
  const text = useAuthoringStore((s) => s.text);
  const hasDrafts = useAuthoringStore((s) => s.items.length > 0);
  const published = useAuthoringStore((s) => s.published !== null);
  const newArticle = useAuthoringStore((s) => s.newArticle);
  const setField = useAuthoringStore((s) => s.setField);
  const startReview = useAuthoringStore((s) => s.startReview);
  const showReview = useAuthoringStore((s) => s.showReview);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const words = countWords(text);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // The limits are checked here first, in a person's words (the server checks them again).
    const problem = articleInputProblem({ title, date, text }, localToday());
    if (problem) {
      setError(problem);
      document.getElementById(FIELD_IDS[problem.field]!)?.focus();
      return;
    }
    if (
      hasDrafts &&
      !window.confirm(
        'Draft again from this text? The drafts, your decisions on them and the questions you wrote will be replaced; imported questions are kept.',
      )
    )
      return;
    setBusy(true);
    const drafted = await draftQuestions({ title, date, text });
    setBusy(false);
    if (!drafted.ok) {
      setError(
        drafted.offline
          ? { message: 'Could not reach the server. Your text is saved here; try again in a moment.' }
          : { ...drafted.error, message: personalMessage(drafted.error.field?.split('.')[0], drafted.error.message) },
      );
      const field = drafted.error.field?.split('.')[0];
      if (field && FIELD_IDS[field]) document.getElementById(FIELD_IDS[field])?.focus();
      return;
    }
    startReview(drafted.data);
    window.scrollTo({ top: 0 });
  };

  const errorFor = (field: string) => (error?.field === field ? error.message : '');

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-8 space-y-6 rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-8"
    >
      {published && (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-partial/40 bg-partial-soft px-4 py-3">
          <p className="min-w-0 flex-1 basis-72">
            <strong>This article is published.</strong> Changing its text and publishing again changes it for anyone
            studying it by its link; assignments already made keep their questions. To make a quiz from another article,
            start a new one.
          </p>
          <button type="button" onClick={newArticle} className={buttonClass('secondary')}>
            New article
          </button>
        </div>
      )}
      <div>
        <h2 className="text-2xl font-bold tracking-tight">{published ? 'The article’s text' : 'Paste the article'}</h2>
        <p className="mt-1 text-ink-muted">
          Text copied from a news page is fine: menus, share buttons and credits are left out. The app drafts questions
          on this machine; the text goes nowhere else.
        </p>
      </div>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-5 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <Field id="article-title" label="Headline" error={errorFor('title')}>
          <input
            id="article-title"
            value={title}
            onChange={(e) => setField('title', e.target.value)}
            maxLength={200}
            required
            aria-invalid={errorFor('title') ? true : undefined}
            className={fieldClass}
          />
        </Field>
        <Field id="article-date" label="Date published" error={errorFor('date')}>
          <input
            id="article-date"
            type="date"
            min={EARLIEST_ARTICLE_DATE}
            max={localToday()}
            value={date}
            onChange={(e) => setField('date', e.target.value)}
            required
            aria-invalid={errorFor('date') ? true : undefined}
            className={fieldClass}
          />
        </Field>
      </div>
      <Field
        id="article-source"
        label="Source address (optional)"
        hint="Kept with the article and in its exported files."
      >
        <input
          id="article-source"
          type="url"
          inputMode="url"
          value={source}
          onChange={(e) => setField('source', e.target.value)}
          maxLength={500}
          placeholder="https://"
          className={fieldClass}
        />
      </Field>
      <Field
        id="article-text"
        label="Article text"
        hint={`${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'}. At least ${MIN_ARTICLE_WORDS}; articles of 300 to 800 words work best.`}
        error={errorFor('text') || errorFor('body')}
      >
        <textarea
          id="article-text"
          value={text}
          onChange={(e) => setField('text', e.target.value)}
          rows={14}
          required
          aria-invalid={errorFor('text') ? true : undefined}
          className={`${fieldClass} py-2 leading-relaxed`}
        />
      </Field>
      <p className="text-sm font-medium text-bad empty:hidden" role="alert">
        {error && !FIELD_IDS[error.field ?? ''] ? error.message : ''}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={busy} className={buttonClass('primary', 'lg')}>
          {busy ? 'Drafting…' : hasDrafts ? 'Draft again from this text' : 'Draft questions'}
        </button>
        {hasDrafts && (
          <button type="button" onClick={showReview} className={buttonClass('secondary', 'lg')}>
            Back to the drafts
          </button>
        )}
      </div>
    </form>
  );
}
