import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Progress, Result, Select, Spin, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRiskImportReport } from '../../../domain/contract/risks.js';
import { IMPORT_FIELDS, type TImportField } from '../../../domain/risks/risk-import-fields.js';
import { useErrorMessage } from '../../app/feedback.js';
import { FileIssues, ImportReport } from './import-report.js';
import { fileToBase64, riskKeys, sendImport } from './risks.api.js';

type TStep = 'upload' | 'mapping' | 'preview' | 'done';
const STEPS: TStep[] = ['upload', 'mapping', 'preview', 'done'];
const MAX_BYTES = 5 * 1024 * 1024;

interface TFile {
  name: string;
  format: 'csv' | 'xlsx';
  contentBase64: string;
}

/** Upload → check the proposed mapping → preview every row → commit all or nothing. */
export function ImportWizard({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<TStep>('upload');
  const [file, setFile] = useState<TFile | null>(null);
  const [mapping, setMapping] = useState<Record<string, TImportField | null>>({});
  const [report, setReport] = useState<TRiskImportReport | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function send(target: TFile, mode: 'preview' | 'commit', withMapping?: Record<string, TImportField | null>) {
    setProblem(null);
    setProgress(0);
    try {
      const outcome = await sendImport(orgId, { format: target.format, fileName: target.name, contentBase64: target.contentBase64, mode, ...(withMapping ? { mapping: withMapping } : {}) }, setProgress);
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
    const format = /\.xlsx$/i.test(picked.name) ? 'xlsx' : /\.csv$/i.test(picked.name) ? 'csv' : null;
    if (!format) return setProblem(t('risks.import.wrongType'));
    if (picked.size > MAX_BYTES) return setProblem(t('risks.import.issues.file_too_large'));
    const next = { name: picked.name, format, contentBase64: await fileToBase64(picked) } as TFile;
    setFile(next);
    const outcome = await send(next, 'preview');
    if (!outcome) return;
    setMapping(outcome.report.mapping);
    // A file that cannot be read stays on the upload step with its report.
    if (outcome.ok || outcome.report.headers.length > 0) setStep('mapping');
  }

  async function preview() {
    if (!file) return;
    const outcome = await send(file, 'preview', mapping);
    if (outcome) setStep('preview');
  }

  async function commit() {
    if (!file) return;
    const outcome = await send(file, 'commit', mapping);
    if (!outcome) return;
    if (outcome.ok) {
      setStep('done');
      void queryClient.invalidateQueries({ queryKey: riskKeys.all(orgId) });
      void queryClient.invalidateQueries({ queryKey: ['orgs', orgId, 'audit'] });
    }
  }

  const busy = progress !== null;
  const fieldOptions = [{ value: '', label: t('risks.import.ignoreColumn') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`enums.importField.${f}`) }))];
  const canCommit = report !== null && report.fileIssues.length === 0 && report.counts.errors === 0 && report.counts.rows > 0;

  const footer = (
    <Flex gap={8} justify="end" wrap>
      {step === 'done' ? (
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      ) : (
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      )}
      {step === 'mapping' && (
        <Button type="primary" onClick={() => void preview()} loading={busy} data-testid="import-preview">
          {t('risks.import.previewButton')}
        </Button>
      )}
      {step === 'preview' && (
        <>
          <Button onClick={() => setStep('mapping')}>{t('risks.import.back')}</Button>
          <Button type="primary" disabled={!canCommit} onClick={() => void commit()} loading={busy} data-testid="import-commit">
            {t('risks.import.commitButton', { count: (report?.counts.new ?? 0) + (report?.counts.updated ?? 0) })}
          </Button>
        </>
      )}
    </Flex>
  );

  return (
    <Modal open title={t('risks.import.title')} onCancel={onClose} footer={footer} width={860} destroyOnHidden>
      <Steps size="small" current={STEPS.indexOf(step)} items={STEPS.map((s) => ({ title: t(`risks.import.steps.${s}`) }))} style={{ marginBottom: 16 }} />
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      {busy && (
        <div role="status" aria-live="polite" style={{ marginBottom: 12 }} data-testid="import-progress">
          {progress! < 100 ? (
            <Progress percent={progress!} size="small" aria-label={t('risks.import.uploading')} />
          ) : (
            <Spin size="small" description={t('risks.import.processing')} />
          )}
          <Typography.Text type="secondary">{progress! < 100 ? t('risks.import.uploading') : t('risks.import.processing')}</Typography.Text>
        </div>
      )}
      {step === 'upload' && (
        <>
          <Typography.Paragraph>{t('risks.import.intro')}</Typography.Paragraph>
          {report && <FileIssues issues={report.fileIssues} />}
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(picked) => {
              void choose(picked);
              return false;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p>{t('risks.import.drop')}</p>
            <p style={{ color: '#595959' }}>{t('risks.import.limits')}</p>
          </Upload.Dragger>
          <Typography.Paragraph style={{ marginTop: 12 }}>
            <a href={`/api/orgs/${orgId}/risks/import-template.csv`} download>
              {t('risks.import.template')}
            </a>
          </Typography.Paragraph>
        </>
      )}
      {step === 'mapping' && report && (
        <>
          <Typography.Paragraph>{t('risks.import.mappingIntro', { file: file?.name ?? '' })}</Typography.Paragraph>
          <FileIssues issues={report.fileIssues} />
          <Table
            data-testid="import-mapping"
            size="small"
            rowKey="header"
            pagination={false}
            dataSource={report.headers.filter((h) => h !== '').map((header) => ({ header }))}
            columns={[
              { title: t('risks.import.column'), dataIndex: 'header', render: (h: string) => <span dir="auto">{h}</span> },
              {
                title: t('risks.import.field'),
                dataIndex: 'header',
                key: 'field',
                render: (header: string) => (
                  <Select
                    aria-label={t('risks.import.fieldFor', { column: header })}
                    value={mapping[header] ?? ''}
                    options={fieldOptions}
                    onChange={(value) => setMapping({ ...mapping, [header]: (value || null) as TImportField | null })}
                    style={{ minWidth: 200 }}
                    popupMatchSelectWidth={false}
                  />
                ),
              },
            ]}
          />
        </>
      )}
      {step === 'preview' && report && <ImportReport report={report} />}
      {step === 'done' && report && (
        <Result status="success" title={t('risks.import.done', { created: report.counts.new, updated: report.counts.updated })} data-testid="import-done" />
      )}
    </Modal>
  );
}
