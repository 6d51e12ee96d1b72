/** An answer as text: one line in bold, or a list (numbered for an order). */
export function AnswerLines({ lines, ordered }: { lines: string[]; ordered: boolean }) {
  if (lines.length === 0) return <span className="text-ink-muted italic">No answer</span>;
  if (lines.length === 1) return <span className="font-semibold">{lines[0]}</span>;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={`mt-1 space-y-0.5 pl-6 font-semibold ${ordered ? 'list-decimal' : 'list-disc'}`}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </List>
  );
}
