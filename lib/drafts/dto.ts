import { toArticleDto, toSetDetail, type ArticleDto, type SetDetailDto } from '@/lib/content/dto';
import type { Catalog } from '@/lib/content/types';

/** What the teacher's API answers about their published article (answers included: it is theirs). */
export type AuthoredDto = {
  id: string;
  title: string;
  shared: boolean;
  /** Assignments made from its sets (each keeps the questions it was made with). */
  assignments: number;
  updatedAt: string;
  article: ArticleDto;
  sets: SetDetailDto[];
  files: { path: string; text: string }[];
};

export function toAuthoredDto(view: {
  id: string;
  title: string;
  shared: boolean;
  assignments: number;
  updatedAt: string;
  catalog: Catalog;
  files: { path: string; text: string }[];
}): AuthoredDto {
  const article = view.catalog.articles[0]!;
  return {
    id: view.id,
    title: view.title,
    shared: view.shared,
    assignments: view.assignments,
    updatedAt: view.updatedAt,
    article: toArticleDto(article),
    sets: view.catalog.sets.filter((set) => !set.parts).map((set) => toSetDetail(set, article)),
    files: view.files,
  };
}
