'use client';

import { useId, useRef, useState, type ChangeEvent } from 'react';
import { buttonClass } from '@/components/ui/button-styles';
import { plural } from '@/lib/format';
import { CSV_TEMPLATE } from '@/lib/interop/csv-template';
import type { ImportReport } from '@/lib/interop/portable';
import type { BankFormat } from '@/lib/interop/read-bank';
import { useAuthoringStore } from '@/stores/authoring-store-provider';
import { fieldClass } from './authoring-screen';

const FORMAT_LABELS: Record<BankFormat | 'detect', string> = {
  detect: 'Work it out from the file',
  gift: 'GIFT (Moodle)',
  aiken: 'Aiken (Moodle)',
  'moodle-xml': 'Moodle XML',
  csv: 'CSV spreadsheet',
  quizlet: 'Quizlet (copied text)',
};

const MAX_IMPORT = 200;

type Read = { report: ImportReport; format: BankFormat; source: string };

/** A separator as typed: "\t" is a tab and "\n" a new line; blank lets the reader find it. */
const typedSeparator = (typed: string) => typed.replace(/\\t/g, '\t').replace(/\\n/g, '\n');

/**
 * Questions from another tool (Moodle's GIFT, Aiken or XML, a CSV spreadsheet, Quizlet's copied
 * text) come in as drafts to review, each matched to the sentence of this article that best
 * supports it. The readers load only when a teacher imports (lib/interop/read-bank.ts).
 */
export function ImportPanel() {
  const sentences = useAuthoringStore((s) => s.sentences);
  const items = useAuthoringStore((s) => s.items);
  const importDrafts = useAuthoringStore((s) => s.importDrafts);
  const [format, setFormat] = useState<BankFormat | 'detect'>('detect');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [between, setBetween] = useState('');
  const [rows, setRows] = useState('');
  const [read, setRead] = useState<Read | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
    setRead(null);
    setMessage('');
  };

  const readQuestions = async () => {
    setMessage('');
    if (!text.trim()) {
      setMessage('Choose a file or paste the questions first.');
      return;
    }
    setBusy(true);
    try {
      const { detectFormat, readBank } = await import('@/lib/interop/read-bank');
      const chosen = format === 'detect' ? detectFormat(text, fileName) : format;
      const separators = { between: typedSeparator(between), rows: typedSeparator(rows) };
      setRead({ report: readBank(text, chosen, separators), format: chosen, source: fileName || 'the pasted text' });
    } catch {
      setMessage('Could not load the importer. Check the connection and try again.');
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    if (!read || busy) return;
    setBusy(true);
    try {
      const { importedDrafts } = await import('@/lib/interop/grounding');
      // A bank of thousands is a course's, not an article's: the first MAX_IMPORT come in, and the message says so.
      const report = { ...read.report, questions: read.report.questions.slice(0, MAX_IMPORT) };
      const drafts = importedDrafts(
        report,
        sentences,
        items.map((item) => item.draft.id),
      );
      const left = read.report.questions.length - drafts.length;
      importDrafts(drafts);
      const unmatched = drafts.filter((d) => d.sentence === 0).length;
      setMessage(
        `${plural(drafts.length, 'imported question')} added to “To review”, each shown with the sentence that matches it best${
          unmatched > 0
            ? ` (${unmatched} matched none: pick one, or keep ${unmatched === 1 ? 'it' : 'them'} without evidence)`
            : ''
        }.${left > 0 ? ` The other ${left} were left out: at most ${MAX_IMPORT} at a time, about one article.` : ''}`,
      );
      setRead(null);
      setText('');
      setFileName('');
      if (fileRef.current) fileRef.current.value = '';
      requestAnimationFrame(() => messageRef.current?.focus());
    } catch {
      setMessage('Could not load the importer. Check the connection and try again.');
    } finally {
      setBusy(false);
    }
  };

  const report = read?.report;
  return (
    <details className="group rounded-2xl border border-line bg-surface" data-import-panel>
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-3 rounded-2xl px-4 py-3 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus">
        Import questions from Moodle, Quizlet or a spreadsheet
      </summary>
      <div className="space-y-4 border-t border-line px-4 pt-3 pb-4">
        <p className="text-sm text-ink-muted">
          GIFT, Aiken and Moodle XML files, a CSV spreadsheet (
          <a
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(CSV_TEMPLATE)}`}
            download="questions-template.csv"
            className="font-semibold text-accent"
          >
            download a template
          </a>
          ) or a Quizlet set copied as text. They come in as drafts to review: nothing reaches students until you accept
          and publish.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-file`} className="font-semibold">
              File
            </label>
            <input
              id={`${id}-file`}
              ref={fileRef}
              type="file"
              accept=".txt,.gift,.xml,.csv,.tsv,text/plain,text/xml,application/xml,text/csv"
              onChange={onFile}
              className="mt-1 block w-full max-w-full min-w-0 text-sm file:mr-3 file:min-h-11 file:rounded-xl file:border file:border-line-strong file:bg-surface file:px-4 file:font-semibold file:text-ink"
            />
          </div>
          <div>
            <label htmlFor={`${id}-format`} className="font-semibold">
              Format
            </label>
            <select
              id={`${id}-format`}
              value={format}
              onChange={(e) => {
                setFormat(e.target.value as BankFormat | 'detect');
                setRead(null);
              }}
              className={fieldClass}
            >
              {Object.entries(FORMAT_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {format === 'quizlet' ? (
          <fieldset className="grid gap-4 sm:grid-cols-2">
            <legend className="sr-only">Quizlet’s separators</legend>
            {(
              [
                ['between', 'Between term and definition', between, setBetween, 'Tab, comma or “ - ”: found for you'],
                ['rows', 'Between cards', rows, setRows, 'New line or semicolon: found for you'],
              ] as const
            ).map(([key, label, value, setValue, placeholder]) => (
              <div key={key}>
                <label htmlFor={`${id}-${key}`} className="font-semibold">
                  {label}
                </label>
                <input
                  id={`${id}-${key}`}
                  value={value}
                  onChange={(e) => {
                    setValue(e.target.value);
                    setRead(null);
                  }}
                  placeholder={placeholder}
                  aria-describedby={`${id}-separators-hint`}
                  className={fieldClass}
                />
              </div>
            ))}
            <p id={`${id}-separators-hint`} className="text-sm text-ink-muted sm:col-span-2">
              Only for a custom separator chosen in Quizlet’s export; type \t for a tab, \n for a new line.
            </p>
          </fieldset>
        ) : null}
        <div>
          <label htmlFor={`${id}-text`} className="font-semibold">
            Or paste the questions
          </label>
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFileName('');
              setRead(null);
            }}
            rows={5}
            className={`${fieldClass} py-2 font-mono text-sm`}
          />
        </div>
        <button type="button" onClick={readQuestions} disabled={busy} className={buttonClass('secondary')}>
          {busy ? 'Reading…' : 'Read the questions'}
        </button>
        {/* Only the summary is announced; the lists are there to read. */}
        <div role="status" aria-live="polite" className="space-y-3 empty:hidden">
          {message ? (
            <p ref={messageRef} tabIndex={-1} className="font-medium focus:outline-none">
              {message}
            </p>
          ) : null}
          {report ? (
            <p className="font-medium">
              {FORMAT_LABELS[read.format]}, from {read.source}: {plural(report.questions.length, 'question')} to import
              {report.notImported.length > 0 ? `, ${report.notImported.length} not imported` : ''}
              {report.errors.length > 0 ? `, ${plural(report.errors.length, 'line')} not read` : ''}.
            </p>
          ) : null}
        </div>
        {report ? (
          <div className="space-y-3" data-import-report>
            {report.notImported.length > 0 ? (
              <Lines
                title="Not imported: the app has no question of this kind"
                lines={report.notImported.map((n) => ({ line: n.line, text: `${n.title}: ${n.reason}` }))}
              />
            ) : null}
            {report.errors.length > 0 ? (
              <Lines title="Not read" lines={report.errors.map((e) => ({ line: e.line, text: e.message }))} />
            ) : null}
            {report.notes.length > 0 ? (
              <Lines
                title="Imported with a change"
                lines={report.notes.map((n) => ({ line: n.line, text: `${n.title}: ${n.note}` }))}
              />
            ) : null}
            {report.questions.length > 0 ? (
              <button type="button" onClick={add} disabled={busy} className={buttonClass('primary')}>
                Add {plural(Math.min(report.questions.length, MAX_IMPORT), 'question')} to review
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </details>
  );
}

function Lines({ title, lines }: { title: string; lines: Array<{ line: number; text: string }> }) {
  return (
    <div>
      <p className="text-sm font-semibold">{title}</p>
      <ul tabIndex={0} aria-label={title} className="mt-1 max-h-48 space-y-1 overflow-y-auto text-sm">
        {lines.map((entry, index) => (
          <li key={index}>
            <span className="font-semibold">Line {entry.line}:</span> {entry.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
