import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ZReturnPlanInput } from '../../../domain/contract/people.js';
import { ROTATIONS } from '../../../domain/people/return-to-office.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useDirectory, useUnits } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { useSaveReturnPlan, type TReturnPlan } from './people.api.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
type TValues = {
  unitId: string;
  title: string;
  phases: { key: string; name: string; startsOn: string; endsOn: string; criteria: string; occupancyPercent: number; teamKeys: string[] }[];
  sites: { key: string; name: string; floor: string; capacity: number }[];
  teams: { key: string; name: string; siteKey: string; rotation: string; weekdays: number[] }[];
  members: { personId: string; teamKey: string }[];
  hygieneMeasures: string;
  meetingRoomMeasures: string;
};

function ListSection({ title, addLabel, onAdd, children }: { title: string; addLabel: string; onAdd: () => void; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {title}
      </Typography.Title>
      <Flex vertical gap={8}>
        {children}
        <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          {addLabel}
        </Button>
      </Flex>
    </section>
  );
}

/**
 * The whole plan in one form: phases with their criteria and occupancy share, sites with their
 * normal capacity, teams rotating on weekdays (every week or alternate weeks), and who is in
 * which team. The server refuses a rota that would ever exceed a site's limit, naming the phase.
 */
export function ReturnPlanModal({ orgId, editing, unitIds, onClose }: { orgId: string; editing: TReturnPlan | null; unitIds: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const save = useSaveReturnPlan(orgId);
  const units = useUnits(orgId);
  const directory = useDirectory(orgId);
  const teams = Form.useWatch('teams', form) ?? [];
  const sites = Form.useWatch('sites', form) ?? [];
  const teamOptions = teams.filter((x) => x?.key).map((x) => ({ value: x.key, label: x.name || x.key }));
  async function submit() {
    const done = await submitForm(form, ZReturnPlanInput, t, (v: TValues) => ({ ...v, phases: (v.phases ?? []).map((p) => ({ ...p, endsOn: p.endsOn ? p.endsOn : null, teamKeys: p.teamKeys ?? [] })), teams: v.teams ?? [], members: v.members ?? [] }), (body) => save.mutateAsync({ id: editing?.id ?? null, body }));
    if (!done) return;
    void message.success(t('workplace.return.saved'));
    onClose();
  }
  const initial: Partial<TValues> = editing
    ? { ...editing, phases: editing.phases.map((p) => ({ ...p, endsOn: p.endsOn ?? '' })), members: editing.members.map((m) => ({ personId: m.personId, teamKey: m.teamKey })) }
    : {
        unitId: unitIds[0],
        title: '',
        phases: [{ key: 'p1', name: '', startsOn: '', endsOn: '', criteria: '', occupancyPercent: 25, teamKeys: ['a'] }],
        sites: [{ key: 's1', name: '', floor: '', capacity: 20 }],
        teams: [
          { key: 'a', name: 'A', siteKey: 's1', rotation: 'every_week', weekdays: [1, 3] },
          { key: 'b', name: 'B', siteKey: 's1', rotation: 'every_week', weekdays: [2, 4] },
        ],
        members: [],
        hygieneMeasures: '',
        meetingRoomMeasures: '',
      };
  const weekdayOptions = WEEKDAYS.map((d) => ({ value: d, label: t(`workplace.weekday.${d}`) }));
  return (
    <FormModal<TValues>
      title={editing ? t('workplace.return.edit') : t('workplace.return.new')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={save.isPending}
      error={save.error}
      form={form}
      name="return-plan"
      initialValues={initial}
      okButtonProps={{ 'data-testid': 'return-plan-submit' }}
    >
      <Form.Item name="unitId" label={t('workplace.return.unit')} rules={[{ required: true, message: t('validation.required') }]}>
        <UnitSelect units={(units.data?.items ?? []).filter((u) => unitIds.includes(u.id))} disabled={Boolean(editing)} data-testid="return-unit" />
      </Form.Item>
      <Form.Item name="title" label={t('workplace.return.planTitle')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} data-testid="return-title" />
      </Form.Item>
      <Form.List name="sites">
        {(fields, { add, remove }) => (
          <ListSection title={t('workplace.return.sites')} addLabel={t('workplace.return.addSite')} onAdd={() => add({ key: `s${fields.length + 1}`, name: '', floor: '', capacity: 10 })}>
            {fields.map((f, i) => (
              <Card key={f.key} size="small" extra={<Button size="small" icon={<DeleteOutlined aria-hidden />} aria-label={t('workplace.return.remove')} onClick={() => remove(f.name)} />}>
                <Flex gap={8} wrap>
                  <Form.Item name={[f.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} label={t('workplace.return.siteName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                    <Input data-testid={`site-${i}-name`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'floor']} label={t('workplace.return.floor')}>
                    <Input style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'capacity']} label={t('workplace.return.capacity')}>
                    <InputNumber min={0} precision={0} data-testid={`site-${i}-capacity`} />
                  </Form.Item>
                </Flex>
              </Card>
            ))}
          </ListSection>
        )}
      </Form.List>
      <Form.List name="phases">
        {(fields, { add, remove }) => (
          <ListSection title={t('workplace.return.phases')} addLabel={t('workplace.return.addPhase')} onAdd={() => add({ key: `p${fields.length + 1}`, name: '', startsOn: '', endsOn: '', criteria: '', occupancyPercent: 50, teamKeys: [] })}>
            {fields.map((f, i) => (
              <Card key={f.key} size="small" extra={<Button size="small" icon={<DeleteOutlined aria-hidden />} aria-label={t('workplace.return.remove')} onClick={() => remove(f.name)} />}>
                <Form.Item name={[f.name, 'key']} hidden>
                  <Input />
                </Form.Item>
                <Flex gap={8} wrap>
                  <Form.Item name={[f.name, 'name']} label={t('workplace.return.phaseName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                    <Input data-testid={`phase-${i}-name`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'startsOn']} label={t('workplace.return.startsOn')} rules={[{ required: true, message: t('validation.required') }]}>
                    <Input type="date" data-testid={`phase-${i}-start`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'endsOn']} label={t('workplace.return.endsOn')}>
                    <Input type="date" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'occupancyPercent']} label={t('workplace.return.occupancy')}>
                    <InputNumber min={0} max={100} precision={0} suffix="%" data-testid={`phase-${i}-occupancy`} />
                  </Form.Item>
                </Flex>
                <Form.Item name={[f.name, 'criteria']} label={t('workplace.return.criteria')}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
                <Form.Item name={[f.name, 'teamKeys']} label={t('workplace.return.teamsOnSite')}>
                  <Select mode="multiple" options={teamOptions} />
                </Form.Item>
              </Card>
            ))}
          </ListSection>
        )}
      </Form.List>
      <Form.List name="teams">
        {(fields, { add, remove }) => (
          <ListSection title={t('workplace.return.teams')} addLabel={t('workplace.return.addTeam')} onAdd={() => add({ key: `t${Date.now().toString(36)}`, name: '', siteKey: sites[0]?.key ?? '', rotation: 'every_week', weekdays: [1] })}>
            {fields.map((f) => (
              <Card key={f.key} size="small" extra={<Button size="small" icon={<DeleteOutlined aria-hidden />} aria-label={t('workplace.return.remove')} onClick={() => remove(f.name)} />}>
                <Form.Item name={[f.name, 'key']} hidden>
                  <Input />
                </Form.Item>
                <Flex gap={8} wrap>
                  <Form.Item name={[f.name, 'name']} label={t('workplace.return.teamName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                    <Input style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'siteKey']} label={t('workplace.return.site')}>
                    <Select style={{ minWidth: 160 }} options={sites.filter((s) => s?.key).map((s) => ({ value: s.key, label: s.name || s.key }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'rotation']} label={t('workplace.return.rotation')}>
                    <Select style={{ minWidth: 180 }} options={ROTATIONS.map((r) => ({ value: r, label: t(`workplace.rotation.${r}`) }))} />
                  </Form.Item>
                </Flex>
                <Form.Item name={[f.name, 'weekdays']} label={t('workplace.return.weekdays')}>
                  <Checkbox.Group options={weekdayOptions} />
                </Form.Item>
              </Card>
            ))}
          </ListSection>
        )}
      </Form.List>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <ListSection title={t('workplace.return.members')} addLabel={t('workplace.return.addMember')} onAdd={() => add({ personId: undefined, teamKey: teamOptions[0]?.value })}>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} wrap align="start">
                <Form.Item name={[f.name, 'personId']} rules={[{ required: true, message: t('validation.required') }]} style={{ minWidth: 220, flex: 1 }}>
                  <Select showSearch optionFilterProp="label" aria-label={t('workplace.return.person')} options={(directory.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))} />
                </Form.Item>
                <Form.Item name={[f.name, 'teamKey']}>
                  <Select style={{ width: 140 }} aria-label={t('workplace.return.team')} options={teamOptions} />
                </Form.Item>
                <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('workplace.return.remove')} onClick={() => remove(f.name)} />
              </Flex>
            ))}
          </ListSection>
        )}
      </Form.List>
      <Form.Item name="hygieneMeasures" label={t('workplace.return.hygiene')}>
        <Input.TextArea rows={3} maxLength={5000} data-testid="return-hygiene" />
      </Form.Item>
      <Form.Item name="meetingRoomMeasures" label={t('workplace.return.meetingRooms')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
