import type { ReactNode } from 'react';

/**
 * Wide tables scroll sideways on a phone; the scrolling box must be reachable by keyboard
 * (WCAG 2.1.1), so it is a named, focusable region.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
