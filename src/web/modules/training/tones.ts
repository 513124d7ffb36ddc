import type { CSSProperties } from 'react';

/**
 * Tag colours with text dark enough on their pale background (WCAG AA, 4.5:1): antd's own
 * green, orange and gold tags are not.
 */
export const TONE: Record<'ok' | 'warn' | 'gold', CSSProperties> = {
  ok: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  warn: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  gold: { color: '#614700', background: '#fffbe6', borderColor: '#ffe58f' },
};
