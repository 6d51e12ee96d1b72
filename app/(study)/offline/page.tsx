import type { Metadata } from 'next';
import { buttonClass } from '@/components/ui/button-styles';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Offline' };

/** What the service worker shows for a page it has not saved, when there is no connection. */
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:py-24">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Offline</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">
        This page isn’t saved on this device
      </h1>
      <p className="mt-4 text-lg text-ink-muted text-pretty">
        You’re offline. Every set, quiz, deck and the article are saved here, and your progress is kept on this device.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <a href={routes.home()} className={buttonClass('primary', 'lg')}>
          See all question sets
        </a>
        <a href={routes.allCards()} className={buttonClass('secondary', 'lg')}>
          Study due cards
        </a>
      </div>
    </div>
  );
}
