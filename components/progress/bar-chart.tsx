type Bar = { key: string; label: string; count: number };

type Props = {
  id: string;
  title: string;
  /** One sentence a screen reader hears instead of the bars. */
  summary: string;
  bars: Bar[];
  /** Which bars get a label under them (every nth), so a month of days stays legible. */
  labelEvery?: number;
  columnLabel: string;
  valueLabel: string;
};

/**
 * A small bar chart, drawn by hand in SVG: lighter than any chart library, and enough for a month
 * of counts (docs/decisions/013-progress-charts.md). The picture has a text summary, and the
 * numbers are in a table behind "Show as a table".
 */
export function BarChart({ id, title, summary, bars, labelEvery = 1, columnLabel, valueLabel }: Props) {
  const width = 640;
  const height = 180;
  const top = 16;
  const bottom = 28;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const slot = width / bars.length;
  const barWidth = Math.max(4, Math.min(48, slot * 0.7));
  const scale = (height - top - bottom) / max;
  return (
    <figure className="min-w-0">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-summary`}
        viewBox={`0 0 ${width} ${height}`}
        className="mt-2 h-auto w-full text-accent"
      >
        <desc id={`${id}-summary`}>{summary}</desc>
        <line x1="0" x2={width} y1={height - bottom} y2={height - bottom} className="stroke-line" strokeWidth="1" />
        <text x="0" y="11" className="fill-ink-muted text-[11px]">
          {max}
        </text>
        {bars.map((bar, index) => {
          const barHeight = bar.count * scale;
          const x = index * slot + (slot - barWidth) / 2;
          return (
            <g key={bar.key}>
              {bar.count > 0 ? (
                <rect
                  x={x}
                  y={height - bottom - barHeight}
                  width={barWidth}
                  height={barHeight}
                  rx="2"
                  className="fill-current"
                />
              ) : null}
              {index % labelEvery === 0 || index === bars.length - 1 ? (
                <text
                  x={index * slot + slot / 2}
                  y={height - 8}
                  textAnchor="middle"
                  className="fill-ink-muted text-[11px]"
                >
                  {bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <details className="mt-1">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-accent">
          Show as a table
        </summary>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-4 font-semibold">
                {columnLabel}
              </th>
              <th scope="col" className="py-1 font-semibold">
                {valueLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key} className="border-b border-line/60">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {bar.key}
                </th>
                <td className="py-1 tabular-nums">{bar.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
