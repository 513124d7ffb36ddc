import { CheckOutlined, EditOutlined, FilePdfOutlined, PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Col, Descriptions, Empty, Flex, Popconfirm, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TExerciseView } from '../../../domain/contract/exercises.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { formatDuration } from '../bia/durations.js';
import { useUnits } from '../orgs/orgs.api.js';
import { ConductModal, EditExerciseModal, FindingModal } from './exercise-modals.js';
import { ExerciseStateTag, VerdictTag } from './exercise-state-tag.js';
import { reportUrl, useCloseExercise, useExercise } from './exercises.api.js';
import { countVerdicts, marginMinutes } from './recovery.js';
import { ResultsChart } from './results-chart.js';
import './exercises.css';

const noon = (day: string | null) => (day ? `${day}T12:00:00Z` : null);
/** The reader's calendar day, the default day an exercise was run. */
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

type TModal = 'edit' | 'conduct' | 'finding' | null;

export function ExercisePage() {
  const { t } = useTranslation();
  const { orgId = '', exerciseId = '' } = useParams();
  const exercise = useExercise(orgId, exerciseId);
  usePageTitle(exercise.data?.title ?? t('exercises.title'));
  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={`/orgs/${orgId}/exercises`}>{t('exercises.title')}</Link> }, { title: exercise.data?.title ?? '…' }]} />
      {exercise.error ? <ErrorAlert error={exercise.error} onRetry={() => void exercise.refetch()} /> : exercise.data ? <ExerciseView orgId={orgId} exercise={exercise.data} /> : <BlockLoading rows={8} />}
    </>
  );
}

function ExerciseView({ orgId, exercise }: { orgId: string; exercise: TExerciseView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDay = useFormatDay();
  const units = useUnits(orgId);
  const [modal, setModal] = useState<TModal>(null);
  const close = useCloseExercise(orgId, exercise.id);
  const errorMessage = useCodedErrorMessage({ 'mer.exercise_state': 'exercises.errors.wrongState' }, 'exercises.errors.forbidden');
  const allowed = exercise.allowedActions;
  const people = (role: string) => exercise.participants.filter((p) => p.role === role).map((p) => p.fullName).join(', ') || '—';

  async function closeExercise() {
    try {
      await close.mutateAsync(undefined);
      void message.success(t('exercises.closed', { title: exercise.title }));
    } catch {
      // Shown above the page by the error alert.
    }
  }

  return (
    <>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 12 }}>
        <div>
          <h1 className="page-title" style={{ marginBottom: 4 }}>
            <span dir="auto">{exercise.title}</span>
          </h1>
          <Flex gap={8} wrap align="center">
            <ExerciseStateTag state={exercise.state} />
            <span>{t(`enums.exerciseType.${exercise.type}`)}</span>
            <span aria-hidden>·</span>
            <span>{exercise.unitName}</span>
          </Flex>
        </div>
        <Flex gap={8} wrap>
          {allowed.edit && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setModal('edit')} data-testid="exercise-edit">
              {t('exercises.edit')}
            </Button>
          )}
          {allowed.conduct && (
            <Button type={exercise.state === 'planned' ? 'primary' : 'default'} icon={<PlayCircleOutlined aria-hidden />} onClick={() => setModal('conduct')} data-testid="exercise-conduct">
              {exercise.state === 'planned' ? t('exercises.conduct.open') : t('exercises.conduct.reopen')}
            </Button>
          )}
          {allowed.close && (
            <Popconfirm
              title={t('exercises.closeConfirm')}
              description={exercise.findings.length > 0 && exercise.plans.length > 0 ? t('exercises.closeConfirmFindings') : undefined}
              okText={t('exercises.close')}
              cancelText={t('common.cancel')}
              onConfirm={() => void closeExercise()}
            >
              <Button icon={<CheckOutlined aria-hidden />} loading={close.isPending} data-testid="exercise-close">
                {t('exercises.close')}
              </Button>
            </Popconfirm>
          )}
          <Button icon={<FilePdfOutlined aria-hidden />} href={reportUrl(orgId, exercise.id)} download data-testid="exercise-report">
            {t('exercises.report')}
          </Button>
        </Flex>
      </Flex>
      {close.error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={close.error} message={errorMessage} />
        </div>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="exercise-card-heading">{t('exercises.sections.plan')}</h2>}>
            <Descriptions column={1} size="small" data-testid="exercise-details">
              <Descriptions.Item label={t('exercises.fields.scheduledOn')}>{formatDay(noon(exercise.scheduledOn))}</Descriptions.Item>
              <Descriptions.Item label={t('exercises.fields.conductedOn')}>{formatDay(noon(exercise.conductedOn))}</Descriptions.Item>
              <Descriptions.Item label={t('exercises.fields.plans')}>
                {exercise.plans.length === 0 ? '—' : (
                  <ul className="exercise-plain-list" style={{ margin: 0 }}>
                    {exercise.plans.map((p) => (
                      <li key={p.id} style={{ padding: 0, border: 0 }}>
                        <Link to={`/orgs/${orgId}/plans/${p.id}`}>{p.title}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('exercises.fields.participantIds')}>{people('participant')}</Descriptions.Item>
              <Descriptions.Item label={t('exercises.fields.observerIds')}>{people('observer')}</Descriptions.Item>
              <Descriptions.Item label={t('exercises.fields.facilitatorIds')}>{people('facilitator')}</Descriptions.Item>
              <Descriptions.Item label={t('exercises.fields.scenario')}>
                <p className="exercise-pre" dir="auto">{exercise.scenario || '—'}</p>
              </Descriptions.Item>
              <Descriptions.Item label={t('exercises.fields.objectives')}>
                {exercise.objectives.length === 0 ? '—' : (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {exercise.objectives.map((o, i) => (
                      <li key={i} dir="auto">{o}</li>
                    ))}
                  </ul>
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="exercise-card-heading">{t('exercises.fields.timeline')}</h2>}>
            {exercise.timeline.length === 0 ? (
              <Typography.Text type="secondary">{t('exercises.noTimeline')}</Typography.Text>
            ) : (
              <ScrollRegion label={t('exercises.fields.timeline')}>
                <Table
                  size="small"
                  rowKey={(_, i) => String(i)}
                  pagination={false}
                  dataSource={exercise.timeline}
                  columns={[
                    { title: t('exercises.fields.at'), dataIndex: 'at', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> },
                    { title: t('exercises.fields.inject'), dataIndex: 'inject', render: (v: string) => <span dir="auto">{v}</span> },
                    { title: t('exercises.fields.response'), dataIndex: 'response', render: (v: string) => <span dir="auto">{v || '—'}</span> },
                  ]}
                />
              </ScrollRegion>
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Results exercise={exercise} />
        </Col>
        <Col xs={24}>
          <Findings orgId={orgId} exercise={exercise} onAdd={() => setModal('finding')} />
        </Col>
      </Row>
      {modal === 'edit' && <EditExerciseModal orgId={orgId} exercise={exercise} units={units.data?.items ?? []} onClose={() => setModal(null)} />}
      {modal === 'conduct' && <ConductModal orgId={orgId} exercise={exercise} today={localToday()} onClose={() => setModal(null)} />}
      {modal === 'finding' && <FindingModal orgId={orgId} exercise={exercise} onClose={() => setModal(null)} />}
    </>
  );
}

function Results({ exercise }: { exercise: TExerciseView }) {
  const { t } = useTranslation();
  const counts = countVerdicts(exercise.results);
  const margin = (r: TExerciseView['results'][number]) => {
    const m = marginMinutes(r);
    if (m === null) return '—';
    if (m > 0) return t('exercises.results.lateBy', { duration: formatDuration(t, m) });
    return m === 0 ? t('exercises.results.onTime') : t('exercises.results.earlyBy', { duration: formatDuration(t, -m) });
  };
  return (
    <Card title={<h2 className="exercise-card-heading">{t('exercises.results.title')}</h2>} data-testid="exercise-results">
      {exercise.state === 'planned' ? (
        <Typography.Text type="secondary">{t('exercises.results.notYet')}</Typography.Text>
      ) : (
        <>
          {exercise.summary && (
            <p className="exercise-pre" dir="auto" data-testid="exercise-summary">
              {exercise.summary}
            </p>
          )}
          {exercise.results.length === 0 ? (
            <Typography.Text type="secondary">{t('exercises.results.none')}</Typography.Text>
          ) : (
            <>
              <p data-testid="exercise-verdict-counts" style={{ marginTop: 12 }}>
                {t('exercises.results.counts', { met: counts.met, missed: counts.missed, total: exercise.results.length })}
              </p>
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={10}>
                  <ResultsChart results={exercise.results} />
                </Col>
                <Col xs={24} lg={14}>
                  <ScrollRegion label={t('exercises.results.title')}>
                    <Table
                      data-testid="exercise-results-table"
                      size="small"
                      rowKey="serviceId"
                      pagination={false}
                      dataSource={exercise.results}
                      columns={[
                        { title: t('exercises.results.service'), dataIndex: 'serviceName', render: (v: string) => <span dir="auto">{v}</span> },
                        { title: t('exercises.results.achieved'), dataIndex: 'achievedMinutes', render: (v: number) => formatDuration(t, v) },
                        { title: t('exercises.results.rto'), dataIndex: 'rtoMinutes', render: (v: number | null) => (v === null ? t('exercises.results.noRto') : formatDuration(t, v)) },
                        { title: t('exercises.results.verdict'), dataIndex: 'verdict', render: (v: TExerciseView['results'][number]['verdict'], r) => <span title={margin(r)}><VerdictTag verdict={v} /></span> },
                        { title: t('exercises.results.margin'), key: 'margin', render: (_, r) => margin(r) },
                        { title: t('exercises.results.notes'), dataIndex: 'notes', render: (v: string) => <span dir="auto">{v || '—'}</span> },
                      ]}
                    />
                  </ScrollRegion>
                </Col>
              </Row>
            </>
          )}
        </>
      )}
    </Card>
  );
}

function Findings({ orgId, exercise, onAdd }: { orgId: string; exercise: TExerciseView; onAdd: () => void }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <Card
      title={<h2 className="exercise-card-heading">{t('exercises.findings.heading')}</h2>}
      extra={
        exercise.allowedActions.addFinding ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd} data-testid="exercise-add-finding">
            {t('exercises.findings.add')}
          </Button>
        ) : undefined
      }
    >
      {exercise.findings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={exercise.state === 'planned' ? t('exercises.findings.afterConduct') : t('exercises.findings.none')} />
      ) : (
        <>
          <ul className="exercise-plain-list" data-testid="exercise-findings">
            {exercise.findings.map((f) => (
              <li key={f.id}>
                <Flex justify="space-between" wrap gap={8}>
                  <strong dir="auto">{f.title}</strong>
                  <Tag data-status={f.status} style={{ marginInlineEnd: 0 }}>
                    {t(`enums.actionStatus.${f.status}`)}
                  </Tag>
                </Flex>
                <span style={{ color: '#434343' }}>{t('exercises.findings.ownerAndDue', { owner: f.ownerName ?? '—', date: formatDay(noon(f.dueOn)) })}</span>
              </li>
            ))}
          </ul>
          <Link to={`/orgs/${orgId}/actions`} data-testid="exercise-actions-link">
            {t('exercises.findings.toActions')}
          </Link>
        </>
      )}
    </Card>
  );
}
