/**
 * Runs `work` once the browser has painted the current frame: the next animation frame, then a task.
 * For what a tap sets off besides its visible result (moving focus, scrolling it into view): the
 * result is painted first, so a phone shows it a frame sooner (INP counts to that paint).
 * Returns a function that cancels it.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
