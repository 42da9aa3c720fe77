// The header's menu on a phone, as the USWDS header behaves: opening it moves focus to its first
// control (the close button) and keeps Tab inside it; Escape or the close button shuts it and gives
// focus back to the menu button; following a link or switching language shuts it. Widening the window
// to the desktop layout shuts it too, since the menu is then always shown.
import { useCallback, useEffect, useRef, useState } from 'react';
import { FOCUSABLE, nextFocusIndex } from './focus-trap.ts';

/** The USWDS desktop breakpoint, where the menu button gives way to the full navigation. */
const DESKTOP = '(min-width: 64em)';

export function useMobileMenu(navId: string) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  /** Shuts the menu; focus goes back to the menu button unless a link is taking the reader elsewhere. */
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) requestAnimationFrame(() => button.current?.focus());
  }, []);

  useEffect(() => {
    if (!open) return;
    const nav = document.getElementById(navId);
    if (!nav) return;
    const controls = () => [...nav.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.offsetParent);
    controls()[0]?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close(true);
      } else if (event.key === 'Tab') {
        const list = controls();
        const next = nextFocusIndex(
          list.length,
          list.indexOf(document.activeElement as HTMLElement),
          event.shiftKey,
        );
        if (next === null) return;
        event.preventDefault();
        list[next]?.focus();
      }
    };
    const desktop = window.matchMedia(DESKTOP);
    const onWiden = () => desktop.matches && close(false);
    document.addEventListener('keydown', onKey);
    desktop.addEventListener('change', onWiden);
    return () => {
      document.removeEventListener('keydown', onKey);
      desktop.removeEventListener('change', onWiden);
    };
  }, [open, navId, close]);

  return { open, button, toggle: () => (open ? close(true) : setOpen(true)), close };
}
