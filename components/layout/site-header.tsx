import { AppStatus } from './app-status';

export function SiteHeader() {
  return (
    <header
      data-site-header
      className="sticky top-0 z-30 border-b border-line bg-bg/90 backdrop-blur supports-[backdrop-filter]:bg-bg/75"
    >
      <div className="mx-auto flex min-h-14 max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-1 sm:px-6">
        <a
          href="/"
          className="flex min-h-11 items-center gap-2 rounded-md text-lg font-bold tracking-tight text-ink no-underline"
        >
          <span
            aria-hidden="true"
            className="grid size-7 place-items-center rounded-lg bg-accent text-sm font-black text-on-accent"
          >
            N
          </span>
          Newsquiz
        </a>
        <div className="flex min-w-0 flex-wrap items-center justify-end gap-x-4 gap-y-1">
          <a
            href="/join"
            className="inline-flex min-h-11 min-w-11 items-center justify-center text-sm font-semibold text-ink no-underline hover:text-accent"
          >
            Join
          </a>
          <a
            href="/teach"
            className="inline-flex min-h-11 min-w-11 items-center justify-center text-sm font-semibold text-ink no-underline hover:text-accent"
          >
            Teach
          </a>
          <a
            href="/progress"
            className="inline-flex min-h-11 min-w-11 items-center justify-center text-sm font-semibold text-ink no-underline hover:text-accent"
          >
            Progress
          </a>
          <AppStatus />
        </div>
      </div>
    </header>
  );
}
