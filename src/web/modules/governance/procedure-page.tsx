import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Radio, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TLanguage } from '../../../domain/languages.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useBreakSilence, useCirculate, useGovernanceErrorMessage, useProcedure, useSetText, useVerify, useVote, useWithdraw, type TProcedureView, type TStatementReceipt, type TVoteReceipt } from './governance.api.js';
import { SectionSwitch } from './section-switch.js';
import { StateTag } from './state-tag.js';
import { TONE } from './tones.js';
import { viewerTimeZone } from './time-zones.js';

/** A silence procedure or a written vote: its documents, deadline, who acted, the outcome and its verifiable record. */
export function ProcedurePage() {
  const { t } = useTranslation();
  const { orgId = '', procedureId = '' } = useParams();
  const procedure = useProcedure(orgId, procedureId);
  usePageTitle(procedure.data?.title ?? t('governance.title'));
  if (procedure.error) return <ErrorAlert error={procedure.error} onRetry={() => void procedure.refetch()} />;
  if (!procedure.data) return <BlockLoading rows={8} />;
  const p = procedure.data;
  return (
    <>
      <Typography.Text>
        <Link to={`/orgs/${orgId}/governance/bodies/${p.bodyId}?tab=procedures`} dir="auto">
          {p.bodyName}
        </Link>
      </Typography.Text>
      <h1 className="page-title" dir="auto">
        {p.title}
      </h1>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Tag style={TONE.plain}>{t(`governance.kind.${p.kind}`)}</Tag>
        <StateTag state={p.state} />
      </Flex>
      <Flex vertical gap={16}>
        <DeadlineCard p={p} />
        <ActCard orgId={orgId} p={p} />
        <DocumentsCard orgId={orgId} p={p} />
        {p.allowedActions.circulate && <CirculateCard orgId={orgId} p={p} />}
        {p.kind === 'written_vote' && <VotesCard p={p} />}
        {p.allowedActions.withdraw && <WithdrawCard orgId={orgId} p={p} />}
        <RecordCard orgId={orgId} p={p} />
      </Flex>
    </>
  );
}

function useNow(everyMs: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The deadline as the reader's clock, the body's clock and UTC read it, with the time left. */
function DeadlineCard({ p }: { p: TProcedureView }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  // The device's clock may be wrong; the server's is the one deadlines are judged by.
  const [skew] = useState(() => Date.parse(p.asOf) - Date.now());
  const now = useNow(15_000) + skew;
  // dateStyle cannot be combined with timeZoneName: the fields are named one by one.
  const zoned = (iso: string, timeZone: string) => new Intl.DateTimeFormat(i18n.language, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
  const left = p.deadline ? Date.parse(p.deadline) - now : null;
  const hours = left === null ? 0 : Math.max(0, Math.floor(left / 3_600_000));
  const minutes = left === null ? 0 : Math.max(0, Math.floor((left % 3_600_000) / 60_000));
  const outcome = {
    adopted: 'governance.outcome.adoptedAt',
    silence_broken: 'governance.outcome.brokenAt',
    withdrawn: 'governance.outcome.withdrawnAt',
    closed: p.result?.adopted ? 'governance.outcome.voteAdopted' : 'governance.outcome.voteRejected',
  }[p.state];
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.deadline.title')}</h2>}>
      {outcome && <Alert type={p.state === 'adopted' || p.result?.adopted ? 'success' : 'warning'} showIcon title={t(outcome, { at: formatDate(p.decidedAt) })} style={{ marginBottom: 12 }} data-testid="procedure-outcome" />}
      {p.deadline ? (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('governance.deadline.yours')}>
            <span data-testid="deadline-viewer">{zoned(p.deadline, viewerTimeZone())}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('governance.deadline.body', { zone: p.timeZone })}>
            <span data-testid="deadline-body">{zoned(p.deadline, p.timeZone)}</span>
          </Descriptions.Item>
          <Descriptions.Item label="UTC">{p.deadline.slice(0, 16).replace('T', ' ')}</Descriptions.Item>
          {left !== null && left > 0 && (p.state === 'circulated' || p.state === 'open') && (
            <Descriptions.Item label={t('governance.deadline.left')}>
              <span data-testid="deadline-countdown">{t('governance.deadline.countdown', { hours, minutes })}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('governance.deadline.none', { hours: p.minimumHours })}</Typography.Text>
      )}
      {p.brokenBy && (
        <Card size="small" style={{ marginTop: 12 }} data-testid="broken-by">
          <Typography.Paragraph strong>{t('governance.act.brokenBy', { member: p.brokenBy.memberName, name: p.brokenBy.representativeName, at: formatDate(p.brokenBy.at) })}</Typography.Paragraph>
          <Typography.Paragraph lang={p.brokenBy.language} dir="auto" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {p.brokenBy.statement}
          </Typography.Paragraph>
        </Card>
      )}
    </Card>
  );
}

/** What the signed-in representative may do for each member they are accredited for now. */
function ActCard({ orgId, p }: { orgId: string; p: TProcedureView }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const breakSilence = useBreakSilence(orgId, p.id);
  const vote = useVote(orgId, p.id);
  const errorMessage = useGovernanceErrorMessage();
  const [statement, setStatement] = useState('');
  const [choice, setChoice] = useState<'yes' | 'no' | 'abstain' | null>(null);
  const [receipt, setReceipt] = useState<TVoteReceipt | TStatementReceipt | null>(null);
  if (p.mine.length === 0 && !receipt) return null;
  const language = (p.languages.includes(i18n.language as TLanguage) ? i18n.language : (p.languages[0] ?? 'en')) as TLanguage;
  const error = breakSilence.error ?? vote.error;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.act.title')}</h2>} data-testid="act-card">
      {error ? <ErrorAlert error={error} message={errorMessage} /> : null}
      {receipt && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 12 }}
          data-testid="receipt"
          title={'receipt' in receipt ? t('governance.act.voteReceipt', { choice: t(`governance.choice.${receipt.choice}`), at: formatDate(receipt.at) }) : t('governance.act.statementReceipt', { at: formatDate(receipt.at) })}
          description={<code data-testid="receipt-code">{'receipt' in receipt ? receipt.receipt : receipt.hash}</code>}
        />
      )}
      {p.mine.map((m) => (
        <section key={m.memberId} aria-label={t('governance.act.forMember', { member: m.memberName })} style={{ marginBottom: 12 }}>
          <Typography.Paragraph strong>{t('governance.act.forMember', { member: m.memberName })}</Typography.Paragraph>
          {!m.canAct ? (
            <Typography.Text type="secondary">{t(p.kind === 'silence' ? 'governance.act.cannotBreak' : 'governance.act.cannotVote')}</Typography.Text>
          ) : p.kind === 'silence' ? (
            <Form layout="vertical" onFinish={() => void breakSilence.mutateAsync({ memberId: m.memberId, language, statement }).then(setReceipt)}>
              <Form.Item label={t('governance.act.statement')} extra={t('governance.act.statementHelp')} htmlFor={`statement-${m.memberId}`}>
                <Input.TextArea id={`statement-${m.memberId}`} rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} maxLength={10_000} data-testid="statement" />
              </Form.Item>
              <Button danger htmlType="submit" disabled={!statement.trim()} loading={breakSilence.isPending} data-testid="break-silence">
                {t('governance.act.breakSilence')}
              </Button>
            </Form>
          ) : (
            <Flex gap={12} wrap align="center">
              <Radio.Group aria-label={t('governance.act.choice')} value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="vote-choice" options={(['yes', 'no', 'abstain'] as const).map((c) => ({ value: c, label: t(`governance.choice.${c}`) }))} />
              <Button type="primary" disabled={!choice} loading={vote.isPending} onClick={() => choice && void vote.mutateAsync({ memberId: m.memberId, choice }).then(setReceipt)} data-testid="cast-vote">
                {t('governance.act.vote')}
              </Button>
            </Flex>
          )}
        </section>
      ))}
    </Card>
  );
}

/** The draft in each official language; the secretariat writes the missing ones while it is a draft. */
function DocumentsCard({ orgId, p }: { orgId: string; p: TProcedureView }) {
  const { t } = useTranslation();
  const languages = p.languages.length > 0 ? p.languages : (Object.keys(p.texts) as TLanguage[]);
  const [shown, setShown] = useState<TLanguage>(languages[0] ?? 'en');
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.documents.title')}</h2>}>
      {p.missingLanguages.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('governance.documents.missing', { languages: p.missingLanguages.map((l) => t(`governance.language.${l}`)).join(', ') })} data-testid="missing-languages" />}
      <SectionSwitch
        label={t('governance.documents.title')}
        value={shown}
        onChange={setShown}
        items={languages.map((l) => ({
          key: l,
          label: <span lang={l}>{t(`governance.language.${l}`)}</span>,
          children: p.allowedActions.editTexts ? (
            <TextEditor orgId={orgId} procedureId={p.id} language={l} text={p.texts[l] ?? ''} />
          ) : (
            <Typography.Paragraph lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'} style={{ whiteSpace: 'pre-wrap' }} data-testid={`text-${l}`}>
              {p.texts[l] || '—'}
            </Typography.Paragraph>
          ),
        }))}
      />
    </Card>
  );
}

function TextEditor({ orgId, procedureId, language, text }: { orgId: string; procedureId: string; language: TLanguage; text: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [value, setValue] = useState(text);
  const save = useSetText(orgId, procedureId);
  return (
    <Flex vertical gap={8}>
      <label htmlFor={`text-${language}`}>{t('governance.procedures.textIn', { language: t(`governance.language.${language}`) })}</label>
      <Input.TextArea id={`text-${language}`} lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'} rows={5} value={value} onChange={(e) => setValue(e.target.value)} data-testid={`edit-text-${language}`} />
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Button disabled={!value.trim() || value === text} loading={save.isPending} onClick={() => void save.mutateAsync({ language, text: value }).then(() => message.success(t('governance.documents.saved')))} data-testid={`save-text-${language}`} style={{ alignSelf: 'flex-start' }}>
        {t('common.save')}
      </Button>
    </Flex>
  );
}

/** The secretariat sets the deadline as a day and time on the body's clock; the page shows it on the reader's too. */
function CirculateCard({ orgId, p }: { orgId: string; p: TProcedureView }) {
  const { t } = useTranslation();
  const circulate = useCirculate(orgId, p.id);
  const errorMessage = useGovernanceErrorMessage();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('18:00');
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.circulate.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('governance.circulate.intro', { hours: p.minimumHours, zone: p.timeZone })}</Typography.Paragraph>
      {circulate.error ? <ErrorAlert error={circulate.error} message={errorMessage} /> : null}
      <Flex gap={12} wrap align="end">
        <label>
          {t('governance.circulate.date', { zone: p.timeZone })}
          <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="circulate-date" />
        </label>
        <label>
          {t('governance.circulate.time')}
          <Input type="time" value={time} onChange={(e) => setTime(e.target.value)} data-testid="circulate-time" />
        </label>
        <Button type="primary" disabled={!date || !time || p.missingLanguages.length > 0} loading={circulate.isPending} onClick={() => circulate.mutate({ deadline: { date, time } })} data-testid="circulate">
          {t('governance.circulate.submit')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('governance.circulate.members')}
      </Typography.Paragraph>
    </Card>
  );
}

function WithdrawCard({ orgId, p }: { orgId: string; p: TProcedureView }) {
  const { t } = useTranslation();
  const withdraw = useWithdraw(orgId, p.id);
  const errorMessage = useGovernanceErrorMessage();
  const [reason, setReason] = useState('');
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.withdraw.title')}</h2>} size="small">
      {withdraw.error ? <ErrorAlert error={withdraw.error} message={errorMessage} /> : null}
      <Flex gap={8} wrap>
        <Input aria-label={t('governance.withdraw.reason')} placeholder={t('governance.withdraw.reason')} value={reason} onChange={(e) => setReason(e.target.value)} style={{ maxWidth: 400 }} />
        <Button disabled={!reason.trim()} loading={withdraw.isPending} onClick={() => withdraw.mutate({ reason })} data-testid="withdraw">
          {t('governance.withdraw.submit')}
        </Button>
      </Flex>
    </Card>
  );
}

function VotesCard({ p }: { p: TProcedureView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.votes.title')}</h2>}>
      {p.tally && (
        <p data-testid="tally">
          {t('governance.votes.tally', { yes: p.tally.yes, no: p.tally.no, abstain: p.tally.abstain, absent: p.tally.absent })}
          {p.rule?.kind === 'majority_of_voting' && <> · {t(`governance.rule.${p.rule.majority}`)}</>}
        </p>
      )}
      <ScrollRegion label={t('governance.votes.title')}>
        <Table<TProcedureView['votes'][number]>
          rowKey="memberId"
          size="small"
          pagination={false}
          dataSource={p.votes}
          locale={{ emptyText: <Typography.Text>{t('governance.votes.none')}</Typography.Text> }}
          columns={[
            { title: t('governance.members.member'), dataIndex: 'memberName', render: (x: string) => <span dir="auto">{x}</span> },
            { title: t('governance.members.representative'), dataIndex: 'representativeName' },
            { title: t('governance.act.choice'), dataIndex: 'choice', render: (c: string) => t(`governance.choice.${c}`) },
            { title: t('governance.votes.at'), dataIndex: 'at', render: (x: string) => formatDate(x) },
            { title: t('governance.votes.receipt'), dataIndex: 'receipt', render: (r: string | null) => <code>{r ?? '—'}</code> },
          ]}
        />
      </ScrollRegion>
      {p.state === 'closed' && (
        <p data-testid="absent">
          {p.absent.length === 0 ? t('governance.votes.noneAbsent') : t('governance.votes.absent', { members: p.absent.map((a) => a.memberName).join(', ') })}
        </p>
      )}
    </Card>
  );
}

/** The chained record: each event's hash, and a check that recomputes the chain and the outcome from it. */
function RecordCard({ orgId, p }: { orgId: string; p: TProcedureView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const verify = useVerify(orgId, p.id);
  const v = verify.data;
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.record.title')}</h2>}
      extra={
        <Button icon={<SafetyCertificateOutlined aria-hidden />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="verify">
          {t('governance.record.verify')}
        </Button>
      }
    >
      {verify.error ? <ErrorAlert error={verify.error} /> : null}
      {v && (
        <Alert
          role="status"
          style={{ marginBottom: 12 }}
          type={v.chain.ok && v.receiptsOk && v.consistent ? 'success' : 'error'}
          showIcon
          data-testid="verify-result"
          title={v.chain.ok && v.receiptsOk && v.consistent ? t('governance.record.intact', { n: v.chain.length }) : t('governance.record.broken', { seq: v.chain.brokenAtSeq ?? '—' })}
          description={t('governance.record.recomputed', { state: t(`governance.state.${v.recomputed.state}`), head: v.chain.head?.slice(0, 16) ?? '—' })}
        />
      )}
      <ScrollRegion label={t('governance.record.title')}>
        <Table<TProcedureView['record'][number]>
          rowKey="seq"
          size="small"
          pagination={false}
          dataSource={p.record}
          columns={[
            { title: '#', dataIndex: 'seq' },
            { title: t('governance.record.event'), dataIndex: 'type', render: (x: string) => t(`governance.event.${x}`) },
            { title: t('governance.record.at'), dataIndex: 'at', render: (x: string) => formatDate(x) },
            { title: t('governance.record.by'), dataIndex: 'actorName', render: (x: string | null) => x ?? t('governance.record.system') },
            { title: t('governance.record.hash'), dataIndex: 'hash', render: (h: string) => <code title={h}>{h.slice(0, 12)}…</code> },
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}

