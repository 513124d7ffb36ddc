import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { TCourseKind } from '../../../domain/mer/training.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useUnits } from '../orgs/orgs.api.js';
import { AttendanceImportWizard } from './attendance-import.js';
import { CurrencyPanel } from './currency-panel.js';
import { useCourses, useSessions, useTrainingCurrency, type TCourse, type TSession } from './training.api.js';
import { CourseModal, SessionModal } from './training-modals.js';
import { TONE } from './tones.js';

const TABS = ['currency', 'courses', 'sessions'] as const;
const KIND_STYLE: Record<TCourseKind, { color?: string; style?: CSSProperties }> = { course: { color: 'blue' }, exercise_briefing: { color: 'purple' }, awareness: { style: TONE.gold } };

export function KindTag({ kind }: { kind: TCourseKind }) {
  const { t } = useTranslation();
  return (
    <Tag {...KIND_STYLE[kind]} data-testid={`kind-${kind}`}>
      {t(`enums.courseKind.${kind}`)}
    </Tag>
  );
}

/** Training and awareness: who must be trained and who is current (KPI 15), the programme of courses, and the sessions held with who attended. */
export function TrainingPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('training.title'));
  const formatDay = useFormatDay();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((v) => v === params.get('tab')) ?? 'currency';
  const units = useUnits(orgId);
  const courses = useCourses(orgId);
  const sessions = useSessions(orgId);
  const currency = useTrainingCurrency(orgId);
  const [courseModal, setCourseModal] = useState<TCourseKind | null>(null);
  const [sessionModal, setSessionModal] = useState(false);
  const [importFor, setImportFor] = useState<Pick<TSession, 'id' | 'courseTitle' | 'heldOn'> | null>(null);
  const unitList = units.data?.items ?? [];
  const courseList = courses.data?.items ?? [];
  const kindOf = (courseId: string) => courseList.find((c) => c.id === courseId)?.kind;
  const canCreateCourse = courses.data?.allowedActions.createCourse ?? false;
  const recordAt = new Set(sessions.data?.allowedActions.recordAtUnitIds ?? []);
  const today = currency.data?.asOf ?? new Date().toISOString().slice(0, 10);

  const currencyTab = currency.error ? (
    <ErrorAlert error={currency.error} onRetry={() => void currency.refetch()} />
  ) : currency.data ? (
    <CurrencyPanel currency={currency.data} units={unitList} />
  ) : (
    <BlockLoading />
  );

  const coursesTab = (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('training.courses.title')}</h2>}
      extra={
        canCreateCourse && (
          <Flex gap={8} wrap>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCourseModal('awareness')} data-testid="new-awareness">
              {t('training.courses.newAwareness')}
            </Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCourseModal('course')} data-testid="new-course">
              {t('training.courses.new')}
            </Button>
          </Flex>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('training.courses.intro')}</Typography.Paragraph>
      {courses.error ? (
        <ErrorAlert error={courses.error} onRetry={() => void courses.refetch()} />
      ) : (
        <ScrollRegion label={t('training.courses.title')}>
          <Table<TCourse>
            data-testid="courses-table"
            size="small"
            rowKey="id"
            loading={courses.isLoading}
            dataSource={courseList}
            locale={{ emptyText: <span style={{ color: '#595959' }}>{t('training.courses.empty')}</span> }}
            pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: t('training.courses.fields.title'), dataIndex: 'title', render: (title: string) => <span dir="auto">{title}</span> },
              {
                title: t('training.courses.fields.kind'),
                dataIndex: 'kind',
                render: (kind: TCourseKind) => <KindTag kind={kind} />,
                filters: (['course', 'exercise_briefing', 'awareness'] as const).map((k) => ({ text: t(`enums.courseKind.${k}`), value: k })),
                onFilter: (value, c) => c.kind === value,
              },
              {
                title: t('training.courses.fields.mandatoryFor'),
                dataIndex: 'mandatoryFor',
                render: (fns: string[]) => (fns.length === 0 ? <Typography.Text type="secondary">{t('training.courses.voluntary')}</Typography.Text> : fns.map((fn) => <Tag key={fn}>{t(`enums.role.${fn}`)}</Tag>)),
              },
              { title: t('training.courses.fields.renewalMonths'), dataIndex: 'renewalMonths', render: (m: number | null) => (m === null ? t('training.courses.once') : t('training.courses.every', { count: m })) },
              { title: t('training.courses.fields.sessions'), dataIndex: 'sessionCount' },
            ]}
          />
        </ScrollRegion>
      )}
    </Card>
  );

  const sessionsTab = (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('training.sessions.title')}</h2>}
      extra={
        recordAt.size > 0 && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} disabled={courseList.length === 0} onClick={() => setSessionModal(true)} data-testid="new-session">
            {t('training.sessions.new')}
          </Button>
        )
      }
    >
      {courseList.length === 0 && !courses.isLoading && <Typography.Paragraph type="secondary">{t('training.sessions.needCourse')}</Typography.Paragraph>}
      {sessions.error ? (
        <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <ScrollRegion label={t('training.sessions.title')}>
          <Table<TSession>
            data-testid="sessions-table"
            size="small"
            rowKey="id"
            loading={sessions.isLoading}
            dataSource={[...(sessions.data?.items ?? [])].reverse()}
            locale={{ emptyText: <span style={{ color: '#595959' }}>{t('training.sessions.empty')}</span> }}
            pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
            expandable={{
              rowExpandable: (s) => s.attendees.length > 0,
              expandedRowRender: (s) => (
                <ul style={{ margin: 0, columns: '16em', paddingInlineStart: 16 }} aria-label={t('training.sessions.attendeesOf', { course: s.courseTitle })}>
                  {s.attendees.map((a) => (
                    <li key={a.personId} dir="auto">
                      {a.fullName}
                    </li>
                  ))}
                </ul>
              ),
            }}
            columns={[
              { title: t('training.sessions.fields.heldOn'), dataIndex: 'heldOn', render: (d: string) => formatDay(d) },
              {
                title: t('training.sessions.fields.course'),
                dataIndex: 'courseTitle',
                render: (title: string, s) => {
                  const kind = kindOf(s.courseId);
                  return (
                    <>
                      <span dir="auto">{title}</span> {kind && <KindTag kind={kind} />}
                    </>
                  );
                },
              },
              { title: t('training.sessions.fields.unit'), dataIndex: 'unitName' },
              { title: t('training.sessions.fields.location'), dataIndex: 'location', render: (l: string) => l || '—' },
              { title: t('training.sessions.fields.attendees'), key: 'count', render: (_, s) => <span data-testid="session-attendee-count">{s.attendees.length}</span> },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, s) =>
                  recordAt.has(s.unitId) && (
                  <Button size="small" icon={<UploadOutlined aria-hidden />} onClick={() => setImportFor(s)} aria-label={t('training.sessions.importFor', { course: s.courseTitle, date: formatDay(s.heldOn) })} data-testid="session-import">
                    {t('training.sessions.import')}
                  </Button>
                  ),
              },
            ]}
          />
        </ScrollRegion>
      )}
    </Card>
  );

  return (
    <>
      <h1 className="page-title">{t('training.title')}</h1>
      <Typography.Paragraph>{t('training.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'currency' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'currency', label: <span data-testid="training-tab-currency">{t('training.tabs.currency')}</span>, children: currencyTab },
          { key: 'courses', label: <span data-testid="training-tab-courses">{t('training.tabs.courses')}</span>, children: coursesTab },
          { key: 'sessions', label: <span data-testid="training-tab-sessions">{t('training.tabs.sessions')}</span>, children: sessionsTab },
        ]}
      />
      {courseModal && <CourseModal orgId={orgId} initialKind={courseModal} onClose={() => setCourseModal(null)} />}
      {sessionModal && (
        <SessionModal
          orgId={orgId}
          courses={courseList}
          units={unitList.filter((u) => recordAt.has(u.id))}
          today={today}
          onClose={() => setSessionModal(false)}
          onImport={setImportFor}
        />
      )}
      {importFor && <AttendanceImportWizard orgId={orgId} session={importFor} onClose={() => setImportFor(null)} />}
    </>
  );
}
