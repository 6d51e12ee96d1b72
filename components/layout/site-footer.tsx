export function SiteFooter() {
  return (
    <footer data-site-footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-ink-muted sm:px-6">
        <p>Newsquiz — your progress stays in this browser. Questions are written from the article alone.</p>
      </div>
    </footer>
  );
}
