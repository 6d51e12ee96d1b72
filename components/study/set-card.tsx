import type { ReactNode } from 'react';
import type { QuestionSet } from '@/lib/content/types';
import { plural } from '@/lib/format';
import { routes } from '@/lib/routes';
import { SetProgress } from './set-progress';

/**
 * One question set on the home page. The whole card links to the set; "Continue" (and the footer,
 * the set's due cards) sit above that link.
 */
export function SetCard({ set, footer }: { set: QuestionSet; footer?: ReactNode }) {
  return (
    <li className="group relative flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5 shadow-card transition-colors has-[a:hover]:border-line-strong">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 className="text-xl font-bold tracking-tight">
          <a
            href={routes.set(set.id)}
            className="rounded-sm text-ink no-underline after:absolute after:inset-0 after:rounded-2xl after:content-[''] hover:text-accent focus-visible:outline-none focus-visible:after:outline-3 focus-visible:after:outline-offset-2 focus-visible:after:outline-focus"
          >
            {set.title}
          </a>
        </h3>
        <span className="shrink-0 text-sm text-ink-muted">{plural(set.questions.length, 'question')}</span>
      </div>
      <p className="flex-1 text-ink-muted text-pretty">{set.description}</p>
      <SetProgress setId={set.id} setTitle={set.title} setSize={set.questions.length} />
      {footer ? <div className="-mt-2 border-t border-line pt-1">{footer}</div> : null}
    </li>
  );
}
