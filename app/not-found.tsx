import { buttonClass } from '@/components/ui/button-styles';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:py-24">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">We can’t find that page</h1>
      <p className="mt-4 text-lg text-ink-muted text-pretty">
        The set or article you asked for doesn’t exist, or its link has changed. Your progress is safe.
      </p>
      <div className="mt-8 flex justify-center">
        <a href="/" className={buttonClass('primary', 'lg')}>
          See all question sets
        </a>
      </div>
    </div>
  );
}
