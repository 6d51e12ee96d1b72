'use client';

import { useId, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import type { TeacherAttempt } from '@/lib/assign/dto';
import { studentAnswers } from '@/lib/api-client';
import { CorrectionsList } from './corrections-list';

/**
 * A student's name on the dashboard, and what opens when the teacher clicks it: that student's
 * answers with the corrections, as Forms and Moodle show them (before, only the CSV had them).
 */
export function StudentAnswers({
  assignmentId,
  teacherKey,
  attemptId,
  name,
}: {
  assignmentId: string;
  teacherKey: string;
  attemptId: string;
  name: string;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [entry, setEntry] = useState<TeacherAttempt | null>(null);
  const [error, setError] = useState('');

  const open = async () => {
    setEntry(null);
    setError('');
    dialogRef.current?.showModal();
    const loaded = await studentAnswers(assignmentId, teacherKey, attemptId);
    if (loaded.ok) setEntry(loaded.data);
    else setError(loaded.error.message);
  };

  const percent = entry?.score == null ? null : Math.round((entry.score / Math.max(1, entry.maxScore)) * 100);
  return (
    <>
      <button
        type="button"
        onClick={() => void open()}
        aria-label={`${name}: see their answers`}
        className="inline-flex min-h-11 items-center text-left font-semibold text-accent underline-offset-4 hover:underline"
      >
        {name}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={headingId}
        className="m-auto max-h-[calc(100dvh-2rem)] w-[min(48rem,calc(100vw-2rem))] rounded-2xl border border-line bg-bg p-5 text-left font-normal text-ink shadow-card backdrop:bg-black/50 sm:p-6"
      >
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id={headingId} className="text-2xl font-bold tracking-tight break-words">
              {name}’s answers
            </h2>
            {entry && percent !== null ? (
              <p className="mt-1 text-ink-muted">
                {percent}% · {Math.round(entry.score! * 100) / 100} of {entry.maxScore}
                {entry.number > 1 ? ` · attempt ${entry.number}` : ''}
              </p>
            ) : null}
          </div>
          <button type="button" onClick={() => dialogRef.current?.close()} className={buttonClass('secondary')}>
            Close
          </button>
        </div>
        <div className="mt-5">
          {error ? (
            <p role="alert" className="font-medium text-bad">
              {error}
            </p>
          ) : !entry ? (
            <p role="status" className="text-ink-muted">
              Loading the answers…
            </p>
          ) : entry.corrections === null ? (
            <p>Still answering: their answers show here once they submit (or their time runs out).</p>
          ) : (
            <CorrectionsList corrections={entry.corrections} answerLabel="Their answer" />
          )}
        </div>
      </dialog>
    </>
  );
}
