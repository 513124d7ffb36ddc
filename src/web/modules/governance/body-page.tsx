import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ZContinuityInput } from '../../../domain/contract/governance.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDate, useFormatDay } from '../../app/format.js';
import { submitForm } from '../../app/form-validation.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { AccreditModal, DraftModal, MeetingModal, MemberModal } from './body-modals.js';
import { useBody, useEndAccreditation, useGovernanceErrorMessage, useSetContinuity, type TBodyView } from './governance.api.js';
import { MeetingsChart } from './meetings-chart.js';
import { SectionSwitch } from './section-switch.js';
import { StateTag } from './state-tag.js';
import { TONE } from './tones.js';

const TABS = ['members', 'meetings', 'continuity', 'procedures'] as const;
type TModal = null | 'member' | 'accredit' | 'meeting' | 'silence' | 'written_vote';

/** One governing body: members and representatives, meetings by quarter, its continuity provisions and its decisions without a meeting. */
export function BodyPage() {
  const { t } = useTranslation();
  const { orgId = '', bodyId = '' } = useParams();
  const body = useBody(orgId, bodyId);
  usePageTitle(body.data?.name ?? t('governance.title'));
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((v) => v === params.get('tab')) ?? 'members';
  const [modal, setModal] = useState<TModal>(null);
  if (body.error) return <ErrorAlert error={body.error} onRetry={() => void body.refetch()} />;
  if (!body.data) return <BlockLoading rows={8} />;
  const b = body.data;
  const manage = b.allowedActions.manage;
  return (
    <>
      <Typography.Text>
        <Link to={`/orgs/${orgId}/governance`}>{t('governance.title')}</Link>
      </Typography.Text>
      <h1 className="page-title" dir="auto">
        {b.name}
      </h1>
      <Typography.Paragraph type="secondary">
        {t('governance.body.summary', { zone: b.timeZone, languages: b.officialLanguages.map((l) => t(`governance.language.${l}`)).join(', '), hours: b.silenceMinimumHours })}
      </Typography.Paragraph>
      <SectionSwitch
        label={t('governance.body.sections')}
        value={tab}
        onChange={(key) => setParams(key === 'members' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'members', label: <span data-testid="body-tab-members">{t('governance.body.tabs.members')}</span>, children: <MembersCard orgId={orgId} body={b} onModal={setModal} /> },
          { key: 'meetings', label: <span data-testid="body-tab-meetings">{t('governance.body.tabs.meetings')}</span>, children: <MeetingsCard body={b} onModal={setModal} /> },
          { key: 'continuity', label: <span data-testid="body-tab-continuity">{t('governance.body.tabs.continuity')}</span>, children: <ContinuityCard orgId={orgId} body={b} /> },
          { key: 'procedures', label: <span data-testid="body-tab-procedures">{t('governance.body.tabs.procedures')}</span>, children: <ProceduresCard orgId={orgId} body={b} onModal={setModal} /> },
        ]}
      />
      {manage && modal === 'member' && <MemberModal orgId={orgId} body={b} onClose={() => setModal(null)} />}
      {manage && modal === 'accredit' && <AccreditModal orgId={orgId} body={b} onClose={() => setModal(null)} />}
      {manage && modal === 'meeting' && <MeetingModal orgId={orgId} body={b} onClose={() => setModal(null)} />}
      {manage && (modal === 'silence' || modal === 'written_vote') && <DraftModal orgId={orgId} body={b} kind={modal} onClose={() => setModal(null)} />}
    </>
  );
}

type TCardProps = { orgId: string; body: TBodyView; onModal: (m: TModal) => void };

function MembersCard({ orgId, body, onModal }: TCardProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const end = useEndAccreditation(orgId);
  const manage = body.allowedActions.manage;
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.members.title')}</h2>}
      extra={
        manage && (
          <Flex gap={8} wrap>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => onModal('member')} data-testid="add-member">
              {t('governance.members.add')}
            </Button>
            <Button type="primary" onClick={() => onModal('accredit')} disabled={body.members.length === 0} data-testid="accredit">
              {t('governance.members.accredit')}
            </Button>
          </Flex>
        )
      }
    >
      {end.error ? <ErrorAlert error={end.error} /> : null}
      <ScrollRegion label={t('governance.members.title')}>
        <Table<TBodyView['members'][number]>
          rowKey="id"
          pagination={false}
          dataSource={body.members}
          locale={{ emptyText: <Typography.Text>{t('governance.members.empty')}</Typography.Text> }}
          columns={[
            { title: t('governance.members.member'), dataIndex: 'name', render: (n: string) => <span dir="auto">{n}</span> },
            {
              title: t('governance.members.representatives'),
              key: 'reps',
              render: (_, m) =>
                m.representatives.length === 0 ? (
                  <Typography.Text type="secondary">{t('governance.members.noRepresentative')}</Typography.Text>
                ) : (
                  <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                    {m.representatives.map((r) => (
                      <li key={r.accreditationId} data-testid="representative">
                        <span dir="auto">{r.name}</span> <Tag style={TONE.plain}>{r.language}</Tag>{' '}
                        {r.current ? <Tag style={TONE.ok}>{t('governance.members.current')}</Tag> : <Tag style={TONE.plain}>{t('governance.members.notCurrent')}</Tag>}
                        <Typography.Text type="secondary">
                          {' '}
                          {t('governance.members.validity', { from: formatDate(r.validFrom), until: r.validUntil ? formatDate(r.validUntil) : '—' })}
                        </Typography.Text>
                        {manage && r.current && (
                          <Button size="small" type="link" loading={end.isPending} onClick={() => end.mutate({ id: r.accreditationId, validUntil: new Date().toISOString() })} aria-label={`${t('governance.members.end')} — ${r.name}`}>
                            {t('governance.members.end')}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}

function MeetingsCard({ body, onModal }: Omit<TCardProps, 'orgId'>) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <Flex vertical gap={16}>
      <Card>
        <MeetingsChart quarters={body.quarters} />
      </Card>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.meetings.title')}</h2>}
        extra={
          body.allowedActions.manage && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => onModal('meeting')} data-testid="add-meeting">
              {t('governance.meetings.add')}
            </Button>
          )
        }
      >
        <ScrollRegion label={t('governance.meetings.title')}>
          <Table<TBodyView['meetings'][number]>
            rowKey="id"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={[...body.meetings].reverse()}
            locale={{ emptyText: <Typography.Text>{t('governance.meetings.empty')}</Typography.Text> }}
            columns={[
              { title: t('governance.meetings.fields.scheduledOn'), dataIndex: 'scheduledOn', render: (d: string) => formatDay(d) },
              { title: t('governance.meetings.fields.title'), dataIndex: 'title', render: (x: string) => <span dir="auto">{x}</span> },
              { title: t('governance.meetings.fields.mode'), dataIndex: 'mode', render: (m: string) => t(`governance.mode.${m}`) },
              { title: t('governance.meetings.fields.outcome'), dataIndex: 'outcome', render: (o: string) => <Tag style={o === 'held_as_planned' ? TONE.ok : o === 'postponed' ? TONE.warn : TONE.bad}>{t(`governance.outcome.${o}`)}</Tag> },
              { title: t('governance.meetings.fields.reason'), dataIndex: 'reason', render: (r: string) => r || '—' },
            ]}
          />
        </ScrollRegion>
      </Card>
    </Flex>
  );
}

type TContinuityValues = { mtpdDays: number | null; alternateVenues: { name: string; city: string; notes: string }[]; virtualProvisions: string; interpretationArrangements: string; planId: string | null };

/** What the body keeps ready: how long it may go without deciding, where else it meets, how it meets online and with interpretation. */
function ContinuityCard({ orgId, body }: { orgId: string; body: TBodyView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TContinuityValues>();
  const save = useSetContinuity(orgId, body.id);
  const errorMessage = useGovernanceErrorMessage();
  const c = body.continuity;
  if (!body.allowedActions.manage) {
    return (
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.continuity.title')}</h2>}>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('governance.continuity.mtpd')}>{c.mtpdDays === null ? '—' : t('governance.continuity.days', { n: c.mtpdDays })}</Descriptions.Item>
          <Descriptions.Item label={t('governance.continuity.venues')}>{c.alternateVenues.length === 0 ? '—' : c.alternateVenues.map((v) => `${v.name}${v.city ? `, ${v.city}` : ''}`).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label={t('governance.continuity.virtual')}>{c.virtualProvisions || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('governance.continuity.interpretation')}>{c.interpretationArrangements || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('governance.continuity.plan')}>{c.planTitle ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  async function submit() {
    if (await submitForm(form, ZContinuityInput, t, (v: TContinuityValues) => ({ ...v, mtpdDays: v.mtpdDays ?? null, planId: v.planId ?? null, alternateVenues: v.alternateVenues ?? [] }), save.mutateAsync)) void message.success(t('governance.continuity.saved'));
  }
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.continuity.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('governance.continuity.intro')}</Typography.Paragraph>
      {save.error ? <ErrorAlert error={save.error} message={errorMessage} /> : null}
      <Form<TContinuityValues> form={form} name="continuity" layout="vertical" initialValues={{ mtpdDays: c.mtpdDays, alternateVenues: c.alternateVenues, virtualProvisions: c.virtualProvisions, interpretationArrangements: c.interpretationArrangements, planId: c.planId }}>
        <Form.Item name="mtpdDays" label={t('governance.continuity.mtpd')} extra={t('governance.continuity.mtpdHelp')}>
          <InputNumber min={1} max={365} precision={0} data-testid="continuity-mtpd" />
        </Form.Item>
        <Form.List name="alternateVenues">
          {(fields, { add, remove }) => (
            <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
              <legend style={{ fontSize: 14 }}>{t('governance.continuity.venues')}</legend>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item name={[field.name, 'name']} label={t('governance.continuity.venueName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'city']} label={t('governance.continuity.venueCity')}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'notes']} label={t('governance.continuity.venueNotes')}>
                    <Input maxLength={1000} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={t('governance.continuity.removeVenue')} style={{ marginTop: 30 }} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', city: '', notes: '' })} data-testid="continuity-add-venue">
                {t('governance.continuity.addVenue')}
              </Button>
            </fieldset>
          )}
        </Form.List>
        <Form.Item name="virtualProvisions" label={t('governance.continuity.virtual')} extra={t('governance.continuity.virtualHelp')}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="continuity-virtual" />
        </Form.Item>
        <Form.Item name="interpretationArrangements" label={t('governance.continuity.interpretation')}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="continuity-interpretation" />
        </Form.Item>
        <Form.Item name="planId" label={t('governance.continuity.plan')} extra={t('governance.continuity.planHelp')}>
          <Select allowClear options={body.plans.map((p) => ({ value: p.id, label: p.title }))} />
        </Form.Item>
        <Button type="primary" loading={save.isPending} onClick={() => void submit()} data-testid="continuity-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

function ProceduresCard({ orgId, body, onModal }: TCardProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.procedures.title')}</h2>}
      extra={
        body.allowedActions.manage && (
          <Flex gap={8} wrap>
            <Button onClick={() => onModal('silence')} data-testid="new-silence">
              {t('governance.procedures.newSilence')}
            </Button>
            <Button onClick={() => onModal('written_vote')} data-testid="new-vote">
              {t('governance.procedures.newVote')}
            </Button>
          </Flex>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('governance.procedures.intro')}</Typography.Paragraph>
      <ScrollRegion label={t('governance.procedures.title')}>
        <Table<TBodyView['procedures'][number]>
          rowKey="id"
          pagination={false}
          dataSource={[...body.procedures].reverse()}
          locale={{ emptyText: <Typography.Text>{t('governance.procedures.empty')}</Typography.Text> }}
          columns={[
            { title: t('governance.procedures.fields.title'), dataIndex: 'title', render: (x: string, p) => <Link to={`/orgs/${orgId}/governance/procedures/${p.id}`} dir="auto" data-testid="procedure-link">{x}</Link> },
            { title: t('governance.procedures.fields.kind'), dataIndex: 'kind', render: (k: string) => t(`governance.kind.${k}`) },
            { title: t('governance.procedures.fields.state'), dataIndex: 'state', render: (s: string) => <StateTag state={s} /> },
            { title: t('governance.procedures.fields.deadline'), dataIndex: 'deadline', render: (d: string | null) => formatDate(d) },
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}
