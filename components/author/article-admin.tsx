'use client';

import { useState } from 'react';
import { shareArticle } from '@/lib/api-client';
import { buttonClass } from '@/components/ui/button-styles';

/**
 * The teacher's controls for a published article: open it for self-study (with the plain warning
 * that this shows the answers to whoever has the link) and export it as content files.
 */
export function ShareControl({
  articleId,
  teacherKey,
  initiallyShared,
  shareUrl,
  qrSvg,
}: {
  articleId: string;
  teacherKey: string;
  initiallyShared: boolean;
  shareUrl: string;
  qrSvg: string;
}) {
  const [shared, setShared] = useState(initiallyShared);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [copied, setCopied] = useState(false);

  const toggle = async () => {
    setBusy(true);
    setError('');
    const changed = await shareArticle(articleId, teacherKey, !shared);
    setBusy(false);
    if (changed.ok) setShared(changed.data.shared);
    else
      setError(
        changed.offline ? 'Could not reach the server; nothing changed. Try again in a moment.' : changed.error.message,
      );
  };

  return (
    <section
      aria-labelledby="share-heading"
      className="space-y-3 rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
    >
      <h2 id="share-heading" className="text-xl font-bold">
        Self-study
      </h2>
      <p>
        {shared ? (
          <>
            <span className="font-semibold text-good">Open for self-study.</span> Anyone with the link can study these
            questions as a quiz or as flashcards, <strong>and so can see every answer</strong>. Close it before using
            the same questions for a graded test.
          </>
        ) : (
          <>
            <span className="font-semibold">Private.</span> Only you (with this page’s link) see the questions and
            answers. Opening it for self-study gives students a link to study it as a quiz or flashcards, offline after
            one visit,
            <strong> and shows them every answer</strong>.
          </>
        )}
      </p>
      <button type="button" onClick={toggle} disabled={busy} className={buttonClass(shared ? 'secondary' : 'primary')}>
        {busy ? 'Saving…' : shared ? 'Close self-study' : 'Open for self-study'}
      </button>
      <p className="text-sm font-medium text-bad empty:hidden" role="alert">
        {error}
      </p>
      {shared && (
        <div className="flex flex-wrap items-start gap-5 pt-2">
          <div
            className="size-40 shrink-0 rounded-xl border border-line bg-white p-1 [&_svg]:size-full"
            role="img"
            aria-label="QR code of the self-study link"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <div className="min-w-0 flex-1 space-y-2">
            <label htmlFor="share-link" className="font-semibold">
              Self-study link
            </label>
            <input
              id="share-link"
              readOnly
              value={shareUrl}
              onFocus={(e) => e.target.select()}
              className="block min-h-11 w-full rounded-xl border border-line-strong bg-bg px-3 font-mono text-sm"
            />
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(shareUrl).then(
                  () => setCopied(true),
                  () => setCopied(false),
                );
              }}
              className={buttonClass('secondary')}
            >
              {copied ? 'Copied' : 'Copy link'}
            </button>
            <p className="sr-only" role="status">
              {copied ? 'Link copied' : ''}
            </p>
          </div>
        </div>
      )}
    </section>
  );
}

/** A file the teacher can download: what it is called, what it holds (in a teacher's words), its text. */
export type DownloadFile = {
  name: string;
  label: string;
  /** The file's text, or (base64) its bytes. */
  text: string;
  base64?: boolean;
  type: string;
  group: 'copy' | 'lms';
};

export function ExportFiles({ files }: { files: DownloadFile[] }) {
  const download = (file: DownloadFile) => {
    const body = file.base64 ? Uint8Array.from(atob(file.text), (c) => c.charCodeAt(0)) : file.text;
    const url = URL.createObjectURL(new Blob([body], { type: file.type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.click();
    URL.revokeObjectURL(url);
  };
  const list = (group: DownloadFile['group']) => (
    <ul className="space-y-2">
      {files
        .filter((file) => file.group === group)
        .map((file) => (
          <li key={file.name} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-3">
            <span className="min-w-0">
              <span className="block font-semibold">{file.label}</span>
              <span className="block text-sm break-all text-ink-muted">{file.name}</span>
            </span>
            <button type="button" onClick={() => download(file)} className={buttonClass('secondary')}>
              Download <span className="sr-only">{file.label}</span>
            </button>
          </li>
        ))}
    </ul>
  );
  return (
    <section
      aria-labelledby="export-heading"
      className="space-y-3 rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
    >
      <h2 id="export-heading" className="text-xl font-bold">
        Download a copy
      </h2>
      <p className="text-ink-muted">
        The article and its questions as plain text files: keep them as a backup, or give them to whoever runs this site
        to add the quiz for everyone.
      </p>
      {list('copy')}
      <h3 className="pt-2 font-semibold">For Moodle or another LMS</h3>
      <p className="text-ink-muted">
        Import into the question bank, with each explanation and the article’s words as feedback. GIFT holds multiple
        choice, true/false and typed answers; Moodle XML holds every question, ordering too; a QTI 2.1 package goes into
        Canvas, Blackboard, Brightspace and most other LMSs.
      </p>
      {list('lms')}
    </section>
  );
}
