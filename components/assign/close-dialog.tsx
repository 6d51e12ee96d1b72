'use client';

import { useEffect, useRef } from 'react';
import { buttonClass } from '@/components/ui/button-styles';

type Props = {
  /** Students still answering now. */
  running: number;
  /** Offer "let them finish" (not when they already are). */
  allowFinish: boolean;
  onChoose: (running: 'submit' | 'finish') => void;
  onCancel: () => void;
};

/**
 * Before closing: how many students are still answering, and what happens to them. Letting them
 * finish can be undone (Reopen); submitting their answers now cannot, and says so.
 */
export function CloseDialog({ running, allowFinish, onChoose, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  const students = running === 1 ? '1 student is' : `${running} students are`;
  return (
    <dialog
      ref={ref}
      onClose={onCancel}
      aria-labelledby="close-dialog-title"
      aria-describedby="close-dialog-summary"
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-2xl border border-line bg-surface p-6 text-ink shadow-card backdrop:bg-black/50"
    >
      <h2 id="close-dialog-title" className="text-xl font-bold tracking-tight">
        Close the assignment?
      </h2>
      {running > 0 ? (
        <>
          <p id="close-dialog-summary" className="mt-2">
            <strong>{students} still answering.</strong>{' '}
            {allowFinish ? 'New students will not be able to start either way.' : ''}
          </p>
          <div className="mt-5 space-y-3">
            {allowFinish ? (
              <>
                <button
                  type="button"
                  autoFocus
                  className={buttonClass('primary', 'md', 'w-full justify-start text-left')}
                  onClick={() => onChoose('finish')}
                >
                  Let them finish
                </button>
                <p className="text-sm text-ink-muted">
                  They keep the time they have and submit as usual. You can still close for everyone later, or reopen.
                </p>
              </>
            ) : null}
            <button
              type="button"
              autoFocus={!allowFinish}
              className={buttonClass(allowFinish ? 'secondary' : 'primary', 'md', 'w-full justify-start text-left')}
              onClick={() => onChoose('submit')}
            >
              Close now and submit their answers
            </button>
            <p className="text-sm text-ink-muted">
              What they have saved is graded as it stands. This cannot be undone: reopening lets them start a new
              attempt only if the assignment allows more than one.
            </p>
          </div>
        </>
      ) : (
        <>
          <p id="close-dialog-summary" className="mt-2">
            No one is answering right now. New students will not be able to start; you can reopen at any time.
          </p>
          <div className="mt-5">
            <button type="button" autoFocus className={buttonClass('primary')} onClick={() => onChoose('submit')}>
              Close
            </button>
          </div>
        </>
      )}
      <div className="mt-5 border-t border-line pt-4">
        <button type="button" className={buttonClass('ghost')} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
