import { useEffect } from 'react';

/** Each page names itself in the browser tab and for screen readers announcing the page (WCAG 2.4.2). */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ORMS` : 'ORMS';
  }, [title]);
}
