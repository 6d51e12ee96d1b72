/**
 * The grading half of self-study (the grader, its answer forms and number words, and scoring a
 * finished attempt), loaded by the quiz page when the learner first answers, not with the page:
 * a quiz opens with about 3 KB less JavaScript (docs/decisions/007-lean-pages.md). The service
 * worker precaches it with every other static file, so it loads offline too.
 */
export { localGrader } from './local-grader';
export { finishSession } from './scoring';
