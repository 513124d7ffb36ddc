import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ChangePasswordModal } from '../modules/auth/change-password-modal.js';
import { apiPost } from './api.js';
import { useErrorMessage } from './feedback.js';
import { useMe } from './session.js';

export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  return async () => {
    try {
      await apiPost('/api/auth/sign-out', {});
    } catch (error) {
      void message.error(errorMessage(error));
      return;
    }
    queryClient.clear();
    navigate('/sign-in', { replace: true });
  };
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { orgId } = useParams();
  const [changingPassword, setChangingPassword] = useState(false);
  const name = me.data?.user.name || me.data?.user.email || '';
  const installationRole = me.data?.user.installationRole;
  // The roles that apply here: those in the current organization, plus any installation-wide role.
  const roles = [
    ...(installationRole ? [{ key: 'installation', label: t(`enums.installationRole.${installationRole}`) }] : []),
    ...(me.data?.memberships ?? [])
      .filter((m) => !orgId || m.orgId === orgId)
      .map((m, i) => ({ key: `role-${i}`, label: `${t(`enums.role.${m.role}`)} — ${m.unitName}` })),
  ];
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...(roles.length > 0
              ? [
                  { type: 'group' as const, key: 'roles', label: t('shell.roles'), children: roles },
                  { type: 'divider' as const },
                ]
              : []),
            {
              key: 'change-password',
              icon: <LockOutlined />,
              label: <span data-testid="change-password">{t('shell.changePassword')}</span>,
            },
            { key: 'tokens', icon: <KeyOutlined />, label: t('shell.apiTokens') },
            { type: 'divider' },
            { key: 'sign-out', icon: <LogoutOutlined />, label: t('shell.signOut') },
          ],
          onClick: ({ key }) => {
            if (key === 'change-password') setChangingPassword(true);
            if (key === 'tokens') navigate('/me/tokens');
            if (key === 'sign-out') void signOut();
          },
        }}
      >
        <Button data-testid="user-menu" aria-label={t('shell.userMenu', { name })} className="header-button">
          <UserOutlined aria-hidden />
          <span className="user-name">{name}</span>
          <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
