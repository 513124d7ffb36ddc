import { App, Button, Descriptions, Form, List, Modal, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { ZRiskInput, ZUpdateRiskRequest, type TRiskView } from '../../../domain/contract/risks.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';
import { ErrorAlert } from '../../app/feedback.js';
import { FormModal } from '../../app/form-modal.js';
import { changedFields, submitForm } from '../../app/form-validation.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { prepareRisk, RiskFields, type TRiskFormValues } from './risk-fields.js';
import { useCreateRisk, useDeleteRisk, useRisk, useServiceOptions, useUpdateRisk } from './risks.api.js';
import { ScoreBadge } from './score-badge.js';

const CODES = {
  'risks.reference_taken': 'risks.errors.referenceTaken',
  'risks.linked_to_plan': 'risks.errors.linkedToPlan',
  'risks.unknown_service': 'risks.errors.unknownService',
  'risks.unknown_owner': 'risks.errors.unknownOwner',
};

function valuesOf(risk: TRiskView): TRiskFormValues {
  return {
    reference: risk.reference,
    title: risk.title,
    description: risk.description,
    category: risk.category,
    unitId: risk.unitId,
    likelihood: risk.likelihood,
    impact: risk.impact,
    ownerPersonId: risk.ownerPersonId,
    treatment: risk.treatment,
    treatmentPlan: risk.treatmentPlan,
    lastAssessedOn: risk.lastAssessedOn ?? '',
    status: risk.status,
    serviceIds: risk.services.map((s) => s.id),
  };
}

function AnsweredBy({ orgId, risk }: { orgId: string; risk: TRiskView }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('risks.form.answeredBy')}
      </Typography.Title>
      {risk.answeredBy.length === 0 ? (
        <Typography.Text type="secondary">{t('risks.form.answeredByNone')}</Typography.Text>
      ) : (
        <List size="small" dataSource={risk.answeredBy} renderItem={(p) => <List.Item><Link to={`/orgs/${orgId}/plans/${p.id}`}>{p.title}</Link>{` · ${t(`enums.planState.${p.state}`)}`}</List.Item>} />
      )}
    </div>
  );
}

export function NewRiskModal({ orgId, units, onClose }: { orgId: string; units: TUnitView[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TRiskFormValues>();
  const create = useCreateRisk(orgId);
  const people = useDirectory(orgId);
  const services = useServiceOptions(orgId, true);
  const errorMessage = useCodedErrorMessage(CODES);
  async function submit() {
    const risk = await submitForm(form, ZRiskInput, t, prepareRisk, create.mutateAsync);
    if (!risk) return;
    void message.success(t('risks.form.created', { reference: risk.reference }));
    onClose();
  }
  return (
    <FormModal<TRiskFormValues>
      title={t('risks.newRisk')}
      okText={t('common.create')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      errorMessage={errorMessage}
      form={form}
      name="new-risk"
      initialValues={{ reference: '', title: '', description: '', treatmentPlan: '', status: 'open', serviceIds: [], unitId: null }}
      okButtonProps={{ 'data-testid': 'risk-submit' }}
    >
      <RiskFields units={units} people={people.data?.items ?? []} services={services.data?.items ?? []} servicesLoading={services.isLoading} />
    </FormModal>
  );
}

export function RiskModal({ orgId, riskId, units, onClose }: { orgId: string; riskId: string; units: TUnitView[]; onClose: () => void }) {
  const risk = useRisk(orgId, riskId);
  if (!risk.data) {
    return (
      <Modal open title="…" footer={null} onCancel={onClose}>
        {risk.error ? <ErrorAlert error={risk.error} /> : null}
      </Modal>
    );
  }
  return risk.data.allowedActions.edit ? <EditRiskModal orgId={orgId} risk={risk.data} units={units} onClose={onClose} /> : <ViewRiskModal risk={risk.data} onClose={onClose} />;
}

function ViewRiskModal({ risk, onClose }: { risk: TRiskView; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open title={`${risk.reference} · ${risk.title}`} footer={null} onCancel={onClose}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('risks.fields.score')}>
          <ScoreBadge score={risk.score} /> {`${risk.likelihood} × ${risk.impact}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('risks.fields.category')}>{t(`enums.riskCategory.${risk.category}`)}</Descriptions.Item>
        <Descriptions.Item label={t('risks.fields.unit')}>{risk.unitName ?? t('risks.organizationWide')}</Descriptions.Item>
        <Descriptions.Item label={t('risks.fields.owner')}>{risk.ownerName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('risks.fields.treatment')}>{t(`enums.riskTreatment.${risk.treatment}`)}</Descriptions.Item>
        <Descriptions.Item label={t('risks.fields.treatmentPlan')}>{risk.treatmentPlan || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('risks.fields.description')}>{risk.description || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('risks.fields.services')}>{risk.services.map((s) => s.name).join(', ') || '—'}</Descriptions.Item>
      </Descriptions>
      <AnsweredBy orgId={risk.orgId} risk={risk} />
    </Modal>
  );
}

function EditRiskModal({ orgId, risk, units, onClose }: { orgId: string; risk: TRiskView; units: TUnitView[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TRiskFormValues>();
  const update = useUpdateRisk(orgId, risk.id);
  const remove = useDeleteRisk(orgId, risk.id);
  const people = useDirectory(orgId);
  const services = useServiceOptions(orgId, true);
  const errorMessage = useCodedErrorMessage(CODES);
  const current = valuesOf(risk);
  async function submit() {
    const saved = await submitForm(form, ZUpdateRiskRequest, t, (values) => changedFields(prepareRisk(current), prepareRisk(values)), update.mutateAsync);
    if (!saved) return;
    void message.success(t('risks.form.saved', { reference: saved.reference }));
    onClose();
  }
  async function destroy() {
    try {
      await remove.mutateAsync(undefined);
      void message.success(t('risks.form.deleted', { reference: risk.reference }));
      onClose();
    } catch {
      // Shown in the modal by the error alert.
    }
  }
  return (
    <FormModal<TRiskFormValues>
      title={`${risk.reference} · ${risk.title}`}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={update.isPending}
      error={update.error ?? remove.error}
      errorMessage={errorMessage}
      form={form}
      name="edit-risk"
      initialValues={current}
      okButtonProps={{ 'data-testid': 'risk-submit' }}
    >
      <RiskFields units={units} people={people.data?.items ?? []} services={services.data?.items ?? []} servicesLoading={services.isLoading} />
      <AnsweredBy orgId={risk.orgId} risk={risk} />
      {risk.allowedActions.delete && (
        <Popconfirm title={t('risks.form.deleteConfirm')} okText={t('risks.form.delete')} cancelText={t('common.cancel')} onConfirm={() => void destroy()}>
          <Button danger style={{ marginTop: 12 }} loading={remove.isPending}>
            {t('risks.form.delete')}
          </Button>
        </Popconfirm>
      )}
    </FormModal>
  );
}
