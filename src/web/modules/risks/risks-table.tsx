import { Button, Table, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TRiskSummary } from '../../../domain/contract/risks.js';
import { useFormatDay } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { ScoreBadge } from './score-badge.js';

export function RisksTable({ risks, loading, pagination, emptyText, onOpen }: {
  risks: TRiskSummary[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  emptyText: React.ReactNode;
  onOpen: (risk: TRiskSummary) => void;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <ScrollRegion label={t('risks.register')}>
      <Table<TRiskSummary>
        data-testid="risk-table"
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={risks}
        pagination={pagination}
        locale={{ emptyText }}
        columns={[
          { title: t('risks.fields.reference'), dataIndex: 'reference', render: (ref: string) => <span style={{ whiteSpace: 'nowrap' }}>{ref}</span> },
          {
            title: t('risks.fields.title'),
            dataIndex: 'title',
            render: (title: string, risk) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(risk)} data-testid="open-risk">
                <span dir="auto">{title}</span>
              </Button>
            ),
          },
          { title: t('risks.fields.score'), dataIndex: 'score', render: (score: number, r) => <span title={`${r.likelihood} × ${r.impact}`}><ScoreBadge score={score} /></span> },
          { title: t('risks.fields.category'), dataIndex: 'category', render: (c: string) => t(`enums.riskCategory.${c}`) },
          { title: t('risks.fields.unit'), dataIndex: 'unitName', render: (name: string | null) => name ?? t('risks.organizationWide') },
          { title: t('risks.fields.owner'), dataIndex: 'ownerName', render: (name: string | null) => name ?? '—' },
          { title: t('risks.fields.treatment'), dataIndex: 'treatment', render: (v: string) => t(`enums.riskTreatment.${v}`) },
          { title: t('risks.fields.status'), dataIndex: 'status', render: (v: string) => t(`enums.riskStatus.${v}`) },
          { title: t('risks.fields.lastAssessedOn'), dataIndex: 'lastAssessedOn', render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v ? formatDay(`${v}T12:00:00Z`) : '—'}</span> },
        ]}
      />
    </ScrollRegion>
  );
}
