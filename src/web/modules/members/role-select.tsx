import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ORG_ROLES, type TOrgRole } from '../../../domain/roles.js';

/** The organization roles, named in the reader's language. */
export function RoleSelect(props: SelectProps<TOrgRole>) {
  const { t } = useTranslation();
  return (
    <Select<TOrgRole>
      {...props}
      options={ORG_ROLES.map((role) => ({ value: role, label: t(`enums.role.${role}`) }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
