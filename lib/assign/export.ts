import { verdictFromScore } from '@/lib/quiz/grade';
import { toCsv } from './csv';

/**
 * The two CSV exports of an assignment's results, built from the rows the data layer returns:
 *  - wide: one row per student attempt, one column per question (its score, blank if not asked);
 *  - long: one row per answer, with the raw answer, the verdict, the score and when it was saved.
 */

export type ExportRow = {
  attemptId: string;
  name: string;
  number: number;
  startedAt: Date;
  submittedAt: Date | null;
  submittedBy: string | null;
  attemptScore: number | null;
  maxScore: number;
  questionId: string | null;
  answer: string | null;
  score: number | null;
  savedAt: Date | null;
};

export type ExportQuestion = { id: string; prompt: string };

const STATUS: Record<string, string> = { student: 'Submitted', deadline: 'Time ran out', teacher: 'Closed by teacher' };

function status(row: ExportRow): string {
  return row.submittedAt ? (STATUS[row.submittedBy ?? 'student'] ?? 'Submitted') : 'In progress';
}

const iso = (date: Date | null) => (date ? date.toISOString() : '');
const round = (value: number) => Math.round(value * 1000) / 1000;

export function wideCsv(rows: readonly ExportRow[], questions: readonly ExportQuestion[]): string {
  const attempts = new Map<string, { first: ExportRow; scores: Map<string, number | null> }>();
  for (const row of rows) {
    const entry = attempts.get(row.attemptId) ?? { first: row, scores: new Map() };
    if (row.questionId) entry.scores.set(row.questionId, row.score);
    attempts.set(row.attemptId, entry);
  }
  const header = [
    'Name',
    'Attempt',
    'Status',
    'Started (UTC)',
    'Submitted (UTC)',
    'Time taken (s)',
    'Score',
    'Out of',
    'Percent',
    ...questions.map((q, i) => `Q${i + 1}: ${q.prompt}`),
  ];
  const body = [...attempts.values()].map(({ first, scores }) => {
    const seconds = first.submittedAt
      ? Math.round((first.submittedAt.getTime() - first.startedAt.getTime()) / 1000)
      : null;
    const percent =
      first.attemptScore === null ? null : Math.round((first.attemptScore / Math.max(1, first.maxScore)) * 100);
    return [
      first.name,
      first.number,
      status(first),
      iso(first.startedAt),
      iso(first.submittedAt),
      seconds,
      first.attemptScore === null ? null : round(first.attemptScore),
      first.maxScore,
      percent,
      ...questions.map((q) => {
        const score = scores.get(q.id);
        return score === undefined || score === null ? null : round(score);
      }),
    ];
  });
  return toCsv([header, ...body]);
}

export function longCsv(rows: readonly ExportRow[], questions: readonly ExportQuestion[]): string {
  const prompts = new Map(questions.map((q) => [q.id, q.prompt]));
  const header = [
    'Name',
    'Attempt',
    'Status',
    'Question id',
    'Question',
    'Answer',
    'Verdict',
    'Score',
    'Saved at (UTC)',
  ];
  const body = rows
    .filter((row) => row.questionId)
    .map((row) => [
      row.name,
      row.number,
      status(row),
      row.questionId,
      prompts.get(row.questionId!) ?? '',
      row.answer ?? '',
      row.score === null
        ? 'Not graded yet'
        : { correct: 'Correct', partial: 'Partly right', incorrect: 'Wrong' }[verdictFromScore(row.score)],
      row.score === null ? null : round(row.score),
      iso(row.savedAt),
    ]);
  return toCsv([header, ...body]);
}
