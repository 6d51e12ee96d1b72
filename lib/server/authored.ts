import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { checkContent, combinedSetId } from '@/lib/content/check';
import type { Article, Catalog, QuestionSet } from '@/lib/content/types';
import { articleFile, setFile, type AuthoredSet } from '@/lib/drafts/content';
import type { PublishInput, PublishPreview } from '@/lib/drafts/publish';
import { toSlug } from '@/lib/drafts/ids';
import { AssignmentError, type ClaimOutcome, type Clock } from './assignments';
import type { Db } from './db/client';
import { assignments, authoredArticles } from './db/schema';
import { hashSecret, newSecret, secretMatches } from './secrets';

/**
 * A teacher's own articles: published from the authoring screen as content files, checked by the
 * content check, private to the key holder until the teacher opens them for self-study.
 */

export const AUTHORED_NOT_FOUND = 'No article here, or the teacher link is not complete.';

export type OwnedArticle = { id: string; title: string; shared: boolean; updatedAt: Date };

export type ContentProblemDto = { item?: string; field?: string; message: string };

/** A publish the content check refused: every problem, naming the question and field. */
export class PublishRefused extends AssignmentError {
  constructor(readonly problems: ContentProblemDto[]) {
    const first = problems[0]!;
    super(
      422,
      `${first.item ? `${first.item} › ` : ''}${first.field ? `${first.field}: ` : ''}${first.message}`,
      first.item ? 'sets' : undefined,
    );
  }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** 10 letters and digits, at least one a digit (AUTHORED_ID_MARK tells such ids from content's). */
function randomToken(length = 10): string {
  const bytes = randomBytes(length);
  const token = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return /[0-9]/.test(token) ? token : `${token.slice(0, -1)}${bytes[0]! % 10}`;
}

function slugOf(text: string, max: number): string {
  return toSlug(text, max, 'article');
}

type Row = typeof authoredArticles.$inferSelect;

export type AuthoredView = {
  id: string;
  title: string;
  shared: boolean;
  /** Assignments made from its sets (each keeps the questions it was made with). */
  assignments: number;
  catalog: Catalog;
  files: { path: string; text: string }[];
  updatedAt: string;
};

/** Parsed articles by id, the most recently used last; at most CACHE_SIZE are kept. */
const catalogCache = new Map<string, { updatedAt: number; catalog: Catalog }>();
const CACHE_SIZE = 200;

/** The stored files, read by the content check (cached until the row changes). */
export function catalogOf(row: Pick<Row, 'id' | 'articleFile' | 'setFiles' | 'updatedAt'>): Catalog {
  const cached = catalogCache.get(row.id);
  if (cached && cached.updatedAt === row.updatedAt.getTime()) {
    catalogCache.delete(row.id);
    catalogCache.set(row.id, cached);
    return cached.catalog;
  }
  const { catalog, problems } = checkContent({
    articles: [{ path: `content/articles/${row.id}.md`, text: row.articleFile }],
    sets: row.setFiles,
    evidenceOptional: true,
  });
  // Stored files passed the check when published; a failure here means the check itself changed.
  if (!catalog) throw new Error(`Stored article ${row.id} no longer passes the content check: ${problems[0]?.message}`);
  catalogCache.delete(row.id);
  catalogCache.set(row.id, { updatedAt: row.updatedAt.getTime(), catalog });
  if (catalogCache.size > CACHE_SIZE) catalogCache.delete(catalogCache.keys().next().value!);
  return catalog;
}

/** Builds the content files of a publish, with stable ids, and checks them. */
export function buildFiles(
  id: string,
  input: PublishInput,
): {
  files: { path: string; text: string }[];
  article: { path: string; text: string };
  catalog: Catalog;
  /** Each input set's id, in the input's order. */
  setIds: string[];
} {
  const token = id.slice(-10);
  const usedSetIds = new Set<string>([combinedSetId(id)]);
  const sets: AuthoredSet[] = input.sets.map((set) => {
    // The authoring screen's set key keeps the id (share links, progress) when a set is renamed.
    const base = slugOf(set.key ?? set.title, 30);
    let setId = `${id}-${base}`;
    for (let n = 2; usedSetIds.has(setId); n += 1) setId = `${id}-${base}-${n}`;
    usedSetIds.add(setId);
    const questions = set.questions.map((question) => {
      if (typeof question !== 'object' || question === null || !('id' in question) || typeof question.id !== 'string')
        return question;
      // Question ids are unique across every article: the article's random part goes in front.
      const own = question.id.startsWith(`${token}-`) ? question.id : `${token}-${question.id}`;
      return { ...question, id: own };
    });
    return {
      id: setId,
      title: set.title,
      category: set.category,
      description: set.description || `${set.title}: questions about “${input.title}”.`,
      questions: questions as AuthoredSet['questions'],
    };
  });
  const article = articleFile({
    id,
    title: input.title,
    date: input.date,
    ...(input.source ? { source: input.source } : {}),
    paragraphs: input.paragraphs,
  });
  const files = sets.map((set) => setFile(id, set));
  const { problems, catalog } = checkContent({ articles: [article], sets: files, evidenceOptional: true });
  if (problems.length > 0 || !catalog) {
    throw new PublishRefused(
      problems.map((problem) => ({
        ...(problem.item
          ? { item: problem.item.startsWith(`${token}-`) ? problem.item.slice(token.length + 1) : problem.item }
          : {}),
        ...(problem.field ? { field: problem.field } : {}),
        message: problem.message,
      })),
    );
  }
  return { files, article, catalog, setIds: sets.map((set) => set.id) };
}

/** The id a preview's article is checked under (never stored: the token is not random). */
const PREVIEW_ID = 'preview-p000000000';

/**
 * What students would get if this were published: the same files, check and draws as publishing,
 * with nothing stored. Each of the teacher's sets by its authoring key, and the set of every
 * question (the one quiz, or "All questions").
 */
export function previewPublish(input: PublishInput): PublishPreview {
  const { catalog, setIds } = buildFiles(PREVIEW_ID, input);
  const keyOf = new Map(setIds.map((id, i) => [id, input.sets[i]?.key ?? null]));
  return {
    title: input.title,
    sets: catalog.sets.map((set) => ({
      key: keyOf.get(set.id) ?? null,
      title: set.title,
      whole: Boolean(set.whole),
      questions: set.questions,
      rules: set.rules,
    })),
  };
}

export function authoredService(db: Db, now: Clock = () => new Date()) {
  async function row(id: string): Promise<Row | undefined> {
    const [found] = await db.select().from(authoredArticles).where(eq(authoredArticles.id, id)).limit(1);
    return found;
  }

  /** The article if the key is its key, or the signed-in teacher (`viewerId`) published it; else 404. */
  async function owned(id: string, key: string | null, field?: string, viewerId: string | null = null): Promise<Row> {
    const found = await row(id);
    const byKey = found ? secretMatches(key, found.ownerKeyHash) : secretMatches(key, '0'.repeat(64));
    if (!found || (!byKey && (viewerId === null || found.ownerId !== viewerId)))
      throw new AssignmentError(404, AUTHORED_NOT_FOUND, field);
    return found;
  }

  /** How many assignments were made from the article's sets (their snapshots name each question's set). */
  async function assignmentsOf(id: string): Promise<number> {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(assignments)
      .where(
        sql`exists (select 1 from jsonb_array_elements(${assignments.questions}) q where q->>'setId' = ${id} or starts_with(q->>'setId', ${`${id}-`}))`,
      );
    return row?.count ?? 0;
  }

  async function view(found: Row): Promise<AuthoredView> {
    return {
      id: found.id,
      title: found.title,
      shared: found.shared,
      assignments: await assignmentsOf(found.id),
      catalog: catalogOf(found),
      files: [{ path: `content/articles/${found.id}.md`, text: found.articleFile }, ...found.setFiles],
      updatedAt: found.updatedAt.toISOString(),
    };
  }

  return {
    /**
     * The article as it reads now, for one that the caller has already been let in to by another
     * key (an assignment made from it, whose teacher prints it): never on its own.
     */
    async articleForAssignment(id: string): Promise<Article | null> {
      const found = await row(id);
      return found ? (catalogOf(found).articles[0] ?? null) : null;
    },

    /** Stores a new article and its sets; the answer holds the only copy of the key. */
    async publish(input: PublishInput, ownerId: string | null = null): Promise<{ id: string; key: string }> {
      const id = `${slugOf(input.title, 40)}-${randomToken()}`;
      const { files, article } = buildFiles(id, input);
      const key = newSecret();
      const at = now();
      await db.insert(authoredArticles).values({
        id,
        ownerKeyHash: hashSecret(key),
        title: input.title,
        articleFile: article.text,
        setFiles: files,
        shared: false,
        ownerId,
        createdAt: at,
        updatedAt: at,
      });
      return { id, key };
    },

    /** Replaces the article's text and sets (same ids for the same questions). */
    async republish(
      id: string,
      key: string | null,
      input: PublishInput,
      viewerId: string | null = null,
    ): Promise<AuthoredView> {
      await owned(id, key, undefined, viewerId);
      const { files, article } = buildFiles(id, input);
      const [updated] = await db
        .update(authoredArticles)
        .set({ title: input.title, articleFile: article.text, setFiles: files, updatedAt: now() })
        .where(eq(authoredArticles.id, id))
        .returning();
      return view(updated!);
    },

    async get(id: string, key: string | null, viewerId: string | null = null): Promise<AuthoredView> {
      return view(await owned(id, key, undefined, viewerId));
    },

    async setShared(
      id: string,
      key: string | null,
      shared: boolean,
      viewerId: string | null = null,
    ): Promise<AuthoredView> {
      await owned(id, key, undefined, viewerId);
      const [updated] = await db
        .update(authoredArticles)
        .set({ shared, updatedAt: now() })
        .where(eq(authoredArticles.id, id))
        .returning();
      return view(updated!);
    },

    /** Self-study: the article and sets, only while the teacher has it open for self-study. */
    async shared(id: string): Promise<Catalog | null> {
      const found = await row(id);
      return found?.shared ? catalogOf(found) : null;
    },

    /** The sets a teacher may assign from this article (with its key). */
    async setsToAssign(
      id: string,
      key: string | null,
      field?: string,
      viewerId: string | null = null,
    ): Promise<QuestionSet[]> {
      return catalogOf(await owned(id, key, field, viewerId)).sets.filter((set) => !set.parts);
    },

    /** A signed-in teacher's articles, the most recently changed first, on any device. */
    /** Moves an article published with a key link into a signed-in teacher's account (see assignments' `claim`). */
    async claim(id: string, key: string, ownerId: string): Promise<ClaimOutcome> {
      const found = await row(id);
      if (!found || !secretMatches(key, found.ownerKeyHash)) return 'not-found';
      if (found.ownerId === ownerId) return 'already-yours';
      if (found.ownerId !== null) return 'another-account';
      const updated = await db
        .update(authoredArticles)
        .set({ ownerId })
        .where(and(eq(authoredArticles.id, id), isNull(authoredArticles.ownerId)))
        .returning({ id: authoredArticles.id });
      return updated.length === 1 ? 'claimed' : 'another-account';
    },

    async listOwned(ownerId: string): Promise<OwnedArticle[]> {
      return db
        .select({
          id: authoredArticles.id,
          title: authoredArticles.title,
          shared: authoredArticles.shared,
          updatedAt: authoredArticles.updatedAt,
        })
        .from(authoredArticles)
        .where(eq(authoredArticles.ownerId, ownerId))
        .orderBy(desc(authoredArticles.updatedAt))
        .limit(500);
    },
  };
}
export type AuthoredService = ReturnType<typeof authoredService>;
