import { CheckOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, Popconfirm, Row, Statistic, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TManagementReviewView } from '../../../domain/contract/learning.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { ExportButtons } from './export-buttons.js';
import { useConcludeManagementReview, useManagementReview, useUpdateManagementReview } from './learning.api.js';
import { RequiredChangeModal, useLearningErrorMessage } from './learning-modals.js';
import { StatusTag } from './learning-home.js';

interface TValues {
  attendees: string;
  contextChanges: string;
  auditFindings: string;
  decisions: string;
}

/** ISO 22301 9.3: the inputs ORMS assembled, what was decided, and the actions that follow. */
export function ManagementReviewPage() {
  const { t } = useTranslation();
  const { orgId = '', reviewId = '' } = useParams();
  const review = useManagementReview(orgId, reviewId);
  usePageTitle(review.data?.title ?? t('learning.management.title'));
  if (review.error) return <ErrorAlert error={review.error} onRetry={() => void review.refetch()} />;
  if (!review.data) return <BlockLoading />;
  return <ManagementReview orgId={orgId} review={review.data} />;
}

function ManagementReview({ orgId, review }: { orgId: string; review: TManagementReviewView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDay = useFormatDay();
  const [form] = Form.useForm<TValues>();
  const update = useUpdateManagementReview(orgId, review.id);
  const conclude = useConcludeManagementReview(orgId, review.id);
  const errorMessage = useLearningErrorMessage();
  const [adding, setAdding] = useState(false);
  const i = review.inputs;
  const editable = review.allowedActions.edit;
  useEffect(() => form.setFieldsValue({ attendees: review.attendees, contextChanges: review.contextChanges, auditFindings: review.auditFindings, decisions: review.decisions.join('\n') }), [form, review]);
  async function save() {
    const v = form.getFieldsValue(true) as TValues;
    await update.mutateAsync({ attendees: v.attendees ?? '', contextChanges: v.contextChanges ?? '', auditFindings: v.auditFindings ?? '', decisions: (v.decisions ?? '').split('\n').map((d) => d.trim()).filter(Boolean) });
    void message.success(t('learning.saved'));
  }
  return (
    <>
      <h1 className="page-title" dir="auto">
        {review.title}
      </h1>
      <Flex wrap gap={12} justify="space-between" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('learning.management.heldOn')}>{formatDay(review.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={t('learning.management.period')}>{`${formatDay(review.periodFrom)} – ${formatDay(review.periodTo)}`}</Descriptions.Item>
          <Descriptions.Item label={t('learning.fields.status')}>
            <StatusTag status={review.status} />
          </Descriptions.Item>
        </Descriptions>
        <ExportButtons orgId={orgId} what="management-reviews" id={review.id} />
      </Flex>
      {(update.error || conclude.error) && <ErrorAlert error={update.error ?? conclude.error} message={errorMessage} />}
      <Card title={t('learning.management.inputs')} style={{ marginBottom: 16 }} extra={<Typography.Text type="secondary">{t('learning.management.asOf', { date: formatDay(i.asOf) })}</Typography.Text>}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('learning.management.actionsOpen')} value={i.actions.open + i.actions.inProgress} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('learning.management.actionsOverdue')} value={i.actions.overdue} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('learning.management.compliance')} value={i.compliance.percentCompliant ?? '—'} suffix={i.compliance.percentCompliant === null ? '' : '%'} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('learning.management.kpi15')} value={i.training.percent ?? '—'} suffix={i.training.percent === null ? '' : '%'} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('learning.management.reviewsOpen')} value={i.reviews.open} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('learning.management.lessonsPublished')} value={i.lessonsPublished} />
          </Col>
        </Row>
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
          {t('learning.management.exercises')}
        </Typography.Title>
        <ScrollRegion label={t('learning.management.exercises')}>
          <Table
            size="small"
            rowKey={(r) => `${r.title}-${r.conductedOn}`}
            pagination={false}
            dataSource={i.exercises}
            locale={{ emptyText: <Empty description={t('learning.management.none')} /> }}
            columns={[
              { title: t('learning.fields.title'), dataIndex: 'title' },
              { title: t('learning.management.conductedOn'), dataIndex: 'conductedOn', render: (d: string | null) => formatDay(d) },
              { title: t('learning.management.met'), dataIndex: 'met' },
              { title: t('learning.management.missed'), dataIndex: 'missed' },
              { title: t('learning.management.findings'), dataIndex: 'findings' },
            ]}
          />
        </ScrollRegion>
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
          {t('learning.management.events')}
        </Typography.Title>
        <ScrollRegion label={t('learning.management.events')}>
          <Table
            size="small"
            rowKey={(r) => `${r.title}-${r.declaredOn}`}
            pagination={false}
            dataSource={i.events}
            locale={{ emptyText: <Empty description={t('learning.management.none')} /> }}
            columns={[
              { title: t('learning.fields.title'), dataIndex: 'title' },
              { title: t('learning.fields.eventType'), dataIndex: 'type', render: (v: string) => t(`learning.eventType.${v}`) },
              { title: t('learning.management.severity'), dataIndex: 'severity' },
              { title: t('learning.management.declaredOn'), dataIndex: 'declaredOn', render: (d: string) => formatDay(d) },
            ]}
          />
        </ScrollRegion>
      </Card>
      <Form form={form} layout="vertical" disabled={!editable} name="management-review" onFinish={() => void save()}>
        <Card title={t('learning.management.byHand')} style={{ marginBottom: 16 }}>
          <Form.Item name="attendees" label={t('learning.management.attendees')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
          </Form.Item>
          <Form.Item name="contextChanges" label={t('learning.management.contextChanges')} extra={t('learning.management.contextHelp')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} data-testid="management-context" />
          </Form.Item>
          <Form.Item name="auditFindings" label={t('learning.management.auditFindings')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} />
          </Form.Item>
          <Form.Item name="decisions" label={t('learning.management.decisions')} extra={t('learning.management.decisionsHelp')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} data-testid="management-decisions" />
          </Form.Item>
          {editable && (
            <Flex gap={8} wrap>
              <Button htmlType="submit" icon={<SaveOutlined />} loading={update.isPending} data-testid="management-save">
                {t('common.save')}
              </Button>
              <Popconfirm title={t('learning.management.concludeConfirm')} onConfirm={() => void save().then(() => conclude.mutateAsync())}>
                <Button type="primary" icon={<CheckOutlined />} loading={conclude.isPending} data-testid="management-conclude">
                  {t('learning.management.conclude')}
                </Button>
              </Popconfirm>
            </Flex>
          )}
        </Card>
      </Form>
      <Card
        title={t('learning.management.actions')}
        extra={
          editable && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('learning.management.newAction')}
            </Button>
          )
        }
      >
        <ScrollRegion label={t('learning.management.actions')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={review.actions}
            locale={{ emptyText: <Empty description={t('learning.changes.empty')} /> }}
            columns={[
              { title: t('learning.changes.fields.title'), dataIndex: 'title' },
              { title: t('learning.fields.owner'), dataIndex: 'ownerName' },
              { title: t('learning.fields.dueOn'), dataIndex: 'dueOn', render: (d: string) => formatDay(d) },
              { title: t('learning.fields.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s === 'closed' ? 'completed' : 'open'} /> },
            ]}
          />
        </ScrollRegion>
      </Card>
      {adding && <RequiredChangeModal orgId={orgId} managementReviewId={review.id} today={review.heldOn} onClose={() => setAdding(false)} />}
    </>
  );
}
