import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPersonView, TUnitView } from '../../../domain/contract/orgs.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useCollator } from '../../app/format.js';
import { usePlans } from '../plans/plans.api.js';
import { PlansTable } from '../plans/plans-table.js';
import { EditPersonModal } from './edit-person-modal.js';
import { usePeople } from './orgs.api.js';
import { ScrollRegion } from '../../app/scroll-region.js';

function useRegionName(): (code: string | null) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    } catch {
      names = null;
    }
    return (code) => (code ? (names?.of(code) ?? code) : '—');
  }, [i18n.language]);
}

export function UnitDetails({ orgId, unit, units, canManage, onAddPerson, onEditUnit }: {
  orgId: string;
  unit: TUnitView;
  /** Every unit, for moving a person to another one. */
  units: TUnitView[];
  canManage: boolean;
  onAddPerson: () => void;
  onEditUnit: () => void;
}) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const collator = useCollator();
  const people = usePeople(orgId, unit.id);
  const plans = usePlans(orgId, { unitId: unit.id, subtree: false, limit: 50 });
  const sortedPeople = useMemo(
    () => [...(people.data?.items ?? [])].sort((a, b) => collator.compare(a.fullName, b.fullName)),
    [people.data, collator],
  );
  const [editing, setEditing] = useState<TPersonView | null>(null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<h2 className="card-title">{unit.name}</h2>}
        extra={
          <Flex align="center" gap={8}>
            <Tag>{t(`enums.unitKind.${unit.kind}`)}</Tag>
            {canManage && (
              <Button data-testid="edit-unit-button" icon={<EditOutlined aria-hidden />} onClick={onEditUnit}>
                {t('units.edit')}
              </Button>
            )}
          </Flex>
        }
      >
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('units.code')}>{unit.code}</Descriptions.Item>
          <Descriptions.Item label={t('units.city')}>{unit.city || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('units.country')}>{regionName(unit.country)}</Descriptions.Item>
          <Descriptions.Item label={t('units.timeZone')}>{unit.timeZone}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card
        title={<h2 className="card-title">{t('units.plansOfUnit')}</h2>}
        extra={<Link to={`/orgs/${orgId}/plans?unitId=${unit.id}`}>{t('units.allPlansInSubtree')}</Link>}
      >
        {plans.error ? (
          <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <PlansTable
            orgId={orgId}
            plans={plans.data?.items ?? []}
            loading={plans.isLoading}
            showUnit={false}
            emptyText={<Empty description={t('units.noPlans')} />}
          />
        )}
      </Card>

      <Card
        title={<h2 className="card-title">{t('units.people')}</h2>}
        extra={canManage ? <Button onClick={onAddPerson}>{t('people.add')}</Button> : null}
      >
        {people.error ? (
          <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />
        ) : (
          <ScrollRegion label={t('units.people')}>
            <Table<TPersonView>
              rowKey="id"
              size="small"
              loading={people.isLoading}
              dataSource={sortedPeople}
              pagination={sortedPeople.length > 20 ? { pageSize: 20 } : false}
              locale={{ emptyText: <Empty description={t('units.noPeople')} /> }}
              columns={[
                { title: t('people.fullName'), dataIndex: 'fullName' },
                { title: t('people.jobTitle'), dataIndex: 'jobTitle' },
                { title: t('people.email'), dataIndex: 'email', render: (v: string) => <a href={`mailto:${v}`} dir="ltr">{v}</a> },
                { title: t('people.mobilePhone'), dataIndex: 'mobilePhone', render: (v: string | null) => (v ? <span dir="ltr">{v}</span> : '—') },
                ...(canManage
                  ? [
                      {
                        title: t('common.actions'),
                        key: 'actions',
                        render: (_: unknown, person: TPersonView) => (
                          <Button
                            data-testid="edit-person-button"
                            size="small"
                            icon={<EditOutlined aria-hidden />}
                            aria-label={t('people.editNamed', { name: person.fullName })}
                            onClick={() => setEditing(person)}
                          >
                            {t('people.edit')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
      {editing && (
        <EditPersonModal orgId={orgId} person={editing} units={units} mode="full" onClose={() => setEditing(null)} />
      )}
    </Space>
  );
}
