import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TEvaluationView } from '../../../domain/contract/learning.js';
import { CRISIS_ASPECTS, CRISIS_PHASES, EVALUATION_FINDINGS } from '../../../domain/learning/learning.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { usePageTitle } from '../../app/page-title.js';
import { ExportButtons } from './export-buttons.js';
import { useEvaluation, useFinalizeEvaluation, useUpdateEvaluation } from './learning.api.js';
import { useLearningErrorMessage } from './learning-modals.js';
import { StatusTag } from './learning-home.js';

type TValues = Pick<TEvaluationView, 'title' | 'crisis' | 'governingBody' | 'phases' | 'findings'>;

/**
 * Recommendation 5: a management evaluation of continuity across a protracted crisis, phase by
 * phase with human resources, ICT and occupational safety and health, for the governing body.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { orgId = '', evaluationId = '' } = useParams();
  const evaluation = useEvaluation(orgId, evaluationId);
  usePageTitle(evaluation.data?.title ?? t('learning.evaluations.title'));
  if (evaluation.error) return <ErrorAlert error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  if (!evaluation.data) return <BlockLoading />;
  return <Evaluation orgId={orgId} evaluation={evaluation.data} />;
}

function Evaluation({ orgId, evaluation }: { orgId: string; evaluation: TEvaluationView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const update = useUpdateEvaluation(orgId, evaluation.id);
  const finalize = useFinalizeEvaluation(orgId, evaluation.id);
  const errorMessage = useLearningErrorMessage();
  const editable = evaluation.allowedActions.edit;
  useEffect(() => form.setFieldsValue(evaluation), [form, evaluation]);
  async function save() {
    const v = form.getFieldsValue(true) as TValues;
    await update.mutateAsync({ title: v.title, crisis: v.crisis ?? '', governingBody: v.governingBody ?? '', phases: v.phases ?? {}, findings: v.findings ?? {} });
    void message.success(t('learning.saved'));
  }
  return (
    <>
      <h1 className="page-title" dir="auto">
        {evaluation.title}
      </h1>
      <Flex wrap gap={12} justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <StatusTag status={evaluation.status} />
        <ExportButtons orgId={orgId} what="crisis-evaluations" id={evaluation.id} />
      </Flex>
      <Typography.Paragraph>{t('learning.evaluations.intro')}</Typography.Paragraph>
      {(update.error || finalize.error) && <ErrorAlert error={update.error ?? finalize.error} message={errorMessage} />}
      <Form form={form} layout="vertical" disabled={!editable} name="evaluation" onFinish={() => void save()}>
        <Card style={{ marginBottom: 16 }}>
          <Form.Item name="title" label={t('learning.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="crisis" label={t('learning.evaluations.crisis')}>
            <Input maxLength={2000} />
          </Form.Item>
          <Form.Item name="governingBody" label={t('learning.evaluations.governingBody')}>
            <Input maxLength={300} />
          </Form.Item>
        </Card>
        <Collapse
          style={{ marginBottom: 16 }}
          defaultActiveKey={['baseline']}
          items={CRISIS_PHASES.map((phase) => ({
            key: phase,
            label: t(`learning.phase.${phase}`),
            children: CRISIS_ASPECTS.map((aspect) => (
              <Form.Item key={aspect} name={['phases', phase, aspect]} label={t(`learning.aspect.${aspect}`)}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} data-testid={`evaluation-${phase}-${aspect}`} />
              </Form.Item>
            )),
          }))}
        />
        <Card title={t('learning.evaluations.findings')} style={{ marginBottom: 16 }}>
          {EVALUATION_FINDINGS.map((f) => (
            <Form.Item key={f} name={['findings', f]} label={t(`learning.evaluationFinding.${f}`)}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} />
            </Form.Item>
          ))}
        </Card>
        {editable && (
          <Flex gap={8} wrap>
            <Button htmlType="submit" icon={<SaveOutlined />} loading={update.isPending} data-testid="evaluation-save">
              {t('common.save')}
            </Button>
            <Popconfirm title={t('learning.evaluations.finalizeConfirm')} onConfirm={() => void save().then(() => finalize.mutateAsync())}>
              <Button type="primary" icon={<CheckOutlined />} loading={finalize.isPending}>
                {t('learning.evaluations.finalize')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
      </Form>
    </>
  );
}
