import { App, Form, Input, Modal, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCreateUnitRequest, type TUnitView } from '../../../domain/contract/orgs.js';
import { UNIT_KINDS } from '../../../domain/units.js';
import { ErrorAlert } from '../../app/feedback.js';
import { submitForm } from '../../app/form-validation.js';
import { useCreateUnit } from './orgs.api.js';
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

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
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
  const zoneOptions = useMemo(() => timeZones().map((z) => ({ value: z, label: z })), []);
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
    <Modal
      open={open}
      title={t('units.newUnit')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.error && <ErrorAlert error={create.error} />}
      <Form<Values>
        name="new-unit"
        form={form}
        layout="vertical"
        preserve={false}
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
        <Form.Item label={t('units.kind')} name="kind" rules={required}>
          <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`enums.unitKind.${k}`) }))} />
        </Form.Item>
        <Form.Item label={t('units.name')} name="name" rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('units.code')} name="code" rules={required} extra={t('units.codeHelp')}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item label={t('units.city')} name="city">
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item label={t('units.country')} name="country" extra={t('units.countryHelp')}>
          <Input maxLength={2} style={{ width: 100, textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item label={t('units.timeZone')} name="timeZone" rules={required}>
          <Select options={zoneOptions} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
