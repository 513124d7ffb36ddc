import { Alert, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TSuiteUnit } from '../../../domain/contract/plans.js';
import { PLAN_TYPES } from '../../../domain/plans/plan-types.js';
import { ErrorAlert, BlockLoading } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { useUnits } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { PlanStateTag } from './plan-state-tag.js';
import { STATUS_STYLE } from './quality-panel.js';
import { usePlanSuite } from './structure.api.js';

/** Units × the seven ORMS plans: which exist, in which state, and where they disagree. */
export function PlanSuitePage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  const [unitId, setUnitId] = useState<string | undefined>();
  const units = useUnits(orgId);
  const suite = usePlanSuite(orgId, unitId);
  const formatDay = useFormatDay();
  usePageTitle(t('planning.suite.title'));

  const warningText = (w: TSuiteUnit['warnings'][number]) => {
    const values = Object.fromEntries(Object.entries(w.params).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    return t(`planning.suite.warnings.${w.code}`, values);
  };

  return (
    <>
      <h1 className="page-title">{t('planning.suite.title')}</h1>
      <Typography.Paragraph type="secondary">{t('planning.suite.intro')}</Typography.Paragraph>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <label htmlFor="suite-unit">{t('planning.suite.unitFilter')}</label>
        <UnitSelect id="suite-unit" units={units.data?.items ?? []} allowClear value={unitId} onChange={setUnitId} style={{ minWidth: 240 }} placeholder={t('planning.suite.allUnits')} />
      </Flex>
      {suite.error && <ErrorAlert error={suite.error} onRetry={() => void suite.refetch()} />}
      {suite.isLoading ? (
        <BlockLoading rows={8} />
      ) : (
        <Card data-testid="plan-suite">
          <Table<TSuiteUnit>
            rowKey="unitId"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={suite.data?.units ?? []}
            columns={[
              {
                key: 'unit',
                title: t('planning.suite.unit'),
                fixed: 'start',
                render: (_, u) => <span style={{ paddingInlineStart: u.depth * 12, fontWeight: 600 }}>{u.unitName}</span>,
              },
              ...PLAN_TYPES.map((type) => ({
                key: type,
                title: t(`enums.planType.${type}`),
                render: (_: unknown, u: TSuiteUnit) => {
                  const cell = u.plans.find((p) => p.type === type)!;
                  if (!cell.plan) return <Tag data-testid={`suite-${type}-missing`}>{t('planning.suite.missing')}</Tag>;
                  return (
                    <Flex vertical gap={2}>
                      <Link to={`/orgs/${orgId}/plans/${cell.plan.id}`}>
                        <span className="visually-hidden">{`${cell.plan.title}: `}</span>
                        <PlanStateTag state={cell.plan.state} testId={`suite-${type}-state`} />
                      </Link>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {cell.plan.approvedVersionNumber ? t('planning.suite.inForce', { version: cell.plan.approvedVersionNumber, date: formatDay(cell.plan.approvedAt) }) : t('plan.neverApproved')}
                      </Typography.Text>
                      {cell.others > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('planning.suite.others', { n: cell.others })}</Typography.Text>}
                    </Flex>
                  );
                },
              })),
              {
                key: 'warnings',
                title: t('planning.suite.coherence'),
                render: (_, u) =>
                  u.warnings.length === 0 ? (
                    <Tag style={STATUS_STYLE.pass}>{t('planning.suite.coherent')}</Tag>
                  ) : (
                    <ul style={{ margin: 0, paddingInlineStart: 16, minWidth: 220 }} data-testid="suite-warnings">
                      {u.warnings.map((w) => <li key={w.code}>{warningText(w)}</li>)}
                    </ul>
                  ),
              },
            ]}
          />
        </Card>
      )}
      {suite.data && suite.data.units.length === 0 && <Alert type="info" showIcon title={t('planning.suite.empty')} />}
    </>
  );
}
