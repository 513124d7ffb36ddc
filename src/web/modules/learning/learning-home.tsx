import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Form, Grid, Input, List, Radio, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { TReviewSummary } from '../../../domain/contract/learning.js';
import { LESSON_CATEGORIES, type TLessonCategory } from '../../../domain/learning/learning.js';
import { EVENT_TYPES, type TEventType } from '../../../domain/response/events.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useEvaluations, useLessons, useManagementReviews, useReviews, type TReviewFilters } from './learning.api.js';
import { NewEvaluationModal, NewManagementReviewModal, NewReviewModal } from './learning-modals.js';
import { LessonSource } from './lesson-source.js';

const TABS = ['reviews', 'lessons', 'management', 'evaluations'] as const;
const todayIso = () => new Date().toISOString().slice(0, 10);

export function StatusTag({ status, overdue }: { status: string; overdue?: boolean }) {
  const { t } = useTranslation();
  if (overdue) return <Tag color="red" data-testid="status-overdue">{t('learning.status.overdue')}</Tag>;
  return <Tag color={status === 'open' || status === 'draft' ? 'blue' : 'green'} data-status={status}>{t(`learning.status.${status}`)}</Tag>;
}

function ReviewsTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const [filters, setFilters] = useState<TReviewFilters>({ status: 'open' });
  const reviews = useReviews(orgId, filters);
  const [creating, setCreating] = useState(false);
  const createAt = reviews.data?.allowedActions.createAtUnitIds ?? [];
  return (
    <>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
        <Select<string>
          aria-label={t('learning.fields.status')}
          value={filters.status ?? 'all'}
          onChange={(v) => setFilters({ ...filters, status: v === 'all' ? undefined : (v as 'open' | 'completed') })}
          options={['all', 'open', 'completed'].map((s) => ({ value: s, label: t(`learning.status.${s}`) }))}
          style={{ minWidth: 150 }}
          data-testid="review-filter-status"
        />
        <Checkbox checked={filters.overdue} onChange={(e) => setFilters({ ...filters, overdue: e.target.checked })} data-testid="review-filter-overdue">
          {t('learning.filters.overdue')}
        </Checkbox>
        <Checkbox checked={filters.mine} onChange={(e) => setFilters({ ...filters, mine: e.target.checked })}>
          {t('learning.filters.mine')}
        </Checkbox>
        {createAt.length > 0 && (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="review-new" style={{ marginInlineStart: 'auto' }}>
            {t('learning.reviews.new')}
          </Button>
        )}
      </Flex>
      {reviews.error ? (
        <ErrorAlert error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : (
        <ScrollRegion label={t('learning.tabs.reviews')}>
          <Table<TReviewSummary>
            rowKey="id"
            data-testid="review-table"
            loading={reviews.isLoading}
            dataSource={reviews.data?.items ?? []}
            pagination={{ pageSize: 25, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('learning.reviews.empty')} /> }}
            columns={[
              { title: t('learning.fields.title'), dataIndex: 'title', render: (title: string, r) => <Link to={`/orgs/${orgId}/learning/reviews/${r.id}`}><span dir="auto">{title}</span></Link> },
              { title: t('learning.fields.source'), key: 'source', render: (_, r) => t(`learning.source.${r.source.kind}`) },
              { title: t('learning.fields.unit'), dataIndex: 'unitName', responsive: ['md'] },
              { title: t('learning.fields.owner'), key: 'owner', render: (_, r) => r.owner?.fullName ?? '—', responsive: ['md'] },
              { title: t('learning.fields.dueOn'), dataIndex: 'dueOn', render: (d: string) => formatDay(d) },
              { title: t('learning.fields.status'), key: 'status', render: (_, r) => <StatusTag status={r.status} overdue={r.overdue} /> },
            ]}
          />
        </ScrollRegion>
      )}
      {creating && <NewReviewModal orgId={orgId} unitIds={createAt} today={todayIso()} onClose={() => setCreating(false)} />}
    </>
  );
}

function LessonsTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<TLessonCategory | undefined>();
  const [eventType, setEventType] = useState<TEventType | undefined>();
  const lessons = useLessons(orgId, { q: q || undefined, category, eventType });
  return (
    <>
      <Form layout="vertical" onFinish={() => setQ(query.trim())} style={{ marginBottom: 12 }}>
        <Flex wrap gap={12} align="end">
          <Form.Item label={t('learning.lessons.search')} htmlFor="lesson-search" style={{ flex: '1 1 260px', marginBottom: 0 }}>
            <Input.Search id="lesson-search" data-testid="lesson-search" value={query} onChange={(e) => setQuery(e.target.value)} onSearch={(v) => setQ(v.trim())} enterButton={<SearchOutlined aria-label={t('learning.lessons.search')} />} maxLength={300} allowClear />
          </Form.Item>
          <Form.Item label={t('learning.fields.category')} htmlFor="lesson-category" style={{ marginBottom: 0 }}>
            <Select id="lesson-category" allowClear value={category} onChange={setCategory} options={LESSON_CATEGORIES.map((c) => ({ value: c, label: t(`learning.category.${c}`) }))} style={{ minWidth: 220 }} popupMatchSelectWidth={false} />
          </Form.Item>
          <Form.Item label={t('learning.fields.eventType')} htmlFor="lesson-event-type" style={{ marginBottom: 0 }}>
            <Select id="lesson-event-type" allowClear value={eventType} onChange={setEventType} options={EVENT_TYPES.map((e) => ({ value: e, label: t(`learning.eventType.${e}`) }))} style={{ minWidth: 200 }} popupMatchSelectWidth={false} />
          </Form.Item>
          {lessons.data?.allowedActions.create && (
            <Link to={`/orgs/${orgId}/learning/lessons/new`} data-testid="lesson-new">
              <Button icon={<PlusOutlined />} tabIndex={-1}>
                {t('learning.lessons.new')}
              </Button>
            </Link>
          )}
        </Flex>
      </Form>
      {lessons.error ? (
        <ErrorAlert error={lessons.error} onRetry={() => void lessons.refetch()} />
      ) : (
        <List
          data-testid="lesson-list"
          loading={lessons.isFetching}
          dataSource={lessons.data?.items ?? []}
          locale={{ emptyText: <Empty description={q ? t('learning.lessons.noMatch') : t('learning.lessons.empty')} /> }}
          renderItem={(l) => (
            <List.Item key={l.id}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Link to={`/orgs/${orgId}/learning/lessons/${l.id}`}>
                  <strong dir="auto">{l.title}</strong>
                </Link>
                <Space wrap size={4}>
                  <Tag>{t(`learning.kind.${l.kind}`)}</Tag>
                  <Tag>{t(`learning.category.${l.category}`)}</Tag>
                  {l.eventType && <Tag>{t(`learning.eventType.${l.eventType}`)}</Tag>}
                  {l.status === 'draft' && <StatusTag status="draft" />}
                  {l.own && l.sharing === 'installation' && <Tag color="purple">{t(l.anonymized ? 'learning.sharing.installationAnonymous' : 'learning.sharing.installation')}</Tag>}
                </Space>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }} dir="auto">
                  {l.narrative}
                </Typography.Paragraph>
                <LessonSource lesson={l} />
              </Space>
            </List.Item>
          )}
        />
      )}
    </>
  );
}

function ManagementTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const list = useManagementReviews(orgId);
  const [creating, setCreating] = useState(false);
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <Typography.Paragraph>{t('learning.management.intro')}</Typography.Paragraph>
      {list.data?.allowedActions.create && (
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="management-new" style={{ marginBottom: 12 }}>
          {t('learning.management.new')}
        </Button>
      )}
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('learning.management.empty')} /> }}
        renderItem={(r) => (
          <List.Item key={r.id} extra={<StatusTag status={r.status} />}>
            <Link to={`/orgs/${orgId}/learning/management-reviews/${r.id}`}>
              <span dir="auto">{r.title}</span>
            </Link>{' '}
            · {formatDay(r.heldOn)}
          </List.Item>
        )}
      />
      {creating && <NewManagementReviewModal orgId={orgId} today={todayIso()} onClose={() => setCreating(false)} />}
    </>
  );
}

function EvaluationsTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const list = useEvaluations(orgId);
  const [creating, setCreating] = useState(false);
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <Typography.Paragraph>{t('learning.evaluations.intro')}</Typography.Paragraph>
      {list.data?.allowedActions.create && (
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="evaluation-new" style={{ marginBottom: 12 }}>
          {t('learning.evaluations.new')}
        </Button>
      )}
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('learning.evaluations.empty')} /> }}
        renderItem={(e) => (
          <List.Item key={e.id} extra={<StatusTag status={e.status} />}>
            <Link to={`/orgs/${orgId}/learning/evaluations/${e.id}`}>
              <span dir="auto">{e.title}</span>
            </Link>
          </List.Item>
        )}
      />
      {creating && <NewEvaluationModal orgId={orgId} onClose={() => setCreating(false)} />}
    </>
  );
}

/** Learning: reviews after events and exercises, the lessons library, management reviews and crisis evaluations. */
export function LearningHome() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('learning.title'));
  const compact = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((v) => v === params.get('tab')) ?? 'reviews';
  const content = { reviews: <ReviewsTab orgId={orgId} />, lessons: <LessonsTab orgId={orgId} />, management: <ManagementTab orgId={orgId} />, evaluations: <EvaluationsTab orgId={orgId} /> };
  return (
    <>
      <h1 className="page-title">{t('learning.title')}</h1>
      <Typography.Paragraph>{t('learning.intro')}</Typography.Paragraph>
      <Card>
        {compact ? (
          // On a phone four tab titles overflow into a menu that screen readers cannot use inside a tab list: buttons that wrap instead.
          <>
            <Radio.Group
              aria-label={t('learning.title')}
              optionType="button"
              value={tab}
              onChange={(e) => setParams({ tab: e.target.value as string }, { replace: true })}
              options={TABS.map((key) => ({ value: key, label: <span data-testid={`learning-tab-${key}`}>{t(`learning.tabs.${key}`)}</span> }))}
              style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginBottom: 16 }}
            />
            {content[tab]}
          </>
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            items={TABS.map((key) => ({ key, label: <span data-testid={`learning-tab-${key}`}>{t(`learning.tabs.${key}`)}</span>, children: content[key] }))}
          />
        )}
      </Card>
    </>
  );
}
