// The pattern for a table wider than a phone: it scrolls sideways inside its own region, which keyboard
// users can focus (and so scroll with the arrow keys) and screen readers announce by the table's name,
// while the page itself never scrolls sideways (WCAG 2.1 1.4.10 Reflow). Every table that can be wider
// than 320 pixels is wrapped in one.
import type { ReactNode } from 'react';

export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="pshb-table-region">
      {children}
    </div>
  );
}
