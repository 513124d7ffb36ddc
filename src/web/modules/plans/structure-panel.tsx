import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlanView } from '../../../domain/contract/plans.js';
import { RECOVERY_PHASES } from '../../../domain/plans/plan-structure.js';
import { subtreeIds } from '../../../domain/units.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useDirectory, useUnits } from '../orgs/orgs.api.js';
import { CallTree } from './call-tree.js';
import { PartEditorModal, type TLookups } from './part-editor-modal.js';
import { useUpdatePlan } from './plans.api.js';
import { RisksCard } from './risks-card.js';
import { ScenariosCard } from './scenarios-card.js';
import { useBiaServices, useIctSystems } from './structure.api.js';
import { PART_SPECS, toRows, type TFieldSpec, type TPartSpec, type TRow } from './structure-parts.js';

/** Units whose BIA services a plan may pick: its own, those above it and those beneath it. */
function lineOf(units: { id: string; parentId: string | null }[], unitId: string): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const line = subtreeIds(units, unitId);
  for (let u = byId.get(unitId); u; u = u.parentId ? byId.get(u.parentId) : undefined) line.add(u.id);
  return line;
}

function useLookups(orgId: string, plan: TPlanView): TLookups {
  const people = useDirectory(orgId);
  const units = useUnits(orgId);
  const services = useBiaServices(orgId);
  const ict = useIctSystems(orgId, plan.type === 'ict_disaster_recovery' || plan.structure.ictRecoveries.length > 0);
  return useMemo(() => {
    const line = lineOf(units.data?.items ?? [], plan.unitId);
    return {
      people: (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.jobTitle ? `${p.fullName} — ${p.jobTitle}` : p.fullName })),
      roles: plan.structure.roles.map((r) => ({ value: r.id, label: r.title })),
      services: (services.data?.items ?? []).filter((s) => line.has(s.unitId)).map((s) => ({ value: s.id, label: `${s.name} (${s.unitName})` })),
      dependencies: (ict.data ?? []).map((d) => ({ value: d.id, label: d.name })),
    };
  }, [people.data, units.data, services.data, ict.data, plan.structure.roles, plan.unitId]);
}

export function useCellText(lookups: TLookups) {
  const { t } = useTranslation();
  const label = (options: { value: string; label: string }[], id: unknown) => options.find((o) => o.value === id)?.label ?? (id ? t('planning.unknownReference') : '—');
  return (field: TFieldSpec, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    switch (field.kind) {
      case 'person':
        return label(lookups.people, value);
      case 'persons':
        return (value as string[]).map((id) => label(lookups.people, id)).join(', ') || '—';
      case 'role':
        return label(lookups.roles, value);
      case 'service':
        return label(lookups.services, value);
      case 'dependency':
        return label(lookups.dependencies, value);
      case 'enum':
        return t(`enums.${field.enumKey}.${String(value)}`);
      default:
        return String(value);
    }
  };
}

function PartTable({ spec, rows, lookups, testId }: { spec: TPartSpec; rows: TRow[]; lookups: TLookups; testId: string }) {
  const { t } = useTranslation();
  const text = useCellText(lookups);
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('planning.emptyPart')} />;
  if (spec.primitive) return <ul data-testid={testId}>{rows.map((r, i) => <li key={i}>{String(r.text)}</li>)}</ul>;
  return (
    <div data-testid={testId}>
    <Table<TRow>
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey={(r) => String(r.id ?? JSON.stringify(r))}
      dataSource={rows}
      columns={spec.fields.filter((f) => f.column).map((f) => ({ key: f.name, title: t(`planning.fields.${f.name}`), render: (_: unknown, r: TRow) => <span style={{ whiteSpace: 'pre-wrap' }}>{text(f, r[f.name])}</span> }))}
    />
    </div>
  );
}

/** The structured parts of the plan, each with its editor: what people follow in a crisis. */
export function StructurePanel({ orgId, plan }: { orgId: string; plan: TPlanView }) {
  const { t } = useTranslation();
  const lookups = useLookups(orgId, plan);
  const [editing, setEditing] = useState<TPartSpec | null>(null);
  const update = useUpdatePlan(orgId, plan.id);
  const editable = plan.allowedActions.edit;
  const specs = PART_SPECS.filter((s) => s.key !== 'ictRecoveries' || plan.type === 'ict_disaster_recovery' || plan.structure.ictRecoveries.length > 0);

  const card = (spec: TPartSpec) => {
    const rows = toRows(spec, plan.structure[spec.key] as unknown[]);
    return (
      <Card
        key={spec.key}
        id={`part-${spec.key}`}
        title={<h2 className="card-title">{t(`planning.parts.${spec.key}.title`)}</h2>}
        extra={
          editable && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(spec)} data-testid={`edit-${spec.key}`} aria-label={t('planning.editPart', { part: t(`planning.parts.${spec.key}.title`) })}>
              {t('planning.edit')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t(`planning.parts.${spec.key}.help`)}</Typography.Paragraph>
        {spec.key === 'recoverySteps' ? (
          RECOVERY_PHASES.map((phase) => {
            const inPhase = rows.filter((r) => r.phase === phase);
            return inPhase.length === 0 ? null : (
              <section key={phase} aria-label={t(`enums.recoveryPhase.${phase}`)}>
                <h3 className="card-title" style={{ marginTop: 12 }}>{t(`enums.recoveryPhase.${phase}`)}</h3>
                <PartTable spec={spec} rows={inPhase} lookups={lookups} testId={`part-table-${spec.key}-${phase}`} />
              </section>
            );
          })
        ) : (
          <PartTable spec={spec} rows={rows} lookups={lookups} testId={`part-table-${spec.key}`} />
        )}
        {spec.key === 'recoverySteps' && rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('planning.emptyPart')} />}
        {spec.key === 'roles' && rows.length > 0 && <CallTree roles={plan.structure.roles} lookups={lookups} />}
      </Card>
    );
  };

  return (
    <Flex vertical gap={16}>
      {!editable && plan.state === 'draft' && <Alert type="info" showIcon title={t('plan.readOnlyDraft')} />}
      {update.error && <ErrorAlert error={update.error} />}
      {specs.map(card)}
      <ScenariosCard plan={plan} editable={editable} onSave={(scenarios) => update.mutateAsync({ structure: { scenarios } })} pending={update.isPending} />
      <RisksCard orgId={orgId} plan={plan} editable={editable} onSave={(riskIds) => update.mutateAsync({ structure: { riskIds } })} pending={update.isPending} />
      {editing && (
        <PartEditorModal orgId={orgId} planId={plan.id} spec={editing} value={plan.structure[editing.key] as unknown[]} lookups={lookups} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
