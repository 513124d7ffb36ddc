import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZCreateUnitRequest, type TUnitView } from '../../../domain/contract/orgs.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useOrgErrorMessage } from './org-errors.js';
import { useCreateUnit } from './orgs.api.js';
import { UnitFields } from './unit-fields.js';
import { UnitSelect } from './unit-select.js';

interface Values {
  parentId?: string;
  kind?: string;
  name: string;
  code: string;
  country: string;
  city: string;
  timeZone: string;
}

export function NewUnitModal({ orgId, units, parentId, open, onClose, onCreated }: {
  orgId: string;
  units: TUnitView[];
  parentId: string | undefined;
  open: boolean;
  onClose: () => void;
  onCreated: (unit: TUnitView) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit(orgId);
  const errorMessage = useOrgErrorMessage();
  const required = [{ required: true, message: t('validation.required') }];

  async function submit() {
    const prepare = (values: Values) => ({ ...values, country: values.country?.trim() || null, city: values.city?.trim() || null });
    const unit = await submitForm(form, ZCreateUnitRequest, t, prepare, create.mutateAsync);
    if (!unit) return;
    void message.success(t('units.created', { name: unit.name }));
    form.resetFields();
    onCreated(unit);
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('units.newUnit')}
      okText={t('common.create')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      errorMessage={errorMessage}
      form={form}
      name="new-unit"
      initialValues={{
        parentId,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
        name: '',
        code: '',
        country: '',
        city: '',
      }}
    >
      <Form.Item label={t('units.parent')} name="parentId" rules={required}>
        <UnitSelect units={units} />
      </Form.Item>
      <UnitFields />
    </FormModal>
  );
}
