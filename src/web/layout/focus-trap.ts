// Keeping the keyboard inside an open mobile menu (the USWDS header's behaviour): Tab from the last
// control goes to the first, Shift+Tab from the first to the last.

/** Controls a keyboard user can reach inside an element, in document order. */
export const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The index of the control Tab (or Shift+Tab) moves to among `count` controls, from the one at `at`
 * (-1 when focus is outside them): always one of them, wrapping at either end; null when there is none.
 */
export function nextFocusIndex(count: number, at: number, backwards: boolean): number | null {
  if (count === 0) return null;
  if (at < 0 || at >= count) return backwards ? count - 1 : 0;
  return (at + (backwards ? count - 1 : 1)) % count;
}
