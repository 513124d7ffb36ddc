import { PlusOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Flex, Form, Input, List, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCrisisTeamInput, ZCrisisTeamMeetingInput, ZCrisisTeamMemberInput } from '../../../domain/contract/assurance.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useFormatDay } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { Quiet, TONE } from './rating-tags.js';
import { useAddMember, useCrisisTeam, useEndMember, useRecordMeeting, useSaveTeam, type TCrisisTeamView } from './assurance.api.js';

type Team = NonNullable<TCrisisTeamView['team']>;
type Member = Team['members'][number];

/** The standing crisis management team: who sits on it, in which role and for which entity, who chairs it, and its regular meetings (KPIs 6–10). */
export function CrisisTeamTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const { modal } = App.useApp();
  const team = useCrisisTeam(orgId);
  const endMember = useEndMember(orgId);
  const [modalOpen, setModal] = useState<'team' | 'member' | 'meeting' | null>(null);
  if (team.error) return <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />;
  if (!team.data) return <BlockLoading />;
  const { team: current, allowedActions, today } = team.data;
  const edit = allowedActions.edit;
  if (!current) {
    return (
      <Card>
        <Empty description={t('assurance.team.none')}>
          {edit && (
            <Button type="primary" onClick={() => setModal('team')} data-testid="team-establish">
              {t('assurance.team.establish')}
            </Button>
          )}
        </Empty>
        {modalOpen === 'team' && <TeamModal orgId={orgId} team={null} onClose={() => setModal(null)} />}
      </Card>
    );
  }
  const sitting = current.members.filter((m) => m.until === null);
  const represented = new Set(sitting.map((m) => m.entity).filter(Boolean));
  const confirmEnd = (m: Member) =>
    modal.confirm({
      title: t('assurance.team.endOf', { name: m.fullName }),
      content: t('assurance.team.endHelp'),
      okText: t('assurance.team.end'),
      cancelText: t('common.cancel'),
      onOk: () => endMember.mutateAsync({ id: m.id, until: today }),
    });
  return (
    <Flex vertical gap={16}>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }} dir="auto">{current.name}</h2>}
        extra={
          edit && (
            <Flex gap={8} wrap>
              <Button onClick={() => setModal('team')} data-testid="team-edit">{t('assurance.team.edit')}</Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal('member')} data-testid="member-add">
                {t('assurance.team.addMember')}
              </Button>
            </Flex>
          )
        }
      >
        {current.expectedEntities.length > 0 && (
          <Typography.Paragraph>
            {t('assurance.team.expected')}{' '}
            {current.expectedEntities.map((e) => (
              <Tag key={e} style={represented.has(e) ? TONE.ok : TONE.bad}>
                {e} — {represented.has(e) ? t('assurance.team.represented') : t('assurance.team.missing')}
              </Tag>
            ))}
          </Typography.Paragraph>
        )}
        <ScrollRegion label={t('assurance.team.members')}>
          <Table<Member>
            size="small"
            rowKey="id"
            dataSource={current.members}
            pagination={false}
            locale={{ emptyText: <Quiet>{t('assurance.team.noMembers')}</Quiet> }}
            rowClassName={(m) => (m.until ? 'row-muted' : '')}
            columns={[
              { title: t('assurance.team.fields.person'), dataIndex: 'fullName', render: (n: string, m) => <span dir="auto" data-testid="member-name">{n} {m.isChair && <Tag color="blue">{t('assurance.team.chair')}{m.senior ? ` · ${t('assurance.team.senior')}` : ''}</Tag>}</span> },
              { title: t('assurance.team.fields.role'), dataIndex: 'role', render: (r: string) => r || <Typography.Text type="secondary">{t('assurance.team.noRole')}</Typography.Text> },
              { title: t('assurance.team.fields.entity'), dataIndex: 'entity', render: (e: string | null) => e ?? '—' },
              { title: t('assurance.team.fields.since'), dataIndex: 'since', render: (d: string) => formatDay(d) },
              { title: t('assurance.team.fields.until'), dataIndex: 'until', render: (d: string | null) => formatDay(d) || '—' },
              ...(edit
                ? [{ title: t('common.actions'), key: 'end', render: (_: unknown, m: Member) => m.until === null && <Button size="small" icon={<UserDeleteOutlined aria-hidden />} aria-label={t('assurance.team.endOf', { name: m.fullName })} onClick={() => confirmEnd(m)} /> }]
                : []),
            ]}
          />
        </ScrollRegion>
      </Card>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('assurance.team.meetings')}</h2>}
        extra={
          edit && (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setModal('meeting')} data-testid="meeting-add">
              {t('assurance.team.recordMeeting')}
            </Button>
          )
        }
      >
        <List
          dataSource={[...current.meetings].reverse()}
          locale={{ emptyText: <Quiet>{t('assurance.team.noMeetings')}</Quiet> }}
          renderItem={(m) => (
            <List.Item data-testid="meeting">
              <List.Item.Meta
                title={formatDay(m.heldOn)}
                description={
                  <>
                    <div>{t('assurance.team.attendees', { n: m.attendees.length })}{m.attendees.length > 0 && `: ${m.attendees.map((a) => a.fullName).join(', ')}`}</div>
                    {m.minutes && <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: t('assurance.more') }} style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} dir="auto">{m.minutes}</Typography.Paragraph>}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {modalOpen === 'team' && <TeamModal orgId={orgId} team={current} onClose={() => setModal(null)} />}
      {modalOpen === 'member' && <MemberModal orgId={orgId} today={today} exclude={sitting.map((m) => m.personId)} onClose={() => setModal(null)} />}
      {modalOpen === 'meeting' && <MeetingModal orgId={orgId} today={today} members={sitting} onClose={() => setModal(null)} />}
    </Flex>
  );
}

function TeamModal({ orgId, team, onClose }: { orgId: string; team: Team | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; expectedEntities: string[] }>();
  const save = useSaveTeam(orgId);
  async function submit() {
    if (await submitForm(form, ZCrisisTeamInput, t, (v: { name: string; expectedEntities: string[] }) => ({ name: v.name, expectedEntities: v.expectedEntities ?? [] }), save.mutateAsync)) onClose();
  }
  return (
    <FormModal
      title={team ? t('assurance.team.edit') : t('assurance.team.establish')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={save.isPending}
      error={save.error}
      form={form}
      name="crisis-team"
      initialValues={{ name: team?.name ?? t('assurance.team.defaultName'), expectedEntities: team?.expectedEntities ?? [] }}
      okButtonProps={{ 'data-testid': 'team-submit' }}
    >
      <Form.Item name="name" label={t('assurance.team.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} data-testid="team-name" />
      </Form.Item>
      <Form.Item name="expectedEntities" label={t('assurance.team.fields.expectedEntities')} extra={t('assurance.team.expectedHelp')}>
        <Select mode="tags" tokenSeparators={[',']} data-testid="team-entities" />
      </Form.Item>
    </FormModal>
  );
}

interface TMemberValues {
  personId: string;
  role: string;
  entity: string;
  since: string;
  flags: ('isChair' | 'senior')[];
}

function MemberModal({ orgId, today, exclude, onClose }: { orgId: string; today: string; exclude: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TMemberValues>();
  const add = useAddMember(orgId);
  const people = useDirectory(orgId);
  async function submit() {
    const done = await submitForm(
      form,
      ZCrisisTeamMemberInput,
      t,
      (v: TMemberValues) => ({ personId: v.personId, role: v.role ?? '', entity: v.entity || null, since: v.since, isChair: v.flags.includes('isChair'), senior: v.flags.includes('senior') }),
      add.mutateAsync,
    );
    if (done) onClose();
  }
  return (
    <FormModal<TMemberValues>
      title={t('assurance.team.addMember')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={add.isPending}
      error={add.error}
      form={form}
      name="crisis-team-member"
      initialValues={{ role: '', entity: '', since: today, flags: [] }}
      okButtonProps={{ 'data-testid': 'member-submit' }}
    >
      <Form.Item name="personId" label={t('assurance.team.fields.person')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={people.isLoading}
          data-testid="member-person"
          options={(people.data?.items ?? []).filter((p) => !exclude.includes(p.id)).map((p) => ({ value: p.id, label: p.fullName }))}
        />
      </Form.Item>
      <Form.Item name="role" label={t('assurance.team.fields.role')}>
        <Input maxLength={200} data-testid="member-role" />
      </Form.Item>
      <Form.Item name="entity" label={t('assurance.team.fields.entity')}>
        <Input maxLength={100} data-testid="member-entity" />
      </Form.Item>
      <Form.Item name="since" label={t('assurance.team.fields.since')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="member-since" />
      </Form.Item>
      <Form.Item name="flags">
        <Checkbox.Group
          data-testid="member-flags"
          options={[
            { value: 'isChair', label: t('assurance.team.chair') },
            { value: 'senior', label: t('assurance.team.seniorHelp') },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}

function MeetingModal({ orgId, today, members, onClose }: { orgId: string; today: string; members: Member[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ heldOn: string; attendeePersonIds: string[]; minutes: string }>();
  const record = useRecordMeeting(orgId);
  async function submit() {
    const done = await submitForm(form, ZCrisisTeamMeetingInput, t, (v: { heldOn: string; attendeePersonIds: string[]; minutes: string }) => ({ heldOn: v.heldOn, attendeePersonIds: v.attendeePersonIds ?? [], minutes: v.minutes ?? '' }), record.mutateAsync);
    if (!done) return;
    void message.success(t('assurance.saved'));
    onClose();
  }
  return (
    <FormModal
      title={t('assurance.team.recordMeeting')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={record.isPending}
      error={record.error}
      form={form}
      name="crisis-team-meeting"
      initialValues={{ heldOn: today, attendeePersonIds: members.map((m) => m.personId), minutes: '' }}
      okButtonProps={{ 'data-testid': 'meeting-submit' }}
    >
      <Form.Item name="heldOn" label={t('assurance.team.fields.heldOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="meeting-held-on" />
      </Form.Item>
      <Form.Item name="attendeePersonIds" label={t('assurance.team.fields.attendees')}>
        <Checkbox.Group options={members.map((m) => ({ value: m.personId, label: m.fullName }))} />
      </Form.Item>
      <Form.Item name="minutes" label={t('assurance.team.fields.minutes')}>
        <Input.TextArea rows={4} maxLength={20000} data-testid="meeting-minutes" />
      </Form.Item>
    </FormModal>
  );
}
