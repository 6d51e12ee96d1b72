import { ArrowLeftIcon } from '@/components/ui/icons';
import type { Article, CatalogQuestion } from '@/lib/content/types';
import { formatIsoDate, plural } from '@/lib/format';
import {
  numberedParagraphs,
  PAPER_SIZES,
  type PaperSize,
  type Worksheet,
  type WorksheetAnswer,
  worksheetOf,
  type WorksheetVersion,
} from '@/lib/print/worksheet';
import type { DrawRules } from '@/lib/quiz/draw';
import { PrintButton } from './print-button';

/**
 * A printable worksheet (server-rendered; the only script is the Print button): settings on screen,
 * then for each version the article with numbered sentences, the questions with room to answer and
 * a name line, and its answer key on a page of its own. Paper is black on white (app/globals.css).
 */
export function WorksheetDocument({
  title,
  article,
  questions,
  rules,
  seed,
  paper,
  versions,
  back,
  hrefFor,
  note,
}: {
  title: string;
  article: Article;
  questions: readonly CatalogQuestion[];
  rules: DrawRules;
  seed: string;
  paper: PaperSize;
  versions: WorksheetVersion[];
  back: { href: string; label: string };
  /** This page with other settings. */
  hrefFor: (options: { paper: PaperSize; versions: 'a' | 'b' | 'ab' }) => string;
  /** A sentence more about what the sheet holds. */
  note?: string;
}) {
  const sheets = versions.map((version) => worksheetOf(questions, version, seed, rules));
  const asked = sheets[0]?.items.length ?? 0;
  const versionsParam = versions.length === 2 ? 'ab' : versions[0] === 'B' ? 'b' : 'a';
  const paragraphs = numberedParagraphs(article);
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10 print:max-w-none print:p-0">
      {/* @page cannot be set per element: this page's paper size, chosen below. */}
      <style>{`@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 16mm 15mm; }`}</style>
      <div data-no-print className="space-y-4">
        <a href={back.href} className="inline-flex min-h-11 items-center gap-2 font-medium text-accent no-underline">
          <ArrowLeftIcon size={18} /> {back.label}
        </a>
        <div>
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">Print a worksheet</p>
          <h1 className="text-3xl font-bold tracking-tight text-balance">{title}</h1>
          <p className="mt-2 text-ink-muted text-pretty">
            The article with numbered sentences, {plural(asked, 'question')} with room to answer and a name line, then
            the answer key on a page of its own, with the sentence that supports each answer.
            {asked < questions.length
              ? ` ${plural(questions.length - asked, 'question')} of the set ${questions.length - asked === 1 ? 'is' : 'are'} left out: ${questions.length - asked === 1 ? 'it asks' : 'they ask'} what another question gives away.`
              : ''}
            {note ? ` ${note}` : ''}
          </p>
        </div>
        <div className="flex flex-wrap gap-x-8 gap-y-4 rounded-2xl border border-line bg-surface p-5 shadow-card">
          <Choice
            label="Paper"
            options={(Object.keys(PAPER_SIZES) as PaperSize[]).map((size) => ({
              href: hrefFor({ paper: size, versions: versionsParam }),
              label: PAPER_SIZES[size],
              current: size === paper,
            }))}
          />
          <Choice
            label="Versions"
            hint="B asks the same questions in another order, with options shuffled: give neighbours different ones."
            options={(
              [
                ['a', 'A'],
                ['b', 'B'],
                ['ab', 'A and B'],
              ] as const
            ).map(([value, label]) => ({
              href: hrefFor({ paper, versions: value }),
              label,
              current: value === versionsParam,
            }))}
          />
          <div className="flex basis-full flex-wrap items-center gap-3">
            <PrintButton />
            <p className="text-sm text-ink-muted">Your browser’s print dialog can also save it as a PDF.</p>
          </div>
        </div>
        <h2 className="pt-4 text-lg font-bold">Preview</h2>
      </div>
      {sheets.map((sheet, index) => (
        <div key={sheet.version} className={index > 0 ? 'break-before-page' : ''}>
          <WorksheetSheet
            sheet={sheet}
            title={title}
            article={article}
            paragraphs={paragraphs}
            many={sheets.length > 1}
          />
          <AnswerKey sheet={sheet} title={title} many={sheets.length > 1} />
        </div>
      ))}
    </div>
  );
}

function Choice({
  label,
  hint,
  options,
}: {
  label: string;
  hint?: string;
  options: Array<{ href: string; label: string; current: boolean }>;
}) {
  return (
    <nav aria-label={label} className="min-w-0 max-w-sm">
      <p className="font-semibold">{label}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <li key={option.label}>
            <a
              href={option.href}
              aria-current={option.current ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-4 font-semibold no-underline ${
                option.current ? 'border-accent bg-accent text-on-accent' : 'border-line-strong bg-surface text-ink'
              }`}
            >
              {option.label}
            </a>
          </li>
        ))}
      </ul>
      {hint ? <p className="mt-2 text-sm text-ink-muted">{hint}</p> : null}
    </nav>
  );
}

const sheetClass =
  'mt-6 rounded-2xl border border-line bg-white p-6 text-black shadow-card sm:p-10 print:mt-0 print:rounded-none print:border-0 print:p-0 print:shadow-none';

function WorksheetSheet({
  sheet,
  title,
  article,
  paragraphs,
  many,
}: {
  sheet: Worksheet;
  title: string;
  article: Article;
  paragraphs: ReturnType<typeof numberedParagraphs>;
  many: boolean;
}) {
  return (
    <section aria-label={`Worksheet, version ${sheet.version}`} data-worksheet={sheet.version} className={sheetClass}>
      <header className="flex flex-wrap items-start justify-between gap-4 border-b-2 border-black pb-3">
        <div className="min-w-0">
          <p className="text-sm font-semibold tracking-wide uppercase">
            Worksheet{many || sheet.version === 'B' ? ` · version ${sheet.version}` : ''}
          </p>
          <p className="text-xl font-bold text-balance">{title}</p>
        </div>
        <div className="w-full space-y-3 text-sm sm:w-64 print:w-64">
          <p className="flex items-end gap-2">
            Name <span className="h-6 flex-1 border-b border-black" aria-hidden="true" />
          </p>
          <p className="flex items-end gap-2">
            Class <span className="h-6 flex-1 border-b border-black" aria-hidden="true" />
            Date <span className="h-6 w-20 border-b border-black" aria-hidden="true" />
          </p>
        </div>
      </header>
      <article className="mt-5" aria-label="The article">
        <h3 className="text-lg font-bold text-balance">{article.title}</h3>
        <p className="text-sm">
          {formatIsoDate(article.date)}
          {article.source ? ` · ${article.source}` : ''}
        </p>
        <div className="mt-3 space-y-2 text-[0.95rem] leading-relaxed print:text-[10.5pt]">
          {paragraphs.map((sentences, index) => (
            <p key={index}>
              {sentences.map((s) => (
                <span key={s.number}>
                  <sup className="mr-0.5 font-bold">{s.number}</sup>
                  {s.text}{' '}
                </span>
              ))}
            </p>
          ))}
        </div>
      </article>
      <h3 className="mt-8 text-lg font-bold break-after-avoid">Questions</h3>
      <p className="text-sm">
        Answer from the article. The small numbers are its sentences: after each answer, write the one that supports it.
      </p>
      <ol className="mt-3 space-y-5">
        {sheet.items.map((item) => (
          <li key={item.questionId} className="break-inside-avoid" data-question={item.questionId}>
            <p className="font-semibold">
              <span className="mr-1">{item.number}.</span> {item.prompt}
            </p>
            <AnswerSpace answer={item.answer} />
            {item.cited ? (
              <p className="mt-2 flex items-end gap-2 text-sm">
                Sentence <span className="inline-block h-5 w-12 border-b border-black" aria-hidden="true" />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function AnswerSpace({ answer }: { answer: WorksheetAnswer }) {
  switch (answer.kind) {
    case 'circle-one':
    case 'circle-all':
      return (
        <>
          <p className="text-sm italic">
            {answer.kind === 'circle-one' ? 'Circle one.' : 'Circle every right answer.'}
          </p>
          <ul className="mt-1 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 print:grid-cols-2">
            {answer.options.map((o) => (
              <li key={o.letter} className="flex gap-2">
                <span className="w-5 shrink-0 font-semibold">{o.letter}</span>
                <span className="min-w-0 break-words">{o.text}</span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'true-false':
      return <p className="mt-1">Circle one: &nbsp; True &nbsp; / &nbsp; False</p>;
    case 'write':
      return (
        <div aria-hidden="true">
          {Array.from({ length: answer.lines }, (_, i) => (
            <span key={i} className="mt-9 block border-b border-black" />
          ))}
        </div>
      );
    case 'order':
      return (
        <>
          <p className="text-sm italic">Number them in order, 1 first.</p>
          <ul className="mt-1 space-y-1">
            {answer.items.map((o) => (
              <li key={o.letter} className="flex items-start gap-2">
                <span className="inline-block h-6 w-8 shrink-0 border border-black" aria-hidden="true" />
                <span className="w-5 shrink-0 font-semibold">{o.letter}</span>
                <span className="min-w-0 break-words">{o.text}</span>
              </li>
            ))}
          </ul>
        </>
      );
  }
}

function AnswerKey({ sheet, title, many }: { sheet: Worksheet; title: string; many: boolean }) {
  return (
    <section
      aria-label={`Answer key, version ${sheet.version}`}
      data-answer-key={sheet.version}
      className={`${sheetClass} break-before-page`}
    >
      <header className="border-b-2 border-black pb-3">
        <p className="text-sm font-semibold tracking-wide uppercase">
          Answer key{many || sheet.version === 'B' ? ` · version ${sheet.version}` : ''} · for the teacher
        </p>
        <p className="text-xl font-bold text-balance">{title}</p>
      </header>
      <table className="mt-4 w-full table-fixed border-collapse text-left text-sm [overflow-wrap:anywhere]">
        <thead>
          <tr className="border-b border-black">
            <th scope="col" className="w-[12%] py-2 pr-2 print:w-[6%]">
              #
            </th>
            <th scope="col" className="py-2 pr-2">
              Answer
            </th>
            <th scope="col" className="w-[24%] py-2 text-right hyphens-auto print:w-[12%]">
              Sentence
            </th>
          </tr>
        </thead>
        <tbody>
          {sheet.key.map((entry) => (
            <tr key={entry.number} className="break-inside-avoid border-b border-neutral-300 align-top">
              <td className="py-2 pr-2 font-semibold">{entry.number}</td>
              <td className="py-2 pr-2">
                {entry.answer}
                {entry.alsoAccepted.length > 0 ? (
                  <span className="block text-neutral-700">
                    Also right: {entry.alsoAccepted.join('; ')}
                    {entry.moreAccepted > 0
                      ? `; and ${entry.moreAccepted} other wording${entry.moreAccepted === 1 ? '' : 's'}`
                      : ''}
                  </span>
                ) : null}
              </td>
              <td className="py-2 text-right">{entry.sentences.length > 0 ? entry.sentences.join(', ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
