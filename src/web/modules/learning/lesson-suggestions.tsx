import { BulbOutlined } from '@ant-design/icons';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TEventType } from '../../../domain/response/events.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useSuggestions } from './learning.api.js';
import { LessonSource } from './lesson-source.js';

/**
 * Lessons and good practices relevant to a plan (the event types its risks and scenarios
 * cover) or to an event (its type), from this organization and those shared installation-wide.
 */
export function LessonSuggestions({ orgId, eventType, planId }: { orgId: string; eventType?: TEventType; planId?: string }) {
  const { t } = useTranslation();
  const suggestions = useSuggestions(orgId, { planId, eventType });
  return (
    <Card
      size="small"
      title={
        <span>
          <BulbOutlined aria-hidden /> {t('learning.suggestions.title')}
        </span>
      }
      data-testid="lesson-suggestions"
      role="region"
      aria-label={t('learning.suggestions.title')}
    >
      {suggestions.error ? (
        <ErrorAlert error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : (
        <List
          loading={suggestions.isLoading}
          dataSource={suggestions.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('learning.suggestions.none')} /> }}
          renderItem={(lesson) => (
            <List.Item key={lesson.id}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Link to={`/orgs/${orgId}/learning/lessons/${lesson.id}`}>
                  <span dir="auto">{lesson.title}</span>
                </Link>
                <Space wrap size={4}>
                  <Tag>{t(`learning.kind.${lesson.kind}`)}</Tag>
                  <Tag>{t(`learning.category.${lesson.category}`)}</Tag>
                  {lesson.eventType && <Tag>{t(`learning.eventType.${lesson.eventType}`)}</Tag>}
                </Space>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }} dir="auto">
                  {lesson.narrative}
                </Typography.Paragraph>
                <LessonSource lesson={lesson} />
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
