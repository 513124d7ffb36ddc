import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLessonView } from '../../../domain/contract/learning.js';

/** Where a lesson comes from, or that its source chose to stay anonymous. */
export function LessonSource({ lesson }: { lesson: Pick<TLessonView, 'source' | 'own'> }) {
  const { t } = useTranslation();
  if (!lesson.source) return <Typography.Text type="secondary">{t('learning.lessons.anonymous')}</Typography.Text>;
  return (
    <Typography.Text type="secondary" dir="auto">
      {lesson.own ? t('learning.lessons.ours') : lesson.source.orgName}
      {lesson.source.unitName ? ` · ${lesson.source.unitName}` : ''}
    </Typography.Text>
  );
}
