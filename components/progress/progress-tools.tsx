'use client';

import { useId, useState, type ChangeEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { plural } from '@/lib/format';
import type { SetHistory } from '@/lib/quiz/records';
import { effectiveReviews } from '@/lib/srs/log';
import { MAX_NEW_PER_DAY, MAX_RETENTION, MIN_RETENTION } from '@/lib/srs/limits';
import { loadScheduler } from '@/stores/cards-store';
import { useCardsStore, useCardsStoreApi } from '@/stores/cards-store-provider';
import { download } from './download';

/** The flashcard settings, and moving all progress between devices as a backup file. */
export function ProgressTools({ onHistoryChange }: { onHistoryChange: (history: Record<string, SetHistory>) => void }) {
  const api = useCardsStoreApi();
  const log = useCardsStore((s) => s.log);
  const settings = useCardsStore((s) => s.settings);
  const setSettings = useCardsStore((s) => s.setSettings);
  const replaceCards = useCardsStore((s) => s.replace);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();

  /** The quiz store, loaded and read on demand (it writes imported progress through safe storage). */
  const openStudyStore = async () => {
    const { createStudyStore } = await import('@/stores/study-store');
    const study = createStudyStore();
    await study.persist.rehydrate();
    return study;
  };

  // Backups and Anki files are made on demand: their code loads when a button is pressed.
  const exportAll = async () => {
    const { backupFileName, makeBackup } = await import('@/lib/srs/backup');
    const study = (await openStudyStore()).getState();
    const backup = makeBackup(
      { study: { sessions: study.sessions, history: study.history }, cards: { log, settings } },
      api.clock.now(),
    );
    download(backupFileName(api.clock.now()), JSON.stringify(backup, null, 2), 'application/json');
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const [{ parseBackup, MAX_BACKUP_BYTES }, { mergeProgress }] = await Promise.all([
      import('@/lib/srs/backup-parse'),
      import('@/lib/srs/backup'),
      // Loaded before the reviews arrive, so the page can show their schedule at once (no reload of the view).
      loadScheduler(),
    ]);
    if (file.size > MAX_BACKUP_BYTES) {
      setImportMessage({
        ok: false,
        text: 'This file is too large to be a Newsquiz backup (over 20 MB). Nothing was changed.',
      });
      return;
    }
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setImportMessage({ ok: false, text: parsed.message });
      return;
    }
    const study = await openStudyStore();
    if (study.storageIsReadOnly()) {
      setImportMessage({
        ok: false,
        text: 'Your saved quiz progress cannot be written here right now (it was made by a newer version of the app, or storage is full). Nothing was changed.',
      });
      return;
    }
    const before = effectiveReviews(log).length;
    const { sessions, history: quizHistory } = study.getState();
    const merged = mergeProgress(
      { study: { sessions, history: quizHistory }, cards: { log, settings } },
      parsed.backup,
    );
    study.getState().replaceProgress(merged.study);
    replaceCards(merged.cards);
    onHistoryChange(merged.study.history);
    const added = effectiveReviews(merged.cards.log).length - before;
    setImportMessage({
      ok: true,
      text: `Imported the backup of ${new Date(parsed.backup.exportedAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}: ${plural(added, 'review')} added, quiz history merged.`,
    });
  };

  return (
    <>
      <section
        aria-labelledby={`${id}-settings`}
        className="rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
      >
        <h2 id={`${id}-settings`} className="text-xl font-bold tracking-tight">
          Flashcard settings
        </h2>
        <div className="mt-4 grid gap-6 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-retention`} className="font-semibold">
              Desired retention: <output htmlFor={`${id}-retention`}>{Math.round(settings.retention * 100)}%</output>
            </label>
            <input
              id={`${id}-retention`}
              type="range"
              min={Math.round(MIN_RETENTION * 100)}
              max={Math.round(MAX_RETENTION * 100)}
              step={1}
              value={Math.round(settings.retention * 100)}
              onChange={(event) => setSettings({ retention: Number(event.target.value) / 100 })}
              aria-describedby={`${id}-retention-hint`}
              className="mt-3 block h-11 w-full accent-[var(--accent)]"
            />
            <p id={`${id}-retention-hint`} className="text-sm text-ink-muted">
              How likely you want to be to remember a card when it comes back (80–97 %). Higher means more reviews.
            </p>
          </div>
          <div>
            <label htmlFor={`${id}-new`} className="font-semibold">
              New cards per day
            </label>
            <input
              id={`${id}-new`}
              type="number"
              min={0}
              max={MAX_NEW_PER_DAY}
              inputMode="numeric"
              value={settings.newPerDay}
              onChange={(event) => {
                const value = Number(event.target.value);
                if (Number.isFinite(value)) setSettings({ newPerDay: value });
              }}
              aria-describedby={`${id}-new-hint`}
              className="mt-2 block min-h-11 w-32 rounded-xl border-2 border-line-strong bg-surface px-3 text-lg"
            />
            <p id={`${id}-new-hint`} className="mt-1 text-sm text-ink-muted">
              How many cards you have not seen yet may start each day (the day starts at your local midnight).
            </p>
          </div>
        </div>
      </section>

      <section
        aria-labelledby={`${id}-backup`}
        className="rounded-2xl border border-line bg-surface p-5 shadow-card sm:p-6"
      >
        <h2 id={`${id}-backup`} className="text-xl font-bold tracking-tight">
          Back up or move to another device
        </h2>
        <p className="mt-1 text-ink-muted">
          Your progress lives in this browser. Save it as a file, and import it on another device: reviews are merged,
          so importing twice changes nothing.
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="button" onClick={() => void exportAll()} className={buttonClass('primary', 'lg')}>
            Export all progress
          </button>
          <label
            className={buttonClass(
              'secondary',
              'lg',
              'cursor-pointer has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus',
            )}
          >
            Import a backup
            <input type="file" accept="application/json,.json" onChange={importFile} className="sr-only" />
          </label>
        </div>
        {/* Both regions are always present, so the message is announced when it arrives. */}
        <div role="status" className="mt-3 empty:hidden">
          {importMessage?.ok ? (
            <p className="rounded-xl border border-good bg-good-soft px-4 py-3 text-sm text-ink">
              {importMessage.text}
            </p>
          ) : null}
        </div>
        <div role="alert" className="mt-3 empty:hidden">
          {importMessage && !importMessage.ok ? (
            <p className="rounded-xl border border-bad bg-bad-soft px-4 py-3 text-sm text-ink">{importMessage.text}</p>
          ) : null}
        </div>
      </section>
    </>
  );
}
