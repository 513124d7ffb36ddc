import { Alert, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TRiskImportReport } from '../../../domain/contract/risks.js';
import { ScrollRegion } from '../../app/scroll-region.js';

type TIssue = TRiskImportReport['fileIssues'][number];

/** An issue in the reader's language, from its code; the server's English sentence when the code is new to this UI. */
export function useIssueText() {
  const { t, i18n } = useTranslation();
  return (issue: TIssue) => {
    const key = `risks.import.issues.${issue.code.replace(/^risks\.import\./, '')}`;
    if (!i18n.exists(key)) return issue.message;
    const field = issue.field ? t(`enums.importField.${issue.field}`) : '';
    return t(key, { field, column: issue.column ?? '' });
  };
}

export function FileIssues({ issues }: { issues: TIssue[] }) {
  const issueText = useIssueText();
  if (issues.length === 0) return null;
  return <Alert type="error" showIcon role="alert" data-testid="import-file-issues" title={issues.map((i) => issueText(i)).join(' ')} style={{ marginBottom: 12 }} />;
}

/** Counts, then every row with its problems; rows in error are highlighted and listed first. */
export function ImportReport({ report }: { report: TRiskImportReport }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const rows = [...report.rows].sort((a, b) => (a.status === b.status ? a.rowNumber - b.rowNumber : a.status === 'error' ? -1 : 1));
  return (
    <>
      <FileIssues issues={report.fileIssues} />
      <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="import-counts">
        <Tag>{t('risks.import.counts.rows', { count: report.counts.rows })}</Tag>
        <Tag color="blue">{t('risks.import.counts.new', { count: report.counts.new })}</Tag>
        <Tag color="purple">{t('risks.import.counts.updated', { count: report.counts.updated })}</Tag>
        {report.counts.errors > 0 && <Tag color="red">{t('risks.import.counts.errors', { count: report.counts.errors })}</Tag>}
      </Flex>
      {report.counts.errors > 0 && <Alert type="error" showIcon role="alert" title={t('risks.import.hasErrors', { count: report.counts.errors })} style={{ marginBottom: 12 }} />}
      <ScrollRegion label={t('risks.import.reportLabel')}>
        <Table
          data-testid="import-report"
          size="small"
          rowKey="rowNumber"
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          rowClassName={(r) => (r.status === 'error' ? 'import-row-error' : '')}
          onRow={(r) => ({ style: r.status === 'error' ? { background: '#fff1f0' } : undefined })}
          columns={[
            { title: t('risks.import.row'), dataIndex: 'rowNumber', render: (n: number) => t('risks.import.rowNumber', { row: n }) },
            { title: t('risks.fields.reference'), dataIndex: 'reference', render: (v: string | null) => v ?? '—' },
            {
              title: t('risks.import.result'),
              dataIndex: 'status',
              render: (_: unknown, r) =>
                r.status === 'error' ? (
                  <ul style={{ margin: 0, paddingInlineStart: 16, color: '#a8071a' }}>
                    {r.issues.map((issue, i) => (
                      <li key={i}>{issueText(issue)}</li>
                    ))}
                  </ul>
                ) : (
                  t(`risks.import.action.${r.action}`)
                ),
            },
          ]}
        />
      </ScrollRegion>
    </>
  );
}
