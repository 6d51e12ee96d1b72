/**
 * How a scroll the app starts should move: smoothly, unless the reader asked the system for reduced
 * motion (then it jumps). Read at the moment of scrolling, so a change of the setting counts at once.
 */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
