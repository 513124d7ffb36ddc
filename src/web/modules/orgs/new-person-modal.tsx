import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZCreatePersonRequest, type TUnitView } from '../../../domain/contract/orgs.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useOrgErrorMessage } from './org-errors.js';
import { useCreatePerson } from './orgs.api.js';
import { PersonFields } from './person-fields.js';

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
  const errorMessage = useOrgErrorMessage();

  async function submit() {
    const prepare = (values: Values) => ({ ...values, mobilePhone: values.mobilePhone?.trim() || null });
    const person = await submitForm(form, ZCreatePersonRequest, t, prepare, create.mutateAsync);
    if (!person) return;
    void message.success(t('people.created', { name: person.fullName }));
    form.resetFields();
    onClose();
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('people.add')}
      okText={t('common.create')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      errorMessage={errorMessage}
      form={form}
      name="new-person"
      initialValues={{ unitId, fullName: '', jobTitle: '', email: '', mobilePhone: '', preferredLanguage: i18n.language }}
    >
      <PersonFields units={units} />
    </FormModal>
  );
}
