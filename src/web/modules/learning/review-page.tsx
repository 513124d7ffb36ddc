import { CheckOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, Form, Input, Popconfirm, Space, Table, Typography , type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TReviewView } from '../../../domain/contract/learning.js';
import { RESPONSE_PHASES, type TReviewSections } from '../../../domain/learning/learning.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useCompleteReview, useReview, useUpdateReview } from './learning.api.js';
import { PersonSelect, RequiredChangeModal, useLearningErrorMessage } from './learning-modals.js';
import { LessonSuggestions } from './lesson-suggestions.js';
import { StatusTag } from './learning-home.js';

interface TValues {
  ownerPersonId: string | null;
  dueOn: string;
  participantPersonIds: string[];
  sections: TReviewSections;
}

const TEXT_SECTIONS = ['enablers', 'temporaryMeasures', 'measuresToKeep', 'whatWorked', 'whatDidNotWork'] as const;

/** The review walks the team through the template; each required change becomes a remedial action. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { orgId = '', reviewId = '' } = useParams();
  const review = useReview(orgId, reviewId);
  usePageTitle(review.data?.title ?? t('learning.reviews.title'));
  if (review.error) return <ErrorAlert error={review.error} onRetry={() => void review.refetch()} />;
  if (!review.data) return <BlockLoading />;
  return <ReviewEditor orgId={orgId} review={review.data} />;
}

function ReviewEditor({ orgId, review }: { orgId: string; review: TReviewView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDay = useFormatDay();
  const [form] = Form.useForm<TValues>();
  const update = useUpdateReview(orgId, review.id);
  const complete = useCompleteReview(orgId, review.id);
  const errorMessage = useLearningErrorMessage();
  const [addingChange, setAddingChange] = useState(false);
  const editable = review.allowedActions.edit;
  useEffect(() => {
    form.setFieldsValue({ ownerPersonId: review.owner?.personId ?? null, dueOn: review.dueOn, participantPersonIds: review.participants.map((p) => p.personId), sections: review.sections });
  }, [form, review]);

  async function save() {
    const v = form.getFieldsValue(true) as TValues;
    await update.mutateAsync({ ...(v.ownerPersonId ? { ownerPersonId: v.ownerPersonId } : {}), dueOn: v.dueOn, participantPersonIds: v.participantPersonIds ?? [], sections: v.sections });
    void message.success(t('learning.saved'));
  }
  async function finish() {
    await save();
    await complete.mutateAsync();
    void message.success(t('learning.reviews.completed'));
  }

  return (
    <>
      <h1 className="page-title" dir="auto">
        {review.title}
      </h1>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('learning.fields.source')}>{t(`learning.source.${review.source.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('learning.fields.unit')}>{review.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('learning.fields.status')}>
            <span data-testid="review-status">
              <StatusTag status={review.status} overdue={review.overdue} />
            </span>
          </Descriptions.Item>
        </Descriptions>
        {review.source.kind === 'exercise' && review.source.id && <Link to={`/orgs/${orgId}/exercises/${review.source.id}`}>{t('learning.reviews.openExercise')}</Link>}
        {review.source.kind === 'event' && review.source.id && <Link to={`/orgs/${orgId}/events/${review.source.id}`}>{t('learning.reviews.openEvent')}</Link>}
      </Card>
      {(update.error || complete.error) && <ErrorAlert error={update.error ?? complete.error} message={errorMessage} />}
      <Form form={form} layout="vertical" disabled={!editable} name="review" onFinish={() => void save()}>
        <Card title={t('learning.reviews.people')} style={{ marginBottom: 16 }}>
          <Flex wrap gap={16}>
            <Form.Item name="ownerPersonId" label={t('learning.fields.owner')} style={{ minWidth: 260 }}>
              <PersonSelect orgId={orgId} data-testid="review-owner" />
            </Form.Item>
            <Form.Item name="dueOn" label={t('learning.fields.dueOn')}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="participantPersonIds" label={t('learning.reviews.participants')} style={{ flex: '1 1 300px' }}>
              <PersonSelect orgId={orgId} mode="multiple" data-testid="review-participants" />
            </Form.Item>
          </Flex>
        </Card>
        <Card title={t('learning.reviews.whatHappened')} style={{ marginBottom: 16 }}>
          {RESPONSE_PHASES.map((phase) => (
            <Form.Item key={phase} name={['sections', 'whatHappened', phase]} label={t(`learning.responsePhase.${phase}`)}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} data-testid={`review-phase-${phase}`} />
            </Form.Item>
          ))}
        </Card>
        <Card title={t('learning.reviews.findings')} style={{ marginBottom: 16 }}>
          {TEXT_SECTIONS.map((key) => (
            <Form.Item key={key} name={['sections', key]} label={t(`learning.sections.${key}`)} extra={t(`learning.sectionsHelp.${key}`)}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} data-testid={`review-${key}`} />
            </Form.Item>
          ))}
        </Card>
        {editable && (
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Button htmlType="submit" icon={<SaveOutlined />} loading={update.isPending} data-testid="review-save">
              {t('common.save')}
            </Button>
            <Popconfirm title={t('learning.reviews.completeConfirm')} onConfirm={() => void finish()} okButtonProps={{ 'data-testid': 'review-complete-confirm' } as ButtonProps}>
              <Button type="primary" icon={<CheckOutlined />} loading={complete.isPending} data-testid="review-complete">
                {t('learning.reviews.complete')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
      </Form>
      <Card
        title={t('learning.changes.title')}
        style={{ marginBottom: 16 }}
        extra={
          review.allowedActions.addChange && (
            <Button icon={<PlusOutlined />} onClick={() => setAddingChange(true)} data-testid="change-new">
              {t('learning.changes.new')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('learning.changes.intro')}</Typography.Paragraph>
        <ScrollRegion label={t('learning.changes.title')}>
          <Table
            rowKey="id"
            size="small"
            data-testid="change-table"
            dataSource={review.changes}
            pagination={false}
            locale={{ emptyText: <Empty description={t('learning.changes.empty')} /> }}
            columns={[
              { title: t('learning.changes.fields.title'), dataIndex: 'title', render: (v: string) => <span dir="auto">{v}</span> },
              { title: t('learning.changes.fields.target'), key: 'target', render: (_, c) => (c.changeTarget ? t(`learning.changeTarget.${c.changeTarget}`) : '—') },
              { title: t('learning.fields.owner'), dataIndex: 'ownerName' },
              { title: t('learning.fields.dueOn'), dataIndex: 'dueOn', render: (d: string) => formatDay(d) },
              { title: t('learning.fields.status'), key: 'status', render: (_, c) => <StatusTag status={c.status === 'closed' ? 'completed' : 'open'} overdue={c.overdue} /> },
            ]}
          />
        </ScrollRegion>
        <Space style={{ marginTop: 12 }} wrap>
          <Link to={`/orgs/${orgId}/actions`}>{t('learning.changes.allActions')}</Link>
          <Link to={`/orgs/${orgId}/learning/lessons/new?reviewId=${review.id}${review.eventType ? `&eventType=${review.eventType}` : ''}`} data-testid="review-write-lesson">
            {t('learning.reviews.writeLesson')}
          </Link>
        </Space>
      </Card>
      {review.eventType && <LessonSuggestions orgId={orgId} eventType={review.eventType} />}
      {addingChange && <RequiredChangeModal orgId={orgId} reviewId={review.id} today={review.dueOn} onClose={() => setAddingChange(false)} />}
    </>
  );
}
