import { Form, Input, Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ZEvaluationInput, ZManagementReviewInput, ZRequiredChange, ZReviewInput } from '../../../domain/contract/learning.js';
import { CHANGE_TARGETS } from '../../../domain/learning/learning.js';
import { EVENT_TYPES } from '../../../domain/response/events.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useDirectory, useUnits } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { usePlans } from '../plans/plans.api.js';
import { useAddChange, useAddManagementAction, useCreateEvaluation, useCreateManagementReview, useCreateReview } from './learning.api.js';

export const useLearningErrorMessage = () =>
  useCodedErrorMessage(
    {
      'learning.review_not_found': 'learning.errors.notFound',
      'learning.lesson_not_found': 'learning.errors.notFound',
      'learning.review_incomplete': 'learning.errors.reviewIncomplete',
      'learning.review_completed': 'learning.errors.closed',
      'learning.management_review_concluded': 'learning.errors.closed',
      'learning.evaluation_final': 'learning.errors.closed',
    },
    'learning.errors.forbidden',
  );

/** People of the directory as options ("name — unit"). */
export function PersonSelect({ orgId, ...props }: { orgId: string } & SelectProps<string | string[]>) {
  const people = useDirectory(orgId);
  const units = useUnits(orgId);
  const unitName = (id: string) => units.data?.items.find((u) => u.id === id)?.name ?? '';
  return (
    <Select<string | string[]>
      {...props}
      allowClear
      loading={people.isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${unitName(p.unitId)}` }))}
      popupMatchSelectWidth={false}
    />
  );
}

export function PlanSelect(props: { orgId: string; 'data-testid'?: string; id?: string; value?: string | null; onChange?: (v: string | null) => void }) {
  const { orgId, ...rest } = props;
  const plans = usePlans(orgId, {});
  return (
    <Select
      {...rest}
      allowClear
      loading={plans.isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.title} — ${p.unitName}` }))}
      popupMatchSelectWidth={false}
    />
  );
}

interface TReviewValues {
  title: string;
  unitId: string;
  eventType: string | null;
  ownerPersonId: string;
  dueOn: string;
}
export function NewReviewModal({ orgId, unitIds, today, onClose }: { orgId: string; unitIds: string[]; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<TReviewValues>();
  const create = useCreateReview(orgId);
  const units = useUnits(orgId);
  const errorMessage = useLearningErrorMessage();
  async function submit() {
    const created = await submitForm(form, ZReviewInput, t, (v: TReviewValues) => ({ ...v, eventType: v.eventType ?? null }), create.mutateAsync);
    if (created) navigate(`/orgs/${orgId}/learning/reviews/${created.id}`);
  }
  return (
    <FormModal<TReviewValues> title={t('learning.reviews.new')} okText={t('common.create')} onCancel={onClose} onSubmit={submit} pending={create.isPending} error={create.error} errorMessage={errorMessage} form={form} name="new-review" initialValues={{ unitId: unitIds[0], dueOn: today }} okButtonProps={{ 'data-testid': 'review-submit' }}>
      <Form.Item name="title" label={t('learning.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} data-testid="review-title" />
      </Form.Item>
      <Form.Item name="unitId" label={t('learning.fields.unit')} rules={[{ required: true, message: t('validation.required') }]}>
        <UnitSelect units={(units.data?.items ?? []).filter((u) => unitIds.includes(u.id))} />
      </Form.Item>
      <Form.Item name="eventType" label={t('learning.fields.eventType')}>
        <Select allowClear options={EVENT_TYPES.map((e) => ({ value: e, label: t(`learning.eventType.${e}`) }))} />
      </Form.Item>
      <Form.Item name="ownerPersonId" label={t('learning.fields.owner')} rules={[{ required: true, message: t('validation.required') }]}>
        <PersonSelect orgId={orgId} data-testid="review-owner" />
      </Form.Item>
      <Form.Item name="dueOn" label={t('learning.fields.dueOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" style={{ maxWidth: 200 }} />
      </Form.Item>
    </FormModal>
  );
}

interface TChangeValues {
  title: string;
  description: string;
  changeTarget: string;
  planId: string | null;
  ownerPersonId: string;
  dueOn: string;
  evidenceRequired: string;
}
/** A change the review requires: it becomes a remedial action (and a change to a plan makes the plan's update due). */
export function RequiredChangeModal({ orgId, reviewId, managementReviewId, today, onClose }: { orgId: string; reviewId?: string; managementReviewId?: string; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TChangeValues>();
  const addChange = useAddChange(orgId, reviewId ?? '');
  const addAction = useAddManagementAction(orgId, managementReviewId ?? '');
  const mutation = reviewId ? addChange : addAction;
  const errorMessage = useLearningErrorMessage();
  const target = Form.useWatch('changeTarget', form);
  async function submit() {
    const prepare = (v: TChangeValues) => ({ ...v, description: v.description ?? '', planId: v.planId ?? null });
    const done = reviewId
      ? await submitForm(form, ZRequiredChange, t, prepare, addChange.mutateAsync)
      : await submitForm(form, ZRequiredChange, t, prepare, ({ changeTarget: _c, ...body }) => addAction.mutateAsync(body));
    if (done) onClose();
  }
  return (
    <FormModal<TChangeValues>
      title={reviewId ? t('learning.changes.new') : t('learning.management.newAction')}
      okText={t('common.create')}
      onCancel={onClose}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      errorMessage={errorMessage}
      form={form}
      name="required-change"
      initialValues={{ changeTarget: reviewId ? 'plan' : 'framework', dueOn: today, planId: null, description: '' }}
      intro={t('learning.changes.intro')}
      okButtonProps={{ 'data-testid': 'change-submit' }}
    >
      <Form.Item name="title" label={t('learning.changes.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} data-testid="change-title" />
      </Form.Item>
      <Form.Item name="changeTarget" label={t('learning.changes.fields.target')}>
        <Select data-testid="change-target" options={CHANGE_TARGETS.map((c) => ({ value: c, label: t(`learning.changeTarget.${c}`) }))} />
      </Form.Item>
      <Form.Item name="planId" label={t('learning.changes.fields.plan')} rules={[{ required: target === 'plan', message: t('validation.required') }]}>
        <PlanSelect orgId={orgId} data-testid="change-plan" />
      </Form.Item>
      <Form.Item name="ownerPersonId" label={t('learning.fields.owner')} rules={[{ required: true, message: t('validation.required') }]}>
        <PersonSelect orgId={orgId} data-testid="change-owner" />
      </Form.Item>
      <Form.Item name="dueOn" label={t('learning.fields.dueOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" style={{ maxWidth: 200 }} data-testid="change-due" />
      </Form.Item>
      <Form.Item name="evidenceRequired" label={t('learning.changes.evidenceRequired')} extra={t('learning.changes.evidenceHelp')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={2000} data-testid="change-evidence" />
      </Form.Item>
      <Form.Item name="description" label={t('learning.changes.fields.description')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}

interface TPeriodValues {
  title: string;
  heldOn: string;
  periodFrom: string;
  periodTo: string;
}
export function NewManagementReviewModal({ orgId, today, onClose }: { orgId: string; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<TPeriodValues>();
  const create = useCreateManagementReview(orgId);
  async function submit() {
    const created = await submitForm(form, ZManagementReviewInput, t, (v: TPeriodValues) => v, create.mutateAsync);
    if (created) navigate(`/orgs/${orgId}/learning/management-reviews/${created.id}`);
  }
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return (
    <FormModal<TPeriodValues> title={t('learning.management.new')} okText={t('common.create')} onCancel={onClose} onSubmit={submit} pending={create.isPending} error={create.error} form={form} name="new-management-review" initialValues={{ heldOn: today, periodFrom: yearAgo, periodTo: today }} okButtonProps={{ 'data-testid': 'management-submit' }}>
      <Form.Item name="title" label={t('learning.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} data-testid="management-title" />
      </Form.Item>
      <Form.Item name="heldOn" label={t('learning.management.heldOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="periodFrom" label={t('learning.management.periodFrom')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="periodTo" label={t('learning.management.periodTo')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" style={{ maxWidth: 200 }} />
      </Form.Item>
    </FormModal>
  );
}

interface TEvaluationValues {
  title: string;
  crisis: string;
  periodFrom: string | null;
  periodTo: string | null;
}
export function NewEvaluationModal({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<TEvaluationValues>();
  const create = useCreateEvaluation(orgId);
  async function submit() {
    const created = await submitForm(form, ZEvaluationInput, t, (v: TEvaluationValues) => ({ title: v.title, crisis: v.crisis ?? '', periodFrom: v.periodFrom || null, periodTo: v.periodTo || null }), create.mutateAsync);
    if (created) navigate(`/orgs/${orgId}/learning/evaluations/${created.id}`);
  }
  return (
    <FormModal<TEvaluationValues> title={t('learning.evaluations.new')} okText={t('common.create')} onCancel={onClose} onSubmit={submit} pending={create.isPending} error={create.error} form={form} name="new-evaluation" initialValues={{ crisis: '' }} okButtonProps={{ 'data-testid': 'evaluation-submit' }}>
      <Form.Item name="title" label={t('learning.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} data-testid="evaluation-title" />
      </Form.Item>
      <Form.Item name="crisis" label={t('learning.evaluations.crisis')}>
        <Input maxLength={2000} />
      </Form.Item>
      <Form.Item name="periodFrom" label={t('learning.management.periodFrom')}>
        <Input type="date" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="periodTo" label={t('learning.management.periodTo')}>
        <Input type="date" style={{ maxWidth: 200 }} />
      </Form.Item>
    </FormModal>
  );
}
