import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ZArrangementInput } from '../../../domain/contract/people.js';
import { ADOPTION_LEVELS, ARRANGEMENT_KINDS, ARRANGEMENT_LEVELS, PERMANENCE, type TAdoption, type TArrangementKind } from '../../../domain/people/working-arrangements.js';
import { ChartSection } from '../../app/chart-section.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { TONE } from './tones.js';
import { useArrangements, useCreateArrangement, useUpdateArrangement, type TArrangement, type TArrangementList } from './people.api.js';

/** Tag colours with the adoption also written out: colour is never the only signal. */
const ADOPTION_TAG: Record<TAdoption, { color?: string; style?: CSSProperties }> = { widely: { style: TONE.ok }, occasionally: { color: 'blue' }, certain_functions: { color: 'purple' }, depends_on_office: { style: TONE.gold }, not_adopted: { color: 'default' } };

export function AdoptionTag({ adoption }: { adoption: TAdoption | null }) {
  const { t } = useTranslation();
  if (adoption === null) return <Typography.Text type="secondary">{t('workplace.arrangements.none')}</Typography.Text>;
  return <Tag {...ADOPTION_TAG[adoption]}>{t(`workplace.adoption.${adoption}`)}</Tag>;
}

/** Annex XIII as a matrix: arrangement kinds down, levels across, the adoption in force in each cell. */
function Matrix({ data }: { data: TArrangementList }) {
  const { t } = useTranslation();
  const cell = (kind: TArrangementKind, level: string) => data.matrix.find((c) => c.kind === kind && c.level === level)!;
  const rows = ARRANGEMENT_KINDS.map((kind) => ({ kind }));
  return (
    <ChartSection
      id="annex-xiii"
      testId="arrangements-matrix"
      title={t('workplace.arrangements.matrixTitle')}
      empty={false}
      emptyText=""
      chart={() => (
        <ScrollRegion label={t('workplace.arrangements.matrixTitle')}>
          <Table
            rowKey="kind"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('workplace.arrangements.kind'), key: 'kind', render: (_: unknown, r: { kind: TArrangementKind }) => t(`workplace.kind.${r.kind}`) },
              ...ARRANGEMENT_LEVELS.map((level) => ({
                title: `${t(`workplace.level.${level}`)} (${t('workplace.arrangements.units', { count: data.levels.find((l) => l.level === level)?.unitCount ?? 0 })})`,
                key: level,
                render: (_: unknown, r: { kind: TArrangementKind }) => {
                  const c = cell(r.kind, level);
                  return (
                    <Flex gap={4} wrap>
                      <AdoptionTag adoption={c.adoption} />
                      {c.permanence && <Tag>{t(`workplace.permanence.${c.permanence}`)}</Tag>}
                    </Flex>
                  );
                },
              })),
            ]}
          />
        </ScrollRegion>
      )}
      table={() => (
        <ScrollRegion label={t('workplace.arrangements.matrixTitle')}>
          <Table
            rowKey={(c) => `${c.kind}-${c.level}`}
            size="small"
            pagination={false}
            dataSource={data.matrix}
            columns={[
              { title: t('workplace.arrangements.kind'), key: 'kind', render: (_: unknown, c: TArrangementList['matrix'][number]) => t(`workplace.kind.${c.kind}`) },
              { title: t('workplace.arrangements.level'), key: 'level', render: (_: unknown, c: TArrangementList['matrix'][number]) => t(`workplace.level.${c.level}`) },
              { title: t('workplace.arrangements.adoption'), key: 'adoption', render: (_: unknown, c: TArrangementList['matrix'][number]) => (c.adoption ? t(`workplace.adoption.${c.adoption}`) : t('workplace.arrangements.none')) },
              { title: t('workplace.arrangements.permanence'), key: 'permanence', render: (_: unknown, c: TArrangementList['matrix'][number]) => (c.permanence ? t(`workplace.permanence.${c.permanence}`) : '—') },
            ]}
          />
        </ScrollRegion>
      )}
    />
  );
}

interface TValues {
  level: string;
  kind: string;
  adoption: string;
  permanence: string;
  policyReference: string;
  effectiveFrom: string;
  effectiveTo: string;
  notes: string;
}

function ArrangementModal({ orgId, editing, onClose }: { orgId: string; editing: TArrangement | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const create = useCreateArrangement(orgId);
  const update = useUpdateArrangement(orgId);
  const pending = create.isPending || update.isPending;
  async function submit() {
    const toInput = (v: TValues) => ({ ...v, effectiveTo: v.effectiveTo ? v.effectiveTo : null });
    const done = editing
      ? await submitForm(form, ZArrangementInput, t, toInput, (input) => update.mutateAsync({ id: editing.id, adoption: input.adoption, permanence: input.permanence, policyReference: input.policyReference, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo, notes: input.notes }))
      : await submitForm(form, ZArrangementInput, t, toInput, create.mutateAsync);
    if (!done) return;
    void message.success(t('workplace.arrangements.saved'));
    onClose();
  }
  const options = (list: readonly string[], prefix: string) => list.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return (
    <FormModal<TValues>
      title={editing ? t('workplace.arrangements.edit') : t('workplace.arrangements.new')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={pending}
      error={create.error ?? update.error}
      form={form}
      name="arrangement"
      initialValues={editing ? { ...editing, effectiveTo: editing.effectiveTo ?? '' } : { level: 'headquarters', kind: 'regular_telework', adoption: 'widely', permanence: 'temporary', policyReference: '', effectiveFrom: '', effectiveTo: '', notes: '' }}
      okButtonProps={{ 'data-testid': 'arrangement-submit' }}
    >
      <Form.Item name="level" label={t('workplace.arrangements.level')}>
        <Select data-testid="arrangement-level" disabled={Boolean(editing)} options={options(ARRANGEMENT_LEVELS, 'workplace.level')} />
      </Form.Item>
      <Form.Item name="kind" label={t('workplace.arrangements.kind')}>
        <Select data-testid="arrangement-kind" disabled={Boolean(editing)} options={options(ARRANGEMENT_KINDS, 'workplace.kind')} />
      </Form.Item>
      <Form.Item name="adoption" label={t('workplace.arrangements.adoption')}>
        <Select data-testid="arrangement-adoption" options={options(ADOPTION_LEVELS, 'workplace.adoption')} />
      </Form.Item>
      <Form.Item name="permanence" label={t('workplace.arrangements.permanence')}>
        <Select data-testid="arrangement-permanence" options={options(PERMANENCE, 'workplace.permanence')} />
      </Form.Item>
      <Form.Item name="policyReference" label={t('workplace.arrangements.policyReference')}>
        <Input data-testid="arrangement-policy" maxLength={500} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="effectiveFrom" label={t('workplace.arrangements.effectiveFrom')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input type="date" data-testid="arrangement-from" />
        </Form.Item>
        <Form.Item name="effectiveTo" label={t('workplace.arrangements.effectiveTo')}>
          <Input type="date" data-testid="arrangement-to" />
        </Form.Item>
      </Flex>
      <Form.Item name="notes" label={t('workplace.arrangements.notes')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}

/** The register of arrangements, by level and kind, with the Annex XIII matrix as of today. */
export function ArrangementsTab() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  const formatDay = useFormatDay();
  const list = useArrangements(orgId);
  const [modal, setModal] = useState<{ editing: TArrangement | null } | null>(null);
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <BlockLoading />;
  const canEdit = list.data.allowedActions.edit;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('workplace.arrangements.intro')}</Typography.Paragraph>
      <Card>
        <Matrix data={list.data} />
      </Card>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('workplace.arrangements.register')}</h2>}
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal({ editing: null })} data-testid="new-arrangement">
              {t('workplace.arrangements.new')}
            </Button>
          )
        }
      >
        <ScrollRegion label={t('workplace.arrangements.register')}>
          <Table<TArrangement>
            rowKey="id"
            size="small"
            data-testid="arrangements-table"
            pagination={false}
            dataSource={list.data.items}
            locale={{ emptyText: <span style={{ color: '#595959' }}>{t('workplace.arrangements.empty')}</span> }}
            columns={[
              { title: t('workplace.arrangements.level'), key: 'level', render: (_, a) => t(`workplace.level.${a.level}`) },
              { title: t('workplace.arrangements.kind'), key: 'kind', render: (_, a) => t(`workplace.kind.${a.kind}`) },
              { title: t('workplace.arrangements.adoption'), key: 'adoption', render: (_, a) => <AdoptionTag adoption={a.adoption} /> },
              { title: t('workplace.arrangements.permanence'), key: 'permanence', render: (_, a) => t(`workplace.permanence.${a.permanence}`) },
              { title: t('workplace.arrangements.policyReference'), dataIndex: 'policyReference' },
              { title: t('workplace.arrangements.period'), key: 'period', render: (_, a) => `${formatDay(a.effectiveFrom)} – ${a.effectiveTo ? formatDay(a.effectiveTo) : t('workplace.arrangements.openEnded')}` },
              ...(canEdit
                ? [{ title: t('workplace.actions'), key: 'edit', render: (_: unknown, a: TArrangement) => <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={`${t('workplace.arrangements.edit')}: ${t(`workplace.kind.${a.kind}`)}, ${t(`workplace.level.${a.level}`)}`} onClick={() => setModal({ editing: a })} /> }]
                : []),
            ]}
          />
        </ScrollRegion>
      </Card>
      {modal && <ArrangementModal orgId={orgId} editing={modal.editing} onClose={() => setModal(null)} />}
    </Flex>
  );
}
