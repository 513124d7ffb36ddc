import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { ZCreatePlanRequest } from '../../../domain/contract/plans.js';
import { LANGUAGES } from '../../../domain/languages.js';
import { PLAN_TYPES } from '../../../domain/plans/plan-types.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { LANGUAGE_NAMES } from '../../app/i18n.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { useCreatePlan } from './plans.api.js';

interface Values {
  unitId?: string;
  type?: string;
  title: string;
  language: string;
}

export function NewPlanModal({ orgId, units, unitId, open, onClose }: {
  orgId: string;
  units: TUnitView[];
  unitId: string | undefined;
  open: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreatePlan(orgId);
  const required = [{ required: true, message: t('validation.required') }];

  async function submit() {
    const plan = await submitForm(form, ZCreatePlanRequest, t, (values) => values, create.mutateAsync);
    if (!plan) return;
    void message.success(t('plans.created', { title: plan.title }));
    onClose();
    navigate(`/orgs/${orgId}/plans/${plan.id}`);
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('plans.newPlan')}
      okText={t('common.create')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      form={form}
      name="new-plan"
      initialValues={{ unitId, title: '', language: i18n.language }}
      intro={<p>{t('plans.newPlanIntro')}</p>}
    >
      <Form.Item label={t('plans.unit')} name="unitId" rules={required}>
        <UnitSelect units={units} data-testid="new-plan-unit" />
      </Form.Item>
      <Form.Item label={t('plans.type')} name="type" rules={required}>
        <Select
          data-testid="new-plan-type"
          showSearch={{ optionFilterProp: 'label' }}
          options={PLAN_TYPES.map((type) => ({ value: type, label: t(`enums.planType.${type}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('plans.titleColumn')} name="title" rules={required}>
        <Input maxLength={200} data-testid="new-plan-title" />
      </Form.Item>
      <Form.Item label={t('plans.language')} name="language" rules={required}>
        <Select options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
      </Form.Item>
    </FormModal>
  );
}
