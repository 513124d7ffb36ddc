import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZAssignRoleRequest, type TMemberView } from '../../../domain/contract/members.js';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import type { TOrgRole } from '../../../domain/roles.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { useAssignRole } from './members.api.js';
import { useMemberErrorMessage } from './member-errors.js';
import { RoleSelect } from './role-select.js';

interface Values {
  role?: TOrgRole;
  unitId?: string;
}

/** One more role for a member, at a unit (it applies to the unit's whole subtree). */
export function AddRoleModal({ orgId, member, units, onClose }: {
  orgId: string;
  member: TMemberView;
  units: TUnitView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const assign = useAssignRole(orgId);
  const errorMessage = useMemberErrorMessage();
  const required = [{ required: true, message: t('validation.required') }];

  async function submit() {
    const prepare = (values: Values) => ({ userId: member.userId, role: values.role, unitId: values.unitId });
    const created = await submitForm(form, ZAssignRoleRequest, t, prepare, assign.mutateAsync);
    if (!created) return;
    void message.success(t('members.roleAdded', { name: member.name }));
    onClose();
  }

  return (
    <FormModal<Values>
      title={t('members.addRoleTitle', { name: member.name })}
      okText={t('members.addRole')}
      onCancel={onClose}
      onSubmit={submit}
      pending={assign.isPending}
      error={assign.error}
      errorMessage={errorMessage}
      form={form}
      name="add-role"
    >
      <Form.Item label={t('members.role')} name="role" rules={required}>
        <RoleSelect data-testid="add-role-role" />
      </Form.Item>
      <Form.Item label={t('members.unit')} name="unitId" rules={required} extra={t('members.unitHelp')}>
        <UnitSelect units={units} data-testid="add-role-unit" />
      </Form.Item>
    </FormModal>
  );
}
