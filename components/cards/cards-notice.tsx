'use client';

import { SavedDataNotice } from '@/components/ui/saved-data-notice';
import { useCardsStore } from '@/stores/cards-store-provider';

/** Says, once, what happened to saved flashcard progress that could not be used or saved as usual. */
export function CardsNotice() {
  const notice = useCardsStore((s) => s.notice);
  const dismiss = useCardsStore((s) => s.dismissNotice);
  return <SavedDataNotice notice={notice} onDismiss={dismiss} />;
}
