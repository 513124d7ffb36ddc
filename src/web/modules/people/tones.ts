import type { CSSProperties } from 'react';

/** Tag colours dark enough on their pale background (WCAG AA 4.5:1): antd's green and gold tags are not. */
export const TONE: Record<'ok' | 'gold', CSSProperties> = {
  ok: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  gold: { color: '#614700', background: '#fffbe6', borderColor: '#ffe58f' },
};
