import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Colours with text, never colour alone: the rating is always written. */
const COLOR: Record<string, string> = { fully: 'green', partially: 'gold', not_completed: 'red', not_reflected: 'red', not_applicable: 'default', unrated: 'default' };

export function RatingTag({ rating, testId }: { rating: string | null; testId?: string }) {
  const { t } = useTranslation();
  const key = rating ?? 'unrated';
  return (
    <Tag color={COLOR[key]} data-testid={testId} data-rating={key}>
      {t(`assurance.rating.${key}`)}
    </Tag>
  );
}
