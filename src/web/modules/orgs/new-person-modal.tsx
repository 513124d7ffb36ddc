import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZCreatePersonRequest, type TUnitView } from '../../../domain/contract/orgs.js';
import { LANGUAGES } from '../../../domain/languages.js';
import { ErrorAlert } from '../../app/feedback.js';
import { submitForm } from '../../app/form-validation.js';
import { LANGUAGE_NAMES } from '../../app/i18n.js';
import { useCreatePerson } from './orgs.api.js';
import { UnitSelect } from './unit-select.js';

interface Values {
  unitId?: string;
  fullName: string;
  jobTitle: string;
  email: string;
  mobilePhone: string;
  preferredLanguage: string;
}

export function NewPersonModal({ orgId, units, unitId, open, onClose }: {
  orgId: string;
  units: TUnitView[];
  unitId: string | undefined;
  open: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreatePerson(orgId);
  const required = [{ required: true, message: t('validation.required') }];

  async function submit() {
    const prepare = (values: Values) => ({ ...values, mobilePhone: values.mobilePhone?.trim() || null });
    const person = await submitForm(form, ZCreatePersonRequest, t, prepare, create.mutateAsync);
    if (!person) return;
    void message.success(t('people.created', { name: person.fullName }));
    form.resetFields();
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('people.add')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.error && <ErrorAlert error={create.error} />}
      <Form<Values>
        name="new-person"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ unitId, fullName: '', jobTitle: '', email: '', mobilePhone: '', preferredLanguage: i18n.language }}
      >
        <Form.Item label={t('plans.unit')} name="unitId" rules={required}>
          <UnitSelect units={units} />
        </Form.Item>
        <Form.Item label={t('people.fullName')} name="fullName" rules={required}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('people.jobTitle')} name="jobTitle">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('people.email')} name="email" rules={[...required, { type: 'email', message: t('validation.email') }]}>
          <Input type="email" maxLength={320} />
        </Form.Item>
        <Form.Item label={t('people.mobilePhone')} name="mobilePhone" extra={t('people.mobilePhoneHelp')}>
          <Input type="tel" maxLength={16} />
        </Form.Item>
        <Form.Item label={t('people.preferredLanguage')} name="preferredLanguage">
          <Select options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
