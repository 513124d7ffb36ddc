import type { CSSProperties } from 'react';

/** Tag colours with text dark enough on their pale background (WCAG AA, 4.5:1); antd's own green, gold, red and purple are not all. */
export const TONE: Record<'ok' | 'warn' | 'bad' | 'info' | 'done' | 'plain', CSSProperties> = {
  ok: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  warn: { color: '#614700', background: '#fffbe6', borderColor: '#ffe58f' },
  bad: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  info: { color: '#002c8c', background: '#e6f4ff', borderColor: '#91caff' },
  done: { color: '#22075e', background: '#f9f0ff', borderColor: '#d3adf7' },
  plain: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
};
