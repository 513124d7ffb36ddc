import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { TEventTransition } from '../../../domain/response/events.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { LessonSuggestions } from '../learning/lesson-suggestions.js';
import { AccountabilityPanel } from './accountability-panel.js';
import { AlertPanel } from './alert-panel.js';
import { EventOverview } from './event-overview.js';
import { ExerciseMark } from './exercise-mark.js';
import { LogPanel } from './log-panel.js';
import { useEvent, useTransition } from './response.api.js';
import { StateTag } from './state-tag.js';
import { UpdatesPanel } from './updates-panel.js';
import type { TEventType } from '../../../domain/response/events.js';

const TABS = ['overview', 'alert', 'accountability', 'log', 'updates'] as const;

/** One event: where it stands, its plans and phases, the alert, the roll call, the CMT log and the official updates. */
export function EventPage() {
  const { t } = useTranslation();
  const { orgId = '', eventId = '' } = useParams();
  const { message } = App.useApp();
  const formatDate = useFormatDate();
  const view = useEvent(orgId, eventId);
  const transition = useTransition(orgId, eventId);
  const [params, setParams] = useSearchParams();
  usePageTitle(view.data?.event.title);
  if (view.error) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <BlockLoading />;
  const { event, allowedActions } = view.data;
  const workspace = allowedActions.readWorkspace;
  const tabs = TABS.filter((tab) => workspace || tab === 'updates');
  const tab = tabs.find((v) => v === params.get('tab')) ?? tabs[0]!;
  async function run(to: TEventTransition) {
    const result = await transition.mutateAsync({ transition: to }).catch(() => null);
    if (result) void message.success(t(`response.transition.done.${to}`));
  }
  const panels = {
    overview: <EventOverview orgId={orgId} view={view.data} />,
    alert: <AlertPanel orgId={orgId} view={view.data} />,
    accountability: <AccountabilityPanel orgId={orgId} eventId={eventId} canCheckIn={allowedActions.manage} />,
    log: <LogPanel orgId={orgId} eventId={eventId} manage={allowedActions.manage} />,
    updates: <UpdatesPanel orgId={orgId} eventId={eventId} manage={allowedActions.manage} />,
  };
  return (
    <div style={{ maxWidth: 1100, position: 'relative' }} data-testid="event-page">
      {event.exercise && <ExerciseMark />}
      <Space direction="vertical" style={{ width: '100%', position: 'relative', zIndex: 1 }} size="middle">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 4 }} dir="auto">
            {event.title} <StateTag state={event.state} />
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(`response.enums.type.${event.type}`)} · {t(`response.enums.severity.${event.severity}`)} · {t(`response.enums.duration.${event.expectedDuration}`)} · {event.affectedUnitNames.join(', ')}
            {event.locations.length > 0 && ` · ${event.locations.join(', ')}`} · {t('response.event.declaredAt', { at: formatDate(event.declaredAt) })}
          </Typography.Text>
        </div>
        {allowedActions.transitions.length > 0 && (
          <Space wrap>
            {allowedActions.transitions.map((to) =>
              to === 'close' || to === 'stand_down' ? (
                <Popconfirm key={to} title={t(`response.transition.confirm.${to}`)} okText={t(`response.transition.${to}`)} cancelText={t('common.cancel')} onConfirm={() => run(to)}>
                  <Button danger loading={transition.isPending} data-testid={`transition-${to}`}>
                    {t(`response.transition.${to}`)}
                  </Button>
                </Popconfirm>
              ) : (
                <Button key={to} type={to === 'activate' ? 'primary' : 'default'} loading={transition.isPending} onClick={() => void run(to)} data-testid={`transition-${to}`}>
                  {t(`response.transition.${to}`)}
                </Button>
              ),
            )}
          </Space>
        )}
        {transition.error && <ErrorAlert error={transition.error} />}
        {/* Sections as wrapping buttons, not tabs: on a phone, in any language, they wrap instead of hiding behind "more". */}
        <nav aria-label={t('response.tabs.label')}>
          <Space wrap size={[8, 8]}>
            {tabs.map((key) => (
              <Button key={key} type={key === tab ? 'primary' : 'default'} aria-current={key === tab ? 'page' : undefined} onClick={() => setParams({ tab: key }, { replace: true })} data-testid={`tab-${key}`}>
                {t(`response.tabs.${key}`)}
              </Button>
            ))}
          </Space>
        </nav>
        <section aria-label={t(`response.tabs.${tab}`)}>{panels[tab]}</section>
        {workspace && <LessonSuggestions orgId={orgId} eventType={event.type as TEventType} />}
      </Space>
    </div>
  );
}
