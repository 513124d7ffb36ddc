import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, List, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ZFollowUpInput } from '../../../domain/contract/people.js';
import { ChartSection } from '../../app/chart-section.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { textIn, useCreateFollowUp, useFollowUps, useSetFollowUpStatus, useSurvey, useSurveyResults, useSurveyTrend, type TFollowUp, type TSurveyResults } from './people.api.js';
import { SurveyStateTag } from './wellbeing-tab.js';

type TQuestion = TSurveyResults['questions'][number];
type TCell = NonNullable<TQuestion['scale']>['total'] | NonNullable<TQuestion['choice']>['total'];
const OPTION_COLORS = ['#1d4ed8', '#0f766e', '#7c3aed', '#b45309', '#b91c1c', '#475569', '#be185d', '#15803d', '#0369a1', '#a16207'];

function HiddenLabel({ n }: { n: number }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="hidden-label">
      {t('workplace.results.hidden', { n })}
    </Typography.Text>
  );
}

/** One question: a bar per unit and the overall, as a chart or a table; hidden groups say why. */
function QuestionResult({ q, results, language }: { q: TQuestion; results: TSurveyResults; language: string }) {
  const { t } = useTranslation();
  const n = results.minimumGroupSize;
  const name = (unitId: string) => results.groups.find((g) => g.unitId === unitId)?.unitName ?? '';
  const rows: { key: string; label: string; cell: TCell }[] = [
    ...(q.scale?.groups ?? q.choice?.groups ?? []).map((g) => ({ key: g.unitId, label: name(g.unitId), cell: g.cell })),
    { key: '*', label: t('workplace.results.overall'), cell: (q.scale?.total ?? q.choice?.total)! },
  ];
  const optionText = (key: string) => textIn(q.options.find((o) => o.key === key)?.text, language);
  const value = (cell: TCell) => {
    if (cell.hidden) return <HiddenLabel n={n} />;
    if ('mean' in cell) return t('workplace.results.mean', { mean: cell.mean.toFixed(2), share: Math.round(cell.favourableShare * 100), count: cell.answered });
    return q.options.map((o) => `${optionText(o.key)}: ${cell.counts[o.key] ?? 0}`).join(' · ') + ` (${t('workplace.results.answered', { count: cell.answered })})`;
  };
  return (
    <ChartSection
      id={`q-${q.key}`}
      testId={`result-${q.key}`}
      title={textIn(q.text, language)}
      empty={false}
      emptyText=""
      chart={() => (
        <div aria-hidden data-testid={`result-${q.key}-chart`}>
          {q.kind === 'choice' && (
            <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: '8px 0' }}>
              {q.options.map((o, i) => (
                <li key={o.key} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
                  <span style={{ width: 12, height: 12, background: OPTION_COLORS[i % OPTION_COLORS.length], display: 'inline-block' }} />
                  {optionText(o.key)}
                </li>
              ))}
            </ul>
          )}
          {rows.map((r) => (
            <div key={r.key} style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '6px 0', flexWrap: 'wrap' }}>
              <span style={{ width: 160, fontWeight: r.key === '*' ? 600 : undefined }}>{r.label}</span>
              {r.cell.hidden ? (
                <HiddenLabel n={n} />
              ) : 'mean' in r.cell ? (
                <div style={{ flex: 1, minWidth: 120, display: 'flex', alignItems: 'center', gap: 8 }} dir="ltr">
                  <div style={{ flex: 1, height: 16, background: '#f0f0f0' }}>
                    <div style={{ width: `${((r.cell.mean - 1) / 4) * 100}%`, height: '100%', background: '#1d4ed8' }} />
                  </div>
                  <span style={{ fontVariantNumeric: 'tabular-nums' }}>{r.cell.mean.toFixed(2)}</span>
                </div>
              ) : (
                <div style={{ flex: 1, minWidth: 120, display: 'flex', height: 16, background: '#f0f0f0' }} dir="ltr">
                  {q.options.map((o, i) => {
                    const cell = r.cell as Extract<TCell, { counts: Record<string, number> }>;
                    return <div key={o.key} style={{ width: `${((cell.counts[o.key] ?? 0) / Math.max(1, cell.answered)) * 100}%`, background: OPTION_COLORS[i % OPTION_COLORS.length] }} />;
                  })}
                </div>
              )}
            </div>
          ))}
        </div>
      )}
      table={() => (
        <ScrollRegion label={textIn(q.text, language)}>
          <Table rowKey="key" size="small" pagination={false} dataSource={rows} columns={[{ title: t('workplace.results.group'), dataIndex: 'label' }, { title: t('workplace.results.value'), key: 'value', render: (_: unknown, r: (typeof rows)[number]) => value(r.cell) }]} />
        </ScrollRegion>
      )}
    />
  );
}

function FollowUpModal({ orgId, surveyId, results, language, onClose }: { orgId: string; surveyId: string; results: TSurveyResults; language: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; description: string; ownerPersonId: string; dueOn: string; questionKey: string | null; groupUnitId: string | null }>();
  const create = useCreateFollowUp(orgId, surveyId);
  const directory = useDirectory(orgId);
  const questionKey = Form.useWatch('questionKey', form);
  const q = results.questions.find((x) => x.key === questionKey);
  const shownGroups = (q?.scale?.groups ?? q?.choice?.groups ?? []).filter((g) => !g.cell.hidden).map((g) => ({ value: g.unitId, label: results.groups.find((x) => x.unitId === g.unitId)?.unitName ?? '' }));
  async function submit() {
    const done = await submitForm(form, ZFollowUpInput, t, (v) => ({ ...v, questionKey: v.questionKey ?? null, groupUnitId: v.groupUnitId ?? null }), create.mutateAsync);
    if (!done) return;
    void message.success(t('workplace.followUps.created'));
    onClose();
  }
  return (
    <FormModal
      title={t('workplace.followUps.new')}
      okText={t('common.create')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      form={form}
      name="follow-up"
      initialValues={{ title: '', description: '', dueOn: '', questionKey: null, groupUnitId: null }}
      okButtonProps={{ 'data-testid': 'follow-up-submit' }}
    >
      <Form.Item name="title" label={t('workplace.followUps.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={300} data-testid="follow-up-title" />
      </Form.Item>
      <Form.Item name="questionKey" label={t('workplace.followUps.fields.question')}>
        <Select allowClear options={results.questions.filter((x) => x.kind !== 'text').map((x) => ({ value: x.key, label: textIn(x.text, language) }))} />
      </Form.Item>
      <Form.Item name="groupUnitId" label={t('workplace.followUps.fields.unit')} extra={t('workplace.followUps.unitHelp')}>
        <Select allowClear disabled={!q} options={shownGroups} />
      </Form.Item>
      <Form.Item name="ownerPersonId" label={t('workplace.followUps.fields.owner')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select showSearch optionFilterProp="label" data-testid="follow-up-owner" options={(directory.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('workplace.followUps.fields.dueOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="follow-up-due" />
      </Form.Item>
      <Form.Item name="description" label={t('workplace.followUps.fields.description')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}

/** Results of a survey for those who run it: by unit and overall, small groups hidden, free texts overall only; trends across waves; follow-up actions. */
export function SurveyResultsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { orgId = '', surveyId = '' } = useParams();
  const formatDay = useFormatDay();
  const survey = useSurvey(orgId, surveyId);
  const allowed = survey.data?.allowedActions.results ?? false;
  const results = useSurveyResults(orgId, surveyId, allowed);
  const trend = useSurveyTrend(orgId, surveyId, allowed);
  const followUps = useFollowUps(orgId, surveyId, allowed);
  const setStatus = useSetFollowUpStatus(orgId, surveyId);
  const [creating, setCreating] = useState(false);
  usePageTitle(survey.data ? textIn(survey.data.title, language) : t('workplace.surveys.title'));
  const error = survey.error ?? results.error;
  if (error) return <ErrorAlert error={error} />;
  if (!survey.data) return <BlockLoading />;
  const s = survey.data;
  const back = <Link to={`/orgs/${orgId}/people?tab=wellbeing`}>{t('workplace.surveys.back')}</Link>;
  if (!allowed) return <Alert type="info" message={t('workplace.results.notAllowed')} action={back} />;
  if (!results.data) return <BlockLoading />;
  const r = results.data;
  return (
    <Flex vertical gap={16}>
      {back}
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {textIn(s.title, language)}
      </Typography.Title>
      <Flex gap={8} wrap align="center">
        <SurveyStateTag state={s.state} />
        <span>{`${formatDay(s.opensOn)} – ${formatDay(s.closesOn)}`}</span>
        {s.responded !== null && <Tag data-testid="respondents">{t('workplace.surveys.respondedOf', { responded: s.responded, invited: s.invited ?? 0 })}</Tag>}
      </Flex>
      <Alert type="info" showIcon message={t('workplace.results.rule', { n: r.minimumGroupSize })} />
      {!r.available ? (
        <Alert type="warning" showIcon message={t('workplace.results.afterClosing')} data-testid="results-unavailable" />
      ) : (
        r.questions.map((q) => (
          <Card key={q.key}>
            {q.kind === 'text' ? (
              <section aria-labelledby={`q-${q.key}-title`} data-testid={`result-${q.key}`}>
                <h2 id={`q-${q.key}-title`} style={{ fontSize: 16 }}>
                  {textIn(q.text, language)}
                </h2>
                {q.texts?.hidden ? <HiddenLabel n={r.minimumGroupSize} /> : <List size="small" dataSource={q.texts?.items ?? []} renderItem={(x) => <List.Item>{x}</List.Item>} />}
              </section>
            ) : (
              <QuestionResult q={q} results={r} language={language} />
            )}
          </Card>
        ))
      )}
      {trend.data && trend.data.waves.length > 1 && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('workplace.results.trend')}</h2>}>
          <ScrollRegion label={t('workplace.results.trend')}>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              data-testid="trend-table"
              dataSource={trend.data.questions}
              columns={[
                { title: t('workplace.followUps.fields.question'), key: 'q', render: (_: unknown, q: (typeof trend.data.questions)[number]) => textIn(q.text, language) },
                ...trend.data.waves.map((w, i) => ({
                  title: `${textIn(w.title, language)} (${formatDay(w.closesOn)})`,
                  key: w.surveyId,
                  render: (_: unknown, q: (typeof trend.data.questions)[number]) => {
                    const p = q.points[i]!;
                    if (p.mean === null) return <HiddenLabel n={r.minimumGroupSize} />;
                    return `${p.mean.toFixed(2)}${p.change !== null ? ` (${p.change >= 0 ? '+' : ''}${p.change.toFixed(2)})` : ''}`;
                  },
                })),
              ]}
            />
          </ScrollRegion>
        </Card>
      )}
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('workplace.followUps.title')}</h2>}
        extra={
          s.allowedActions.launch || s.allowedActions.close || s.state === 'closed' ? (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)} data-testid="new-follow-up">
              {t('workplace.followUps.new')}
            </Button>
          ) : null
        }
      >
        <ScrollRegion label={t('workplace.followUps.title')}>
          <Table<TFollowUp>
            rowKey="id"
            size="small"
            pagination={false}
            data-testid="follow-ups-table"
            dataSource={followUps.data?.items ?? []}
            locale={{ emptyText: <span style={{ color: '#595959' }}>{t('workplace.followUps.empty')}</span> }}
            columns={[
              { title: t('workplace.followUps.fields.title'), dataIndex: 'title' },
              { title: t('workplace.followUps.fields.owner'), dataIndex: 'ownerName' },
              { title: t('workplace.followUps.fields.dueOn'), key: 'due', render: (_: unknown, f: TFollowUp) => formatDay(f.dueOn) },
              {
                title: t('workplace.followUps.fields.status'),
                key: 'status',
                render: (_: unknown, f: TFollowUp) => (
                  <Button size="small" onClick={() => setStatus.mutate({ followUpId: f.id, status: f.status === 'open' ? 'closed' : 'open' })}>
                    {f.status === 'open' ? t('workplace.followUps.markDone') : t('workplace.followUps.reopen')}
                  </Button>
                ),
              },
            ]}
          />
        </ScrollRegion>
      </Card>
      {creating && <FollowUpModal orgId={orgId} surveyId={surveyId} results={r} language={language} onClose={() => setCreating(false)} />}
    </Flex>
  );
}
