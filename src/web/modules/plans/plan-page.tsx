import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PLAN_SECTION_KEYS } from '../../../domain/plans/plan-template.js';
import { ApiError } from '../../app/api.js';
import { BlockLoading, ErrorAlert, NotFoundPage } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { LANGUAGE_NAMES } from '../../app/i18n.js';
import { LessonSuggestions } from '../learning/lesson-suggestions.js';
import { HistoryPanel } from './history-panel.js';
import { PlanDownloads } from './plan-downloads.js';
import { StructurePanel } from './structure-panel.js';
import { PlanStateTag } from './plan-state-tag.js';
import { usePlan, usePlanTransition } from './plans.api.js';
import { ReviewPanel } from './review-panel.js';
import { SectionCard } from './section-editor.js';
import { usePageTitle } from '../../app/page-title.js';

const TABS = ['plan', 'structure', 'review', 'history'] as const;

export function PlanPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { orgId = '', planId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const formatDate = useFormatDate();
  const plan = usePlan(orgId, planId);
  const revise = usePlanTransition(orgId, planId);
  usePageTitle(plan.data?.title);
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'plan';

  if (plan.isLoading) return <BlockLoading rows={10} />;
  if (plan.error instanceof ApiError && plan.error.status === 404) return <NotFoundPage />;
  if (plan.error || !plan.data) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const incomplete = new Set(p.incompleteSections);
  // A draft returned by the reviewer shows why, where the author works.
  const latest = p.reviews.at(-1);
  const lastReturn = p.state === 'draft' && latest?.action === 'return' && latest.versionNumber === p.versionNumber ? latest : null;

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} style={{ marginBottom: 8 }}>
        <Link to={`/orgs/${orgId}/plans`}>{t('plan.backToPlans')}</Link>
      </nav>
      <Flex justify="space-between" align="start" wrap gap={12} style={{ marginBottom: 16 }}>
        <h1 className="page-title" lang={p.language} dir="auto">
          {p.title}
        </h1>
        <Flex gap={8} wrap>
        <PlanDownloads orgId={orgId} planId={p.id} />
        {p.allowedActions.revise && (
          <Popconfirm
            title={t('plan.reviseConfirm')}
            okText={t('plan.revise')}
            cancelText={t('common.cancel')}
            onConfirm={async () => {
              await revise.mutateAsync({ action: 'revise' });
              void message.success(t('plan.revised'));
              setParams({ tab: 'plan' }, { replace: true });
            }}
          >
            <Button type="primary" data-testid="revise-button" loading={revise.isPending}>
              {t('plan.revise')}
            </Button>
          </Popconfirm>
        )}
        </Flex>
      </Flex>
      {revise.error && <ErrorAlert error={revise.error} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
          <Descriptions.Item label={t('plans.unit')}>
            <Link to={`/orgs/${orgId}?unit=${p.unitId}`}>{p.unitName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.type')}>{t(`enums.planType.${p.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('plans.state')}>
            <PlanStateTag state={p.state} testId="plan-state" />
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.version')}>{p.versionNumber}</Descriptions.Item>
          <Descriptions.Item label={t('plans.approvedVersion')}>
            {p.approvedVersionNumber ? t('plan.approvedOn', { version: p.approvedVersionNumber, date: formatDate(p.approvedAt) }) : t('plan.neverApproved')}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.language')}>{LANGUAGE_NAMES[p.language]}</Descriptions.Item>
          <Descriptions.Item label={t('plans.updatedAt')}>{formatDate(p.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {lastReturn && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="returned-banner"
          title={t('plan.returnedBy', { name: lastReturn.actorName, date: formatDate(lastReturn.at) })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{lastReturn.comment}</span>}
        />
      )}
      {incomplete.size > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="quality-check"
          title={t('plans.quality.incompleteTitle', { n: incomplete.size, total: PLAN_SECTION_KEYS.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {p.incompleteSections.map((key) => (
                <li key={key}>
                  <a href={`#section-${key}`} onClick={() => setParams({ tab: 'plan' }, { replace: true })}>
                    {t(`plans.sections.${key}.title`)}
                  </a>
                </li>
              ))}
            </ul>
          }
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} data-testid="quality-check" title={t('plans.quality.complete')} />
      )}
      <div style={{ marginBottom: 16 }}>
        <LessonSuggestions orgId={orgId} planId={p.id} />
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          {
            key: 'plan',
            label: t('plan.tabs.plan'),
            children: (
              <Flex vertical gap={16}>
                {!p.allowedActions.edit && p.state === 'draft' && <Alert type="info" showIcon title={t('plan.readOnlyDraft')} />}
                {PLAN_SECTION_KEYS.map((key) => (
                  <SectionCard
                    key={`${key}-${p.versionNumber}`}
                    orgId={orgId}
                    planId={p.id}
                    sectionKey={key}
                    text={p.sections[key]}
                    language={p.language}
                    editable={p.allowedActions.edit}
                    incomplete={incomplete.has(key)}
                  />
                ))}
              </Flex>
            ),
          },
          { key: 'structure', label: t('planning.tabs.structure'), children: <StructurePanel orgId={orgId} plan={p} /> },
          { key: 'review', label: t('plan.tabs.review'), children: <ReviewPanel orgId={orgId} plan={p} /> },
          { key: 'history', label: t('plan.tabs.history'), children: <HistoryPanel orgId={orgId} plan={p} /> },
        ]}
      />
    </>
  );
}
