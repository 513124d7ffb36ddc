import { Tag } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Tag colours with text dark enough on their pale background (WCAG AA, 4.5:1; antd's own
 * green, gold and red tags are not), and the rating always written: never colour alone.
 */
export const TONE: Record<'ok' | 'gold' | 'bad' | 'none', CSSProperties> = {
  ok: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  gold: { color: '#614700', background: '#fffbe6', borderColor: '#ffe58f' },
  bad: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  none: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
};
const STYLE: Record<string, CSSProperties> = { fully: TONE.ok, partially: TONE.gold, not_completed: TONE.bad, not_reflected: TONE.bad, not_applicable: TONE.none, unrated: TONE.none };

export function RatingTag({ rating, testId }: { rating: string | null; testId?: string }) {
  const { t } = useTranslation();
  const key = rating ?? 'unrated';
  return (
    <Tag style={STYLE[key]} data-testid={testId} data-rating={key}>
      {t(`assurance.rating.${key}`)}
    </Tag>
  );
}

/** Empty-state text readable on white (antd's own is too pale for WCAG AA). */
export const Quiet = ({ children }: { children: ReactNode }) => <span style={{ color: '#595959' }}>{children}</span>;
