import { CloseOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TMemberView, TRoleAssignmentView } from '../../../domain/contract/members.js';
import { ApiError } from '../../app/api.js';
import { ErrorAlert } from '../../app/feedback.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useMe } from '../../app/session.js';
import { useUnits } from '../orgs/orgs.api.js';
import { AddRoleModal } from './add-role-modal.js';
import { GrantAccountModal } from './grant-account-modal.js';
import { useMembers, useRevokeRole } from './members.api.js';
import { useMemberErrorMessage } from './member-errors.js';

function RoleTag({ member, role, unitName, canManage, onRemove, removing }: {
  member: TMemberView;
  role: TRoleAssignmentView;
  unitName: string;
  canManage: boolean;
  onRemove: () => Promise<unknown>;
  removing: boolean;
}) {
  const { t } = useTranslation();
  const label = `${t(`enums.role.${role.role}`)} · ${unitName}`;
  const names = { role: t(`enums.role.${role.role}`), unit: unitName, name: member.name };
  return (
    <Tag className="member-role-tag" data-testid="member-role">
      <span>{label}</span>
      {canManage && (
        <Popconfirm
          title={t('members.removeConfirm', names)}
          okText={t('members.remove')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, loading: removing }}
          onConfirm={onRemove}
        >
          <Button
            data-testid="remove-role"
            type="text"
            size="small"
            className="member-role-remove"
            icon={<CloseOutlined aria-hidden />}
            aria-label={t('members.removeNamed', names)}
          />
        </Popconfirm>
      )}
    </Tag>
  );
}

export function MembersPage() {
  const { t } = useTranslation();
  usePageTitle(t('members.title'));
  const { orgId = '' } = useParams();
  const { message } = App.useApp();
  const me = useMe();
  const members = useMembers(orgId);
  const units = useUnits(orgId);
  const revoke = useRevokeRole(orgId);
  const memberError = useMemberErrorMessage();
  const [addRoleFor, setAddRoleFor] = useState<TMemberView | null>(null);
  const [granting, setGranting] = useState(false);

  const allUnits = useMemo(() => units.data?.items ?? [], [units.data]);
  const unitNames = useMemo(() => new Map(allUnits.map((u) => [u.id, u.name])), [allUnits]);
  const canManage = members.data?.allowedActions.manage ?? false;
  const items = members.data?.items ?? [];
  const forbidden = members.error instanceof ApiError && members.error.status === 403;

  async function remove(assignmentId: string) {
    try {
      await revoke.mutateAsync(assignmentId);
      void message.success(t('members.removed'));
    } catch (error) {
      void message.error(memberError(error));
    }
  }

  return (
    <>
      <Flex align="center" justify="space-between" gap={16} wrap style={{ marginBottom: 16 }}>
        <h1 className="page-title" style={{ marginBottom: 0 }}>
          {t('members.title')}
        </h1>
        {canManage && (
          <Button
            type="primary"
            data-testid="grant-account-button"
            icon={<UserAddOutlined aria-hidden />}
            onClick={() => setGranting(true)}
          >
            {t('members.grantAccount')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph>{t('members.intro')}</Typography.Paragraph>

      {forbidden ? (
        <Alert
          type="info"
          showIcon
          data-testid="members-not-available"
          title={t('members.notAvailableTitle')}
          description={t('members.notAvailableText')}
        />
      ) : members.error ? (
        <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <Card>
          {units.error && <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
          <ScrollRegion label={t('members.title')}>
            <Table<TMemberView>
              data-testid="members-table"
              rowKey="userId"
              loading={members.isLoading}
              dataSource={items}
              pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              locale={{ emptyText: <Empty description={t('members.empty')} /> }}
              columns={[
                {
                  title: t('members.name'),
                  dataIndex: 'name',
                  render: (name: string, member) => (
                    <>
                      {name}
                      {member.userId === me.data?.user.id && <Tag style={{ marginInlineStart: 8 }}>{t('members.you')}</Tag>}
                    </>
                  ),
                },
                { title: t('members.email'), dataIndex: 'email', render: (email: string) => <span dir="ltr">{email}</span> },
                {
                  title: t('members.roles'),
                  key: 'roles',
                  render: (_, member) => (
                    <Flex wrap gap={6}>
                      {member.roles.map((role) => (
                        <RoleTag
                          key={role.id}
                          member={member}
                          role={role}
                          unitName={unitNames.get(role.unitId) ?? t('members.unknownUnit')}
                          canManage={canManage}
                          removing={revoke.isPending && revoke.variables === role.id}
                          onRemove={() => remove(role.id)}
                        />
                      ))}
                    </Flex>
                  ),
                },
                ...(canManage
                  ? [
                      {
                        title: t('common.actions'),
                        key: 'actions',
                        render: (_: unknown, member: TMemberView) => (
                          <Button
                            data-testid="add-role-button"
                            icon={<PlusOutlined aria-hidden />}
                            aria-label={t('members.addRoleNamed', { name: member.name })}
                            onClick={() => setAddRoleFor(member)}
                          >
                            {t('members.addRole')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </ScrollRegion>
        </Card>
      )}

      {addRoleFor && (
        <AddRoleModal orgId={orgId} member={addRoleFor} units={allUnits} onClose={() => setAddRoleFor(null)} />
      )}
      {granting && (
        <GrantAccountModal orgId={orgId} members={items} units={allUnits} onClose={() => setGranting(false)} />
      )}
    </>
  );
}
