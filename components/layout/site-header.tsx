export function SiteHeader() {
  return (
    <header
      data-site-header
      className="sticky top-0 z-30 border-b border-line bg-bg/90 backdrop-blur supports-[backdrop-filter]:bg-bg/75"
    >
      <div className="mx-auto flex h-14 max-w-5xl items-center justify-between gap-4 px-4 sm:px-6">
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
        <p className="hidden text-sm text-ink-muted sm:block">Every answer traced to the article</p>
      </div>
    </header>
  );
}
