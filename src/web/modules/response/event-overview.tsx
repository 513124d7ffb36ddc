import { Alert, Button, Card, Col, Form, Input, InputNumber, List, Row, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROTRACTED_PHASES } from '../../../domain/response/events.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { usePhase, usePlanActivation, useReassess, useTeam, useTimers, type TEventView } from './response.api.js';

const h2 = { fontSize: 16, margin: 0 };

/** Phases and reassessment, the plans proposed and in force (with what each brought into the event), the CMT and the timers. */
export function EventOverview({ orgId, view }: { orgId: string; view: TEventView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const manage = view.allowedActions.manage;
  const id = view.event.id;
  const activation = usePlanActivation(orgId, id);
  const phase = usePhase(orgId, id);
  const reassess = useReassess(orgId, id);
  const [note, setNote] = useState('');
  const people = useDirectory(orgId, manage || view.team.length > 0);
  const nameOf = (personId: string | null) => (personId ? (people.data?.items.find((p) => p.id === personId)?.fullName ?? '') : '');
  const current = view.phases.at(-1)?.phase;
  const active = view.activations.filter((a) => a.deactivatedAt === null);
  return (
    <Row gutter={[16, 16]}>
      {view.event.expectedDuration === 'protracted' && (
        <Col xs={24}>
          <Card title={<h2 style={h2}>{t('response.phases.title')}</h2>} data-testid="phases">
            {view.reassessment?.due && <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }} title={t(`response.phases.reassess.${view.reassessment.reason}`)} data-testid="reassessment-due" />}
            <Timeline items={view.phases.map((p) => ({ children: `${t(`response.enums.phase.${p.phase}`)} · ${formatDate(p.enteredAt)}` }))} />
            {manage && (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Select
                    aria-label={t('response.phases.enter')}
                    style={{ minWidth: 220 }}
                    value={current}
                    onChange={(v) => phase.mutate({ phase: v })}
                    options={PROTRACTED_PHASES.map((p) => ({ value: p, label: t(`response.enums.phase.${p}`) }))}
                    disabled={view.event.state === 'declared'}
                  />
                </Space>
                <Input.TextArea aria-label={t('response.phases.reassessNote')} placeholder={t('response.phases.reassessNote')} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={5000} />
                <Button disabled={!note.trim()} loading={reassess.isPending} onClick={() => reassess.mutate({ note }, { onSuccess: () => setNote('') })} data-testid="record-reassessment">
                  {t('response.phases.recordReassessment')}
                </Button>
                {(phase.error || reassess.error) && <ErrorAlert error={phase.error ?? reassess.error} />}
              </Space>
            )}
          </Card>
        </Col>
      )}
      <Col xs={24} lg={12}>
        <Card title={<h2 style={h2}>{t('response.plans.proposed')}</h2>} data-testid="proposed-plans">
          <List
            dataSource={view.proposedPlans}
            locale={{ emptyText: <span style={{ color: "rgba(0, 0, 0, 0.65)" }}>{t('response.plans.none')}</span> }}
            renderItem={(p) => (
              <List.Item
                data-testid="proposed-plan"
                actions={
                  manage
                    ? [
                        <Button key="a" type={p.active ? 'default' : 'primary'} size="small" loading={activation.isPending} onClick={() => activation.mutate({ planId: p.planId, active: !p.active })} data-testid={p.active ? 'deactivate-plan' : 'activate-plan'}>
                          {t(p.active ? 'response.plans.deactivate' : 'response.plans.activate')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <span dir="auto">{p.title}</span>
                      {p.active && <Tag color="red">{t('response.plans.inForce')}</Tag>}
                    </Space>
                  }
                  description={`${p.unitName} · ${t(`response.plans.reason.${p.reason}`)}`}
                />
              </List.Item>
            )}
          />
          {activation.error && <ErrorAlert error={activation.error} />}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={<h2 style={h2}>{t('response.plans.activated')}</h2>} data-testid="activations">
          {active.length === 0 ? (
            <Typography.Text type="secondary">{t('response.plans.noneActive')}</Typography.Text>
          ) : (
            active.map((a) => (
              <div key={a.id} style={{ marginBottom: 12 }}>
                <Typography.Text strong dir="auto">
                  {a.title} (v{a.versionNumber})
                </Typography.Text>{' '}
                <Typography.Text type="secondary">{t('response.plans.since', { at: formatDate(a.activatedAt) })}</Typography.Text>
                <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{t('response.plans.roles')}</h3>
                <ul style={{ margin: 0 }}>
                  {a.roles.map((r) => (
                    <li key={r.id} dir="auto">
                      {r.title}
                      {r.primaryPersonId && ` — ${nameOf(r.primaryPersonId)}`}
                      {r.calledByRoleId && ` (${t('response.plans.calledBy', { role: a.roles.find((x) => x.id === r.calledByRoleId)?.title ?? '' })})`}
                    </li>
                  ))}
                </ul>
                <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{t('response.plans.firstActions')}</h3>
                <ol style={{ margin: 0 }}>
                  {a.firstActions.map((s) => (
                    <li key={s.id} dir="auto">
                      {s.does} <Tag>{t(`response.enums.step.${s.phase}`)}</Tag>
                    </li>
                  ))}
                </ol>
              </div>
            ))
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <TeamCard orgId={orgId} view={view} people={people.data?.items ?? []} />
      </Col>
      <Col xs={24} lg={12}>
        <TimersCard orgId={orgId} view={view} />
      </Col>
    </Row>
  );
}

function TeamCard({ orgId, view, people }: { orgId: string; view: TEventView; people: { id: string; fullName: string }[] }) {
  const { t } = useTranslation();
  const team = useTeam(orgId, view.event.id);
  const [role, setRole] = useState<string>('lead');
  const [personId, setPersonId] = useState<string | undefined>();
  const nameOf = (id: string) => people.find((p) => p.id === id)?.fullName ?? '';
  return (
    <Card title={<h2 style={h2}>{t('response.team.title')}</h2>} data-testid="team">
      <List size="small" dataSource={view.team} locale={{ emptyText: <span style={{ color: "rgba(0, 0, 0, 0.65)" }}>{t('response.team.none')}</span> }} renderItem={(m) => <List.Item>{`${t(`response.enums.teamRole.${m.role}`)}: ${nameOf(m.personId)}`}</List.Item>} />
      {view.allowedActions.manage && (
        <Space wrap style={{ marginTop: 8 }}>
          <Select aria-label={t('response.team.role')} value={role} onChange={setRole} style={{ width: 140 }} options={['lead', 'scribe', 'liaison'].map((r) => ({ value: r, label: t(`response.enums.teamRole.${r}`) }))} />
          <Select aria-label={t('response.team.person')} showSearch optionFilterProp="label" value={personId} onChange={setPersonId} style={{ minWidth: 200 }} options={people.map((p) => ({ value: p.id, label: p.fullName }))} placeholder={t('response.team.person')} />
          <Button disabled={!personId} loading={team.isPending} onClick={() => personId && team.mutate({ role, personId })}>
            {t('response.team.assign')}
          </Button>
        </Space>
      )}
      {team.error && <ErrorAlert error={team.error} />}
    </Card>
  );
}

function TimersCard({ orgId, view }: { orgId: string; view: TEventView }) {
  const { t } = useTranslation();
  const timers = useTimers(orgId, view.event.id);
  const [form] = Form.useForm();
  const manage = view.allowedActions.manage;
  return (
    <Card title={<h2 style={h2}>{t('response.timers.title')}</h2>} data-testid="timers">
      <Typography.Paragraph type="secondary">{t('response.timers.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="timers" initialValues={view.timers} disabled={!manage} onFinish={(values) => timers.mutate({ ...values, sitrepIntervalMinutes: values.sitrepIntervalMinutes ?? null })}>
        <Row gutter={8}>
          {(['warningAfterMinutes', 'realertEveryMinutes', 'maxRealerts', 'escalateAtRound', 'sitrepIntervalMinutes'] as const).map((name) => (
            <Col xs={12} key={name}>
              <Form.Item name={name} label={t(`response.timers.${name}`)}>
                <InputNumber min={name === 'maxRealerts' ? 0 : 1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {manage && (
          <Button htmlType="submit" loading={timers.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Form>
      {timers.error && <ErrorAlert error={timers.error} />}
    </Card>
  );
}
