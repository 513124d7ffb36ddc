import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Grid, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { EXERCISE_STATES, EXERCISE_TYPES, type TExerciseState, type TExerciseType } from '../../../domain/mer/exercises.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useUnits } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { ExerciseStateTag } from './exercise-state-tag.js';
import { useExercises, type TExerciseSummary } from './exercises.api.js';
import { NewExerciseModal } from './new-exercise-modal.js';
import './exercises.css';

const oneOf = <T extends string>(values: readonly T[], value: string | null) => values.find((v) => v === value);
const noon = (day: string | null) => (day ? `${day}T12:00:00Z` : null);

/** Filters live in the URL so a list can be bookmarked and shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(
    () => ({ unitId: params.get('unitId') ?? undefined, state: oneOf(EXERCISE_STATES, params.get('state')), type: oneOf(EXERCISE_TYPES, params.get('type')) }),
    [params],
  );
  const update = (patch: Partial<typeof filters>) => {
    const next = { ...filters, ...patch };
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) out.set(key, value);
    setParams(out, { replace: true });
  };
  return [filters, update] as const;
}

export function ExercisesPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('exercises.title'));
  const formatDay = useFormatDay();
  const compact = !Grid.useBreakpoint().md;
  const width = (desktop: number) => (compact ? { width: '100%' } : { minWidth: desktop });
  const units = useUnits(orgId);
  const unitList = units.data?.items ?? [];
  const [filters, update] = useFilters();
  const exercises = useExercises(orgId, { unitId: filters.unitId, state: filters.state });
  const [creating, setCreating] = useState(false);
  // The server filters by unit and state; the type is narrowed here.
  const items = (exercises.data?.items ?? []).filter((e) => !filters.type || e.type === filters.type);
  const filtered = Boolean(filters.unitId || filters.state || filters.type);
  const canCreate = exercises.data?.allowedActions.create === true;

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 8 }}>
        <h1 className="page-title" style={{ marginBottom: 0 }}>
          {t('exercises.title')}
        </h1>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)} data-testid="new-exercise-button">
            {t('exercises.new')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph>{t('exercises.intro')}</Typography.Paragraph>
      <Card>
        <Form layout={compact ? 'vertical' : 'inline'} style={{ rowGap: 12, marginBottom: 16 }}>
          <Form.Item label={t('exercises.fields.unit')} htmlFor="exercise-filter-unit">
            <UnitSelect id="exercise-filter-unit" units={unitList} allowClear placeholder={t('exercises.filters.allUnits')} value={filters.unitId} onChange={(unitId) => update({ unitId: unitId || undefined })} style={width(220)} popupMatchSelectWidth={false} />
          </Form.Item>
          <Form.Item label={t('exercises.fields.state')} htmlFor="exercise-filter-state">
            <Select<TExerciseState>
              id="exercise-filter-state"
              data-testid="exercise-filter-state"
              allowClear
              placeholder={t('exercises.filters.allStates')}
              value={filters.state}
              onChange={(state) => update({ state: state || undefined })}
              options={EXERCISE_STATES.map((s) => ({ value: s, label: t(`enums.exerciseState.${s}`) }))}
              style={width(160)}
            />
          </Form.Item>
          <Form.Item label={t('exercises.fields.type')} htmlFor="exercise-filter-type">
            <Select<TExerciseType>
              id="exercise-filter-type"
              allowClear
              placeholder={t('exercises.filters.allTypes')}
              value={filters.type}
              onChange={(type) => update({ type: type || undefined })}
              options={EXERCISE_TYPES.map((s) => ({ value: s, label: t(`enums.exerciseType.${s}`) }))}
              style={width(180)}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Form>
        {exercises.error ? (
          <ErrorAlert error={exercises.error} onRetry={() => void exercises.refetch()} />
        ) : (
          <ScrollRegion label={t('exercises.listLabel')}>
            <Table<TExerciseSummary>
              data-testid="exercise-table"
              rowKey="id"
              size="middle"
              loading={exercises.isLoading || exercises.isFetching}
              dataSource={items}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{
                // No "nothing here" while the list is still on its way.
                emptyText: exercises.isLoading ? <span /> : (
                  <Empty description={filtered ? t('exercises.emptyFiltered') : t('exercises.empty')}>
                    {!filtered && canCreate && (
                      <Button type="primary" onClick={() => setCreating(true)}>
                        {t('exercises.new')}
                      </Button>
                    )}
                  </Empty>
                ),
              }}
              columns={[
                {
                  title: t('exercises.fields.title'),
                  dataIndex: 'title',
                  render: (title: string, e) => (
                    <Link to={`/orgs/${orgId}/exercises/${e.id}`} data-testid="open-exercise">
                      <span dir="auto">{title}</span>
                    </Link>
                  ),
                },
                { title: t('exercises.fields.type'), dataIndex: 'type', render: (v: string) => t(`enums.exerciseType.${v}`) },
                {
                  title: t('exercises.fields.scenario'),
                  dataIndex: 'scenario',
                  responsive: ['lg'],
                  render: (v: string) => (v ? <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0, maxWidth: 320 }}><span dir="auto">{v}</span></Typography.Paragraph> : '—'),
                },
                { title: t('exercises.fields.unit'), dataIndex: 'unitName' },
                { title: t('exercises.fields.scheduledOn'), dataIndex: 'scheduledOn', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDay(noon(v))}</span> },
                { title: t('exercises.fields.conductedOn'), dataIndex: 'conductedOn', render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatDay(noon(v))}</span> },
                { title: t('exercises.fields.state'), dataIndex: 'state', render: (v: TExerciseState) => <ExerciseStateTag state={v} /> },
                { title: t('exercises.fields.findingCount'), key: 'findings', align: 'end', render: (_, e) => e.findings.length },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
      {creating && <NewExerciseModal orgId={orgId} units={unitList} unitId={filters.unitId} onClose={() => setCreating(false)} />}
    </>
  );
}
