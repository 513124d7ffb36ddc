import { CheckOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Form, Grid, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { TActionView } from '../../../domain/contract/actions.js';
import { ACTION_STATUSES, type TActionStatus } from '../../../domain/mer/exercises.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { CloseActionModal, EditActionModal } from './action-modals.js';
import { useActions, type TActionFilters } from './actions.api.js';
import './actions.css';

/** Where each source of an action is read (audit findings have no page of their own yet). */
const SOURCE_PAGES: Partial<Record<TActionView['source']['type'], string>> = { exercise: 'exercises', post_incident_review: 'learning/reviews', management_review: 'learning/management-reviews' };
const oneOf = <T extends string>(values: readonly T[], value: string | null) => values.find((v) => v === value);
const noon = (day: string | null) => (day ? `${day}T12:00:00Z` : null);

const STATUS_STYLE: Record<TActionStatus, { text: string; background: string; border: string }> = {
  open: { text: '#0842a0', background: '#e8f0fe', border: '#a8c7fa' },
  in_progress: { text: '#6b3a00', background: '#fff1e0', border: '#f5b97a' },
  closed: { text: '#0d652d', background: '#e6f4ea', border: '#a8dab5' },
};

/** Filters live in the URL; "open and in progress" is what a person usually works on, so closed ones are asked for. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<TActionFilters>(
    () => ({ status: oneOf(ACTION_STATUSES, params.get('status')), overdue: params.get('overdue') === 'true', mine: params.get('mine') === 'true' }),
    [params],
  );
  const update = (patch: Partial<TActionFilters>) => {
    const next = { ...filters, ...patch };
    const out = new URLSearchParams();
    if (next.status) out.set('status', next.status);
    if (next.overdue) out.set('overdue', 'true');
    if (next.mine) out.set('mine', 'true');
    setParams(out, { replace: true });
  };
  return [filters, update] as const;
}

export function ActionStatusTag({ status }: { status: TActionStatus }) {
  const { t } = useTranslation();
  const s = STATUS_STYLE[status];
  return (
    <Tag data-status={status} style={{ color: s.text, background: s.background, borderColor: s.border, marginInlineEnd: 0 }}>
      {t(`enums.actionStatus.${status}`)}
    </Tag>
  );
}

export function ActionsPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('remedialActions.title'));
  const formatDay = useFormatDay();
  const compact = !Grid.useBreakpoint().md;
  const [filters, update] = useFilters();
  const actions = useActions(orgId, filters);
  const [editing, setEditing] = useState<TActionView | null>(null);
  const [closing, setClosing] = useState<TActionView | null>(null);
  const filtered = Boolean(filters.status || filters.overdue || filters.mine);

  const source = (a: TActionView) => (
    <>
      <div style={{ fontSize: 12, color: '#434343' }}>{t(`enums.actionSource.${a.source.type}`)}</div>
      {SOURCE_PAGES[a.source.type] ? (
        <Link to={`/orgs/${orgId}/${SOURCE_PAGES[a.source.type]}/${a.source.id}`}>
          <span dir="auto">{a.source.title}</span>
        </Link>
      ) : (
        <span dir="auto">{a.source.title || '—'}</span>
      )}
    </>
  );

  return (
    <>
      <h1 className="page-title">{t('remedialActions.title')}</h1>
      <Typography.Paragraph>{t('remedialActions.intro')}</Typography.Paragraph>
      <Card>
        <Form layout={compact ? 'vertical' : 'inline'} style={{ rowGap: 12, marginBottom: 16 }}>
          <Form.Item label={t('remedialActions.fields.status')} htmlFor="action-filter-status">
            <Select<TActionStatus>
              id="action-filter-status"
              data-testid="action-filter-status"
              allowClear
              placeholder={t('remedialActions.filters.allStatuses')}
              value={filters.status}
              onChange={(status) => update({ status: status || undefined })}
              options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`enums.actionStatus.${s}`) }))}
              style={compact ? { width: '100%' } : { minWidth: 170 }}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={filters.overdue} onChange={(e) => update({ overdue: e.target.checked })} data-testid="action-filter-overdue">
              {t('remedialActions.filters.overdue')}
            </Checkbox>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={filters.mine} onChange={(e) => update({ mine: e.target.checked })} data-testid="action-filter-mine">
              {t('remedialActions.filters.mine')}
            </Checkbox>
          </Form.Item>
        </Form>
        {actions.error ? (
          <ErrorAlert error={actions.error} onRetry={() => void actions.refetch()} />
        ) : (
          <ScrollRegion label={t('remedialActions.listLabel')}>
            <Table<TActionView>
              data-testid="action-table"
              rowKey="id"
              size="middle"
              loading={actions.isLoading || actions.isFetching}
              dataSource={actions.data?.items ?? []}
              pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
              rowClassName={(a) => (a.overdue ? 'action-row-overdue' : '')}
              locale={{ emptyText: actions.isLoading ? <span /> : <Empty description={filtered ? t('remedialActions.emptyFiltered') : t('remedialActions.empty')} /> }}
              columns={[
                {
                  title: t('remedialActions.fields.title'),
                  dataIndex: 'title',
                  render: (title: string, a) => (
                    <>
                      <strong dir="auto">{title}</strong>
                      {a.description && (
                        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0, fontSize: 13 }}>
                          <span dir="auto">{a.description}</span>
                        </Typography.Paragraph>
                      )}
                      {a.evidenceRequired && !a.evidence && (
                        <div style={{ fontSize: 13 }} data-testid="action-evidence-required">
                          {t('learning.changes.evidenceRequired')}: <span dir="auto">{a.evidenceRequired}</span>
                        </div>
                      )}
                      {a.evidence && (
                        <div style={{ fontSize: 13 }} data-testid="action-evidence-shown">
                          {t('remedialActions.fields.evidence')}: <span dir="auto">{a.evidence}</span>
                        </div>
                      )}
                    </>
                  ),
                },
                { title: t('remedialActions.fields.source'), key: 'source', render: (_, a) => source(a) },
                { title: t('remedialActions.fields.unit'), dataIndex: 'unitName', responsive: ['lg'] },
                { title: t('remedialActions.fields.owner'), dataIndex: 'ownerName' },
                {
                  title: t('remedialActions.fields.dueOn'),
                  dataIndex: 'dueOn',
                  render: (v: string, a) => (
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {formatDay(noon(v))}
                      {a.overdue && (
                        <Tag icon={<WarningOutlined aria-hidden />} style={{ color: '#a50e0e', background: '#fce8e6', borderColor: '#f6aea9', marginInlineStart: 6 }} data-testid="action-overdue">
                          {t('remedialActions.overdue')}
                        </Tag>
                      )}
                    </span>
                  ),
                },
                { title: t('remedialActions.fields.status'), dataIndex: 'status', render: (v: TActionStatus) => <ActionStatusTag status={v} /> },
                {
                  title: t('common.actions'),
                  key: 'do',
                  render: (_, a) => (
                    <Flex gap={4} wrap>
                      {a.allowedActions.edit && (
                        <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(a)} data-testid="action-edit">
                          {t('remedialActions.edit')}
                          <span className="visually-hidden">{` — ${a.title}`}</span>
                        </Button>
                      )}
                      {a.allowedActions.close && (
                        <Button size="small" icon={<CheckOutlined aria-hidden />} onClick={() => setClosing(a)} data-testid="action-close">
                          {t('remedialActions.close')}
                          <span className="visually-hidden">{` — ${a.title}`}</span>
                        </Button>
                      )}
                    </Flex>
                  ),
                },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
      {editing && <EditActionModal orgId={orgId} action={editing} onClose={() => setEditing(null)} />}
      {closing && <CloseActionModal orgId={orgId} action={closing} onClose={() => setClosing(null)} />}
    </>
  );
}
