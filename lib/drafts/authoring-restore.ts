import { z } from 'zod';
import { SET_CATEGORIES } from '@/lib/content/schema';
import {
  emptyAuthoring,
  REJECT_REASONS,
  type Authoring,
  type AuthoringItem,
  type AuthoringWorks,
  type RejectReason,
} from './authoring';
import { DRAFT_KINDS } from './types';

/**
 * Reads back the authoring screen's saved work (loaded on demand by the store, so the schema
 * library is fetched only when something was saved). What fails its schema is counted and left
 * out; the store has already copied the saved value aside (stores/safe-storage.ts).
 */

const draftShape = z.looseObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  type: z.enum(['single', 'multiple', 'truefalse', 'typed', 'ordering']),
  prompt: z.string(),
  options: z.array(z.string()).optional(),
  answer: z.union([z.string(), z.array(z.string()), z.boolean()]),
  accept: z.array(z.string()).optional(),
  explanation: z.string(),
  evidence: z.union([z.string(), z.array(z.string())]).optional(),
  rank: z.number(),
  kind: z.enum([...DRAFT_KINDS, 'own', 'imported']),
  category: z.enum(SET_CATEGORIES),
  // 0: an imported question kept without evidence.
  sentence: z.number().int().min(0),
  grounding: z
    .strictObject({
      state: z.enum(['suggested', 'confirmed', 'none']),
      confidence: z.enum(['high', 'medium', 'low']),
      score: z.number(),
      candidates: z.array(z.number().int().min(1)),
    })
    .optional(),
  highlight: z.string(),
  alternatives: z.array(z.string()),
  notes: z.array(z.string()),
});
// Only an imported question may have none: one kept without evidence, or one no sentence matched yet.
const draftSchema = draftShape.refine(
  (draft) => draft.evidence !== undefined || (draft.kind === 'imported' && draft.grounding?.state !== 'confirmed'),
  'a draft without evidence must be an imported question not yet grounded',
);

const itemSchema = z.strictObject({
  draft: draftSchema,
  status: z.enum(['pending', 'accepted', 'rejected']),
  reason: z.enum(Object.keys(REJECT_REASONS) as [RejectReason, ...RejectReason[]]).optional(),
  edited: z.boolean(),
  setKey: z.string().min(1).max(40),
  more: z.boolean().optional(),
});

const setEntrySchema = z.strictObject({
  key: z.string().min(1).max(40),
  title: z.string().max(80),
  category: z.enum(SET_CATEGORIES),
});

const authoringSchema = z.strictObject({
  phase: z.enum(['paste', 'review']),
  title: z.string().max(200),
  date: z.string().max(10),
  source: z.string().max(500),
  text: z.string().max(40_000),
  sentences: z.array(z.string()),
  paragraphs: z.array(z.string()),
  items: z.array(z.unknown()),
  /** Saved before one quiz was the default: a work already published keeps its sets. */
  grouping: z.enum(['one', 'sets']).optional(),
  sets: z.array(setEntrySchema),
  published: z.strictObject({ id: z.string(), key: z.string(), at: z.string() }).nullable(),
});

/** A saved value read back: the valid items kept, the broken ones counted. */
export function restoreAuthoring(value: unknown, today: string): { state: Authoring; dropped: number } {
  const parsed = authoringSchema.safeParse(value);
  if (!parsed.success) return { state: emptyAuthoring(today), dropped: 1 };
  const items: AuthoringItem[] = [];
  let dropped = 0;
  for (const raw of parsed.data.items) {
    const item = itemSchema.safeParse(raw);
    if (item.success) items.push(item.data as AuthoringItem);
    else dropped += 1;
  }
  const grouping = parsed.data.grouping ?? (parsed.data.published ? 'sets' : 'one');
  return { state: { ...parsed.data, items, grouping }, dropped };
}

const worksSchema = z.looseObject({
  workId: z.string().min(1).max(80),
  others: z.record(z.string().min(1).max(80), z.unknown()),
});

/**
 * Every saved article: the one on screen and the others. An article that fails its schema is
 * counted and left out (the store has copied the saved value aside), never the whole lot.
 */
export function restoreAuthoringWorks(value: unknown, today: string): { state: AuthoringWorks; dropped: number } {
  const works = worksSchema.safeParse(value);
  const { workId, others, ...current } = works.success ? works.data : { workId: 'work-1', others: {} };
  const restored = restoreAuthoring(works.success ? current : value, today);
  let dropped = restored.dropped;
  const kept: Record<string, Authoring> = {};
  for (const [id, other] of Object.entries(others ?? {})) {
    const work = restoreAuthoring(other, today);
    // A work whose own fields are unreadable comes back empty: counted, not kept.
    if (work.dropped > 0 && authoringSchema.safeParse(other).success === false) dropped += 1;
    else {
      kept[id] = work.state;
      dropped += work.dropped;
    }
  }
  return { state: { ...restored.state, workId: String(workId), others: kept }, dropped };
}
