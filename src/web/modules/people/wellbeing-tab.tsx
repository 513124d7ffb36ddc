import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { textIn, useCloseSurvey, useLaunchSurvey, useSurveys, type TSurvey } from './people.api.js';
import { SurveyModal } from './survey-modal.js';
import { TONE } from './tones.js';

const STATE_TAG: Record<TSurvey['state'], { color?: string; style?: CSSProperties }> = { draft: { color: 'default' }, scheduled: { color: 'blue' }, open: { style: TONE.ok }, closed: { color: 'purple' } };

export function SurveyStateTag({ state }: { state: TSurvey['state'] }) {
  const { t } = useTranslation();
  return <Tag {...STATE_TAG[state]}>{t(`workplace.surveyState.${state}`)}</Tag>;
}

/** Wellbeing surveys: those the caller runs (with launch, close and results) and those they are invited to answer. */
export function WellbeingTab() {
  const { t, i18n } = useTranslation();
  const { orgId = '' } = useParams();
  const { message } = App.useApp();
  const formatDay = useFormatDay();
  const surveys = useSurveys(orgId);
  const launch = useLaunchSurvey(orgId);
  const close = useCloseSurvey(orgId);
  const [creating, setCreating] = useState(false);
  if (surveys.error) return <ErrorAlert error={surveys.error} onRetry={() => void surveys.refetch()} />;
  if (!surveys.data) return <BlockLoading />;
  const items = surveys.data.items;
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  };
  const toAnswer = items.filter((s) => s.allowedActions.answer);
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('workplace.surveys.intro')}</Typography.Paragraph>
      {toAnswer.length > 0 && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('workplace.surveys.toAnswer')}</h2>} data-testid="surveys-to-answer">
          <Flex vertical gap={8}>
            {toAnswer.map((s) => (
              <Link key={s.id} to={`surveys/${s.id}/answer`} data-testid={`answer-${s.id}`}>
                {textIn(s.title, i18n.language)} — {t('workplace.surveys.answerBy', { date: formatDay(s.closesOn) })}
              </Link>
            ))}
          </Flex>
        </Card>
      )}
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('workplace.surveys.title')}</h2>}
        extra={
          surveys.data.allowedActions.create && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)} data-testid="new-survey">
              {t('workplace.surveys.new')}
            </Button>
          )
        }
      >
        <ScrollRegion label={t('workplace.surveys.title')}>
          <Table<TSurvey>
            rowKey="id"
            size="small"
            data-testid="surveys-table"
            pagination={false}
            dataSource={items}
            locale={{ emptyText: <span style={{ color: '#595959' }}>{t('workplace.surveys.empty')}</span> }}
            columns={[
              { title: t('workplace.surveys.fields.title'), key: 'title', render: (_, s) => (s.allowedActions.results ? <Link to={`surveys/${s.id}`}>{textIn(s.title, i18n.language)}</Link> : textIn(s.title, i18n.language)) },
              { title: t('workplace.surveys.state'), key: 'state', render: (_, s) => <SurveyStateTag state={s.state} /> },
              { title: t('workplace.surveys.period'), key: 'period', render: (_, s) => `${formatDay(s.opensOn)} – ${formatDay(s.closesOn)}` },
              { title: t('workplace.surveys.responses'), key: 'responses', render: (_, s) => (s.responded === null ? (s.mine.answered ? <Tag style={TONE.ok}>{t('workplace.surveys.youAnswered')}</Tag> : '—') : t('workplace.surveys.respondedOf', { responded: s.responded, invited: s.invited ?? 0 })) },
              {
                title: t('workplace.actions'),
                key: 'actions',
                render: (_, s) => (
                  <Flex gap={8} wrap>
                    {s.allowedActions.launch && (
                      <Popconfirm title={t('workplace.surveys.launchConfirm')} onConfirm={() => act(() => launch.mutateAsync(s.id), t('workplace.surveys.launched'))} okButtonProps={{ 'data-testid': 'launch-confirm' } as ButtonProps}>
                        <Button size="small" type="primary" data-testid={`launch-${s.id}`} loading={launch.isPending}>
                          {t('workplace.surveys.launch')}
                        </Button>
                      </Popconfirm>
                    )}
                    {s.allowedActions.close && (
                      <Popconfirm title={t('workplace.surveys.closeConfirm')} onConfirm={() => act(() => close.mutateAsync(s.id), t('workplace.surveys.closed'))} okButtonProps={{ 'data-testid': 'close-confirm' } as ButtonProps}>
                        <Button size="small" data-testid={`close-${s.id}`} loading={close.isPending}>
                          {t('workplace.surveys.close')}
                        </Button>
                      </Popconfirm>
                    )}
                    {s.allowedActions.results && (
                      <Link to={`surveys/${s.id}`} data-testid={`results-${s.id}`}>
                        {t('workplace.surveys.results')}
                      </Link>
                    )}
                    {s.allowedActions.answer && (
                      <Link to={`surveys/${s.id}/answer`}>{t('workplace.surveys.answer')}</Link>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </ScrollRegion>
      </Card>
      {creating && <SurveyModal orgId={orgId} surveys={items} onClose={() => setCreating(false)} />}
    </Flex>
  );
}
