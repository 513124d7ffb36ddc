import { Alert, App, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCreateMemberRequest, type TMemberView } from '../../../domain/contract/members.js';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import type { TOrgRole } from '../../../domain/roles.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useCollator } from '../../app/format.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { useCreateMember } from './members.api.js';
import { useMemberErrorMessage } from './member-errors.js';
import { RoleSelect } from './role-select.js';

interface Values {
  personId?: string;
  role?: TOrgRole;
  unitId?: string;
  initialPassword: string;
}

/** A sign-in account, with a first role, for a person of the staff directory who has none yet. */
export function GrantAccountModal({ orgId, members, units, onClose }: {
  orgId: string;
  members: TMemberView[];
  units: TUnitView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const collator = useCollator();
  const directory = useDirectory(orgId, true);
  const create = useCreateMember(orgId);
  const errorMessage = useMemberErrorMessage();
  const required = [{ required: true, message: t('validation.required') }];

  const candidates = useMemo(() => {
    const withAccount = new Set(members.map((m) => m.personId).filter(Boolean));
    return (directory.data?.items ?? [])
      .filter((p) => !withAccount.has(p.id))
      .sort((a, b) => collator.compare(a.fullName, b.fullName));
  }, [directory.data, members, collator]);

  async function submit() {
    const member = await submitForm(form, ZCreateMemberRequest, t, (values) => values, create.mutateAsync);
    if (!member) return;
    void message.success(t('members.accountCreated', { name: member.name }));
    onClose();
  }

  /** Picking a person suggests their own unit for the first role. */
  function onValuesChange(changed: Partial<Values>) {
    if (!changed.personId || form.getFieldValue('unitId')) return;
    const person = candidates.find((p) => p.id === changed.personId);
    if (person) form.setFieldValue('unitId', person.unitId);
  }

  const empty = directory.data && candidates.length === 0;

  return (
    <FormModal<Values>
      title={t('members.grantAccount')}
      okText={t('members.grant')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      errorMessage={errorMessage}
      okButtonProps={{ disabled: !directory.data || empty }}
      form={form}
      name="grant-account"
      initialValues={{ role: 'staff', initialPassword: '' }}
      onValuesChange={onValuesChange}
      intro={
        <>
          <p>{t('members.grantIntro')}</p>
          {directory.error && <ErrorAlert error={directory.error} onRetry={() => void directory.refetch()} />}
          {directory.isLoading && <BlockLoading rows={4} />}
          {empty && <Alert type="info" showIcon title={t('members.noPersonWithoutAccount')} />}
        </>
      }
    >
      {directory.data && !empty && (
        <>
          <Form.Item label={t('members.person')} name="personId" rules={required}>
            <Select<string>
              data-testid="grant-account-person"
              placeholder={t('members.personPlaceholder')}
              showSearch={{ optionFilterProp: 'label' }}
              options={candidates.map((p) => ({ value: p.id, label: `${p.fullName} — ${p.email}` }))}
            />
          </Form.Item>
          <Form.Item label={t('members.role')} name="role" rules={required}>
            <RoleSelect data-testid="grant-account-role" />
          </Form.Item>
          <Form.Item label={t('members.unit')} name="unitId" rules={required} extra={t('members.unitHelp')}>
            <UnitSelect units={units} data-testid="grant-account-unit" />
          </Form.Item>
          <Form.Item
            label={t('members.initialPassword')}
            name="initialPassword"
            rules={[...required, { min: 10, message: t('password.tooShort') }, { max: 200, message: t('validation.tooLong') }]}
            extra={t('members.initialPasswordHelp')}
          >
            <Input.Password data-testid="grant-account-password" autoComplete="new-password" maxLength={200} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
