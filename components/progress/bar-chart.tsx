type Bar = { key: string; label: string; count: number };

type Props = {
  id: string;
  title: string;
  /** One sentence a screen reader hears instead of the bars. */
  summary: string;
  bars: Bar[];
  /**
   * "each" labels every bar (a week); "ends" labels the first, middle and last (a month). Labels are
   * HTML under the picture, so they keep their size on a phone and grow with the text size.
   */
  axis: 'each' | 'ends';
  columnLabel: string;
  valueLabel: string;
};

/**
 * A small bar chart, drawn by hand in SVG: lighter than any chart library, and enough for a month
 * of counts (docs/decisions/013-progress-charts.md). The picture has a text summary, and the
 * numbers are in a table behind "Show as a table".
 */
export function BarChart({ id, title, summary, bars, axis, columnLabel, valueLabel }: Props) {
  const width = 640;
  const height = 160;
  const top = 8;
  const bottom = 2;
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
        <line x1="0" x2={width} y1={height - bottom} y2={height - bottom} className="stroke-line" strokeWidth="2" />
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
            </g>
          );
        })}
      </svg>
      {axis === 'each' ? (
        <div
          aria-hidden="true"
          className="mt-1 grid text-center text-xs text-ink-muted"
          style={{ gridTemplateColumns: `repeat(${bars.length}, minmax(0, 1fr))` }}
        >
          {bars.map((bar) => (
            <span key={bar.key} className="[overflow-wrap:anywhere]">
              {bar.label}
            </span>
          ))}
        </div>
      ) : (
        <div aria-hidden="true" className="mt-1 flex flex-wrap justify-between gap-x-2 text-xs text-ink-muted">
          <span>{bars[0]?.label}</span>
          <span>{bars[Math.floor(bars.length / 2)]?.label}</span>
          <span>{bars[bars.length - 1]?.label}</span>
        </div>
      )}
      <p aria-hidden="true" className="text-xs text-ink-muted">
        Highest: {max}
      </p>
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
