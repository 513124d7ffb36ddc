import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Modal, Progress, Result, Select, Spin, Steps, Table, Tag, Typography, Upload } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAttendanceImportReport } from '../../../domain/contract/training.js';
import { ATTENDANCE_COLUMNS, type TAttendanceColumn, type TAttendanceColumns } from '../../../domain/mer/attendance-import.js';
import { useErrorMessage } from '../../app/feedback.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { fileToBase64 } from '../risks/risks.api.js';
import { sendAttendanceImport, useInvalidateTraining, type TSession } from './training.api.js';
import { TONE } from './tones.js';

type TStep = 'upload' | 'preview' | 'done';
const STEPS: TStep[] = ['upload', 'preview', 'done'];
const MAX_BYTES = 5 * 1024 * 1024;
type TRow = TAttendanceImportReport['rows'][number];
type TIssue = { code: string; message: string };

interface TFile {
  name: string;
  format: 'csv' | 'xlsx';
  contentBase64: string;
}

const STATUS_TAG: Record<TRow['status'], { color?: string; style?: CSSProperties }> = { matched: { style: TONE.ok }, already_recorded: {}, duplicate: {}, unknown: { color: 'red' }, ambiguous: { style: TONE.warn }, invalid: { color: 'red' } };
const PROBLEM: readonly TRow['status'][] = ['unknown', 'ambiguous', 'invalid'];

/** An issue in the reader's language, from its code; the server's English sentence when the code is new to this UI. */
function useIssueText() {
  const { t, i18n } = useTranslation();
  return (issue: TIssue & { column?: string | null }) => {
    const key = `training.import.issues.${issue.code.replace(/^training\.import\./, '')}`;
    return i18n.exists(key) ? t(key, { column: issue.column ?? '' }) : issue.message;
  };
}

/**
 * Upload a sign-in sheet or an e-learning export → see every row: who was found (by e-mail
 * or name), who was already recorded, duplicates, and who is not in the directory → add the
 * people found, all at once. Rows naming nobody stop the import unless the user leaves them out.
 */
export function AttendanceImportWizard({ orgId, session, onClose }: { orgId: string; session: Pick<TSession, 'id' | 'courseTitle' | 'heldOn'>; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const issueText = useIssueText();
  const invalidate = useInvalidateTraining(orgId);
  const [step, setStep] = useState<TStep>('upload');
  const [file, setFile] = useState<TFile | null>(null);
  const [columns, setColumns] = useState<TAttendanceColumns | null>(null);
  const [report, setReport] = useState<TAttendanceImportReport | null>(null);
  const [leaveOut, setLeaveOut] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function send(target: TFile, mode: 'preview' | 'commit', withColumns?: TAttendanceColumns) {
    setProblem(null);
    setProgress(0);
    try {
      const outcome = await sendAttendanceImport(
        orgId,
        session.id,
        { format: target.format, fileName: target.name, contentBase64: target.contentBase64, mode, leaveOutUnmatched: leaveOut, ...(withColumns ? { columns: withColumns } : {}) },
        setProgress,
      );
      setReport(outcome.report);
      return outcome;
    } catch (error) {
      setProblem(errorText(error));
      return null;
    } finally {
      setProgress(null);
    }
  }

  async function choose(picked: File) {
    const format = /\.xlsx$/i.test(picked.name) ? 'xlsx' : /\.(csv|txt|tsv)$/i.test(picked.name) ? 'csv' : null;
    if (!format) return setProblem(t('training.import.wrongType'));
    if (picked.size > MAX_BYTES) return setProblem(t('training.import.issues.file_too_large'));
    const next = { name: picked.name, format, contentBase64: await fileToBase64(picked) } as TFile;
    setFile(next);
    const outcome = await send(next, 'preview');
    if (!outcome) return;
    setColumns(outcome.report.columns);
    // A file that cannot be read stays on the upload step with its report.
    if (outcome.report.headers.length > 0) setStep('preview');
  }

  async function changeColumn(column: TAttendanceColumn, header: string | null) {
    if (!file || !columns) return;
    const next = { ...columns, [column]: header };
    setColumns(next);
    await send(file, 'preview', next);
  }

  async function commit() {
    if (!file || !columns) return;
    const outcome = await send(file, 'commit', columns);
    if (outcome?.ok) {
      setStep('done');
      invalidate();
    }
  }

  const busy = progress !== null;
  const counts = report?.counts;
  const canCommit = report !== null && report.fileIssues.length === 0 && (counts?.unmatched === 0 || leaveOut) && (counts?.matched ?? 0) > 0;
  const rows = [...(report?.rows ?? [])].sort((a, b) => Number(PROBLEM.includes(b.status)) - Number(PROBLEM.includes(a.status)) || a.rowNumber - b.rowNumber);

  const footer = (
    <Flex gap={8} justify="end" wrap>
      {step === 'done' ? (
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      ) : (
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      )}
      {step === 'preview' && (
        <Button type="primary" disabled={!canCommit || busy} onClick={() => void commit()} loading={busy} data-testid="attendance-commit">
          {t('training.import.commitButton', { count: counts?.matched ?? 0 })}
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal open title={t('training.import.title', { course: session.courseTitle })} onCancel={onClose} footer={footer} width={900} destroyOnHidden>
      <Steps size="small" current={STEPS.indexOf(step)} items={STEPS.map((s) => ({ title: t(`training.import.steps.${s}`) }))} style={{ marginBottom: 16 }} />
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      {busy && (
        <div role="status" aria-live="polite" style={{ marginBottom: 12 }} data-testid="attendance-progress">
          {progress! < 100 ? <Progress percent={progress!} size="small" aria-label={t('training.import.uploading')} /> : <Spin size="small" />}
          <Typography.Text type="secondary">{progress! < 100 ? t('training.import.uploading') : t('training.import.processing')}</Typography.Text>
        </div>
      )}
      {report && report.fileIssues.length > 0 && (
        <Alert type="error" showIcon role="alert" data-testid="attendance-file-issues" title={report.fileIssues.map((i) => issueText(i)).join(' ')} style={{ marginBottom: 12 }} />
      )}
      {step === 'upload' && (
        <>
          <Typography.Paragraph>{t('training.import.intro')}</Typography.Paragraph>
          <Upload.Dragger
            accept=".csv,.txt,.tsv,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(picked) => {
              void choose(picked);
              return false;
            }}
            data-testid="attendance-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p>{t('training.import.drop')}</p>
            <p style={{ color: '#595959' }}>{t('training.import.limits')}</p>
          </Upload.Dragger>
        </>
      )}
      {step === 'preview' && report && columns && (
        <>
          <Typography.Paragraph>{t('training.import.columnsIntro', { file: file?.name ?? '' })}</Typography.Paragraph>
          <Flex gap={12} wrap style={{ marginBottom: 12 }}>
            {ATTENDANCE_COLUMNS.map((column) => (
              <label key={column} style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 180 }}>
                <span>{t(`training.import.columns.${column}`)}</span>
                <Select
                  aria-label={t(`training.import.columns.${column}`)}
                  data-testid={`attendance-column-${column}`}
                  value={columns[column] ?? ''}
                  disabled={busy}
                  onChange={(v) => void changeColumn(column, v || null)}
                  options={[{ value: '', label: t('training.import.noColumn') }, ...report.headers.filter((h) => h !== '').map((h) => ({ value: h, label: h }))]}
                  popupMatchSelectWidth={false}
                />
              </label>
            ))}
          </Flex>
          {counts && (
            <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="attendance-counts" role="status">
              <Tag>{t('training.import.counts.rows', { count: counts.rows })}</Tag>
              <Tag style={TONE.ok}>{t('training.import.counts.matched', { count: counts.matched })}</Tag>
              {counts.alreadyRecorded > 0 && <Tag>{t('training.import.counts.alreadyRecorded', { count: counts.alreadyRecorded })}</Tag>}
              {counts.duplicates > 0 && <Tag>{t('training.import.counts.duplicates', { count: counts.duplicates })}</Tag>}
              {counts.unmatched > 0 && <Tag color="red">{t('training.import.counts.unmatched', { count: counts.unmatched })}</Tag>}
            </Flex>
          )}
          {counts && counts.unmatched > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('training.import.unmatchedStop', { count: counts.unmatched })}
              description={
                <Checkbox checked={leaveOut} onChange={(e) => setLeaveOut(e.target.checked)} data-testid="attendance-leave-out">
                  {t('training.import.leaveOut', { count: counts.unmatched })}
                </Checkbox>
              }
            />
          )}
          <ScrollRegion label={t('training.import.reportLabel')}>
            <Table<TRow>
              data-testid="attendance-report"
              size="small"
              rowKey="rowNumber"
              dataSource={rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              onRow={(r) => ({ style: PROBLEM.includes(r.status) ? { background: '#fff1f0' } : undefined })}
              columns={[
                { title: t('training.import.row'), dataIndex: 'rowNumber', render: (n: number) => t('training.import.rowNumber', { row: n }) },
                { title: t('training.import.inFile'), key: 'file', render: (_, r) => <span dir="auto">{[r.name, r.email].filter(Boolean).join(' · ') || '—'}</span> },
                {
                  title: t('training.import.result'),
                  key: 'result',
                  render: (_, r) => (
                    <Flex vertical gap={2}>
                      <span>
                        <Tag {...STATUS_TAG[r.status]}>{t(`training.import.status.${r.status}`)}</Tag>
                        {r.person && <span dir="auto">{r.person.fullName}{r.person.unitName ? ` — ${r.person.unitName}` : ''}</span>}
                      </span>
                      {r.matchedBy === 'name' && r.status !== 'duplicate' && <Typography.Text type="secondary">{t('training.import.byName')}</Typography.Text>}
                      {r.duplicateOfRow !== null && <Typography.Text type="secondary">{t('training.import.duplicateOf', { row: r.duplicateOfRow })}</Typography.Text>}
                      {r.issue && <span style={{ color: '#a8071a' }}>{issueText(r.issue)}</span>}
                    </Flex>
                  ),
                },
              ]}
            />
          </ScrollRegion>
        </>
      )}
      {step === 'done' && report && (
        <Result status="success" title={t('training.import.done', { count: report.counts.matched })} subTitle={report.leftOut > 0 ? t('training.import.doneLeftOut', { count: report.leftOut }) : undefined} data-testid="attendance-done" />
      )}
    </Modal>
  );
}
