import type { PreviewSet, PublishPreview } from './publish';
import type { Grouping } from './authoring';

/**
 * A student's view of the article on the authoring screen before it is published: the server checks,
 * cites and draws its accepted questions exactly as publishing would (POST /api/drafts/preview), and
 * this picks the quiz to try: the one quiz, or (grouped into sets) the set with this key, or all of
 * them together, as the article's "All questions" set gives them.
 */
export function previewSet(preview: PublishPreview, grouping: Grouping, setKey: string | null): PreviewSet | null {
  const wanted = grouping === 'sets' && setKey ? preview.sets.find((set) => set.key === setKey) : undefined;
  return wanted ?? preview.sets.find((set) => set.whole) ?? null;
}
