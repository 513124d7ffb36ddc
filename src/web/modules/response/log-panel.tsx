import { Alert, Button, Card, Col, Form, Input, List, Row, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SITREP_STATUSES } from '../../../domain/response/sitreps.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { useAction, useActionDone, useDecision, useLog, useSitrep, type TLogEntry } from './response.api.js';

const h2 = { fontSize: 16, margin: 0 };

/** The scribe's log: decisions with rationale and options, actions with owners, situation reports; every entry time-stamped and signed. */
export function LogPanel({ orgId, eventId, manage }: { orgId: string; eventId: string; manage: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const log = useLog(orgId, eventId, true);
  const done = useActionDone(orgId, eventId);
  if (log.error) return <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />;
  if (!log.data) return <BlockLoading />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="cmt-log">
      {log.data.sitreps.map((s) => (
        <Alert key={s.kind} type={s.overdue ? 'error' : 'info'} showIcon title={t(s.overdue ? 'response.log.sitrepOverdue' : 'response.log.sitrepDue', { kind: t(`response.enums.sitrep.${s.kind}`), at: formatDate(s.dueAt) })} />
      ))}
      {manage && <Entries orgId={orgId} eventId={eventId} onDone={() => void log.refetch()} />}
      <Card title={<h2 style={h2}>{t('response.log.title')}</h2>}>
        <List
          dataSource={log.data.items}
          locale={{ emptyText: <span style={{ color: "rgba(0, 0, 0, 0.65)" }}>{t('response.log.empty')}</span> }}
          renderItem={(e) => (
            <List.Item
              data-testid="log-entry"
              actions={manage && e.kind === 'action' && !e.doneAt ? [<Button key="done" size="small" onClick={() => done.mutate(e.id, { onSuccess: () => void log.refetch() })}>{t('response.log.markDone')}</Button>] : []}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Tag>{t(`response.enums.log.${e.kind}`)}</Tag>
                    <Typography.Text type="secondary">{`${formatDate(e.at)} · ${e.byName}`}</Typography.Text>
                  </Space>
                }
                description={<EntryBody entry={e} />}
              />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

function EntryBody({ entry }: { entry: TLogEntry }) {
  const { t } = useTranslation();
  const b = entry.body as Record<string, string | string[] | null>;
  const line = (label: string, value: unknown) =>
    value ? (
      <div>
        <strong>{label}: </strong>
        <span dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {Array.isArray(value) ? value.join('; ') : String(value)}
        </span>
      </div>
    ) : null;
  switch (entry.kind) {
    case 'decision':
      return (
        <>
          {line(t('response.log.decision'), b.decision)}
          {line(t('response.log.rationale'), b.rationale)}
          {line(t('response.log.options'), b.optionsConsidered)}
        </>
      );
    case 'action':
      return (
        <>
          {line(t('response.log.action'), b.title)}
          {line(t('response.log.owner'), entry.ownerName)}
          {entry.doneAt && <Tag color="green">{t('response.log.done')}</Tag>}
        </>
      );
    case 'sitrep':
      return b.kind === 'tactical' ? (
        <>
          {line(t('response.sitrep.conditions'), b.conditions)}
          {line(t('response.sitrep.actions'), b.actions)}
          {line(t('response.sitrep.needs'), b.needs)}
        </>
      ) : (
        <>
          {line(t('response.sitrep.status'), b.status ? t(`response.enums.sitrepStatus.${b.status as string}`) : '')}
          {line(t('response.sitrep.overview'), b.overview)}
          {line(t('response.sitrep.nextSteps'), b.nextSteps)}
        </>
      );
    case 'update':
      return <>{line(String(b.title ?? ''), b.body)}</>;
    default:
      return <>{line(t('response.log.note'), b.note)}</>;
  }
}

const KINDS = ['decision', 'action', 'tactical', 'executive'] as const;

function Entries({ orgId, eventId, onDone }: { orgId: string; eventId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('decision');
  const [form] = Form.useForm();
  const people = useDirectory(orgId);
  const decision = useDecision(orgId, eventId);
  const action = useAction(orgId, eventId);
  const sitrep = useSitrep(orgId, eventId);
  const pending = decision.isPending || action.isPending || sitrep.isPending;
  const error = decision.error ?? action.error ?? sitrep.error;
  const after = { onSuccess: () => (form.resetFields(), onDone()) };
  function submit(v: Record<string, string>) {
    if (kind === 'decision') decision.mutate({ decision: v.decision!, rationale: v.rationale!, optionsConsidered: (v.options ?? '').split('\n').map((s) => s.trim()).filter(Boolean) }, after);
    else if (kind === 'action') action.mutate({ title: v.title!, ownerPersonId: v.owner! }, after);
    else if (kind === 'tactical') sitrep.mutate({ kind, conditions: v.conditions!, actions: v.actions!, needs: v.needs! }, after);
    else sitrep.mutate({ kind, status: (v.status ?? 'stable') as 'stable', overview: v.overview!, nextSteps: v.nextSteps! }, after);
  }
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  const area = (name: string, label: string, optional = false) => (
    <Col xs={24} md={12} key={name}>
      <Form.Item name={name} label={label} rules={optional ? [] : required}>
        <Input.TextArea rows={2} maxLength={5000} data-testid={`log-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <Card title={<h2 style={h2}>{t('response.log.add')}</h2>}>
      <Segmented aria-label={t('response.log.add')} value={kind} onChange={(v) => (setKind(v as typeof kind), form.resetFields())} options={KINDS.map((k) => ({ value: k, label: t(`response.log.kinds.${k}`) }))} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" name="log-entry" onFinish={submit}>
        <Row gutter={12}>
          {kind === 'decision' && [area('decision', t('response.log.decision')), area('rationale', t('response.log.rationale')), area('options', t('response.log.optionsHelp'), true)]}
          {kind === 'action' && (
            <>
              <Col xs={24} md={12}>
                <Form.Item name="title" label={t('response.log.action')} rules={required}>
                  <Input maxLength={300} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="owner" label={t('response.log.owner')} rules={[{ required: true, message: t('validation.required') }]}>
                  <Select showSearch optionFilterProp="label" options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))} />
                </Form.Item>
              </Col>
            </>
          )}
          {kind === 'tactical' && [area('conditions', t('response.sitrep.conditions')), area('actions', t('response.sitrep.actions')), area('needs', t('response.sitrep.needs'))]}
          {kind === 'executive' && (
            <>
              <Col xs={24} md={12}>
                <Form.Item name="status" label={t('response.sitrep.status')} initialValue="stable">
                  <Select options={SITREP_STATUSES.map((s) => ({ value: s, label: t(`response.enums.sitrepStatus.${s}`) }))} />
                </Form.Item>
              </Col>
              {area('overview', t('response.sitrep.overview'))}
              {area('nextSteps', t('response.sitrep.nextSteps'))}
            </>
          )}
        </Row>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="log-submit">
          {t('response.log.save')}
        </Button>
      </Form>
      {error && <ErrorAlert error={error} />}
    </Card>
  );
}
