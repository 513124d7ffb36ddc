import { Alert, Button, Card, Flex, Input, Segmented, Typography } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textDirection, type TLanguage } from '../../../domain/languages.js';
import type { TPlanSectionKey } from '../../../domain/plans/plan-template.js';
import { ErrorAlert } from '../../app/feedback.js';
import { Markdown } from './markdown.js';
import { useUpdatePlan } from './plans.api.js';

export function SectionCard({ orgId, planId, sectionKey, text, language, editable, incomplete }: {
  orgId: string;
  planId: string;
  sectionKey: TPlanSectionKey;
  text: string;
  /** The plan's own language, which may differ from the interface's: its text runs in that direction. */
  language: TLanguage;
  editable: boolean;
  incomplete: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const headingId = `${id}-heading`;
  const guidanceId = `${id}-guidance`;
  const [draft, setDraft] = useState(text);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const update = useUpdatePlan(orgId, planId);
  const dirty = draft !== text;

  // A newer text from the server (another version, a colleague's save) replaces ours only when we have no edits.
  useEffect(() => {
    if (!dirty) setDraft(text);
  }, [text]);

  async function save() {
    try {
      await update.mutateAsync({ sections: { [sectionKey]: draft } });
      setSavedAt(Date.now());
    } catch {
      // Shown below through update.error.
    }
  }

  return (
    <Card
      id={`section-${sectionKey}`}
      title={
        <h2 id={headingId} className="card-title">
          {t(`plans.sections.${sectionKey}.title`)}
        </h2>
      }
      extra={incomplete ? <Typography.Text type="warning">{t('plans.quality.empty')}</Typography.Text> : null}
    >
      <Typography.Paragraph id={guidanceId} type="secondary">
        {t(`plans.sections.${sectionKey}.guidance`)}
      </Typography.Paragraph>
      {editable ? (
        <>
          <Segmented
            aria-label={t('plans.editorMode')}
            value={mode}
            onChange={(value) => setMode(value as 'write' | 'preview')}
            options={[
              { value: 'write', label: t('plans.write') },
              { value: 'preview', label: t('plans.preview') },
            ]}
            style={{ marginBottom: 8 }}
          />
          {mode === 'write' ? (
            <Input.TextArea
              data-testid={`section-${sectionKey}`}
              aria-labelledby={headingId}
              aria-describedby={guidanceId}
              lang={language}
              dir={textDirection(language)}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              autoSize={{ minRows: 5, maxRows: 24 }}
              maxLength={100_000}
            />
          ) : draft.trim() ? (
            <Markdown text={draft} language={language} />
          ) : (
            <Typography.Paragraph type="secondary">{t('plans.nothingToPreview')}</Typography.Paragraph>
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 4, fontSize: 12 }}>
            {t('plans.markdownHelp')}
          </Typography.Paragraph>
          {update.error && <ErrorAlert error={update.error} />}
          <Flex gap={12} align="center" wrap>
            <Button
              type="primary"
              data-testid={`save-section-${sectionKey}`}
              onClick={() => void save()}
              loading={update.isPending}
              disabled={!dirty}
            >
              {t('plans.saveSection')}
            </Button>
            {dirty && (
              <Button onClick={() => setDraft(text)} disabled={update.isPending}>
                {t('plans.discard')}
              </Button>
            )}
            <span role="status" aria-live="polite">
              {dirty ? (
                <Typography.Text type="warning">{t('plans.unsaved')}</Typography.Text>
              ) : savedAt ? (
                <Typography.Text type="success">{t('plans.saved')}</Typography.Text>
              ) : null}
            </span>
          </Flex>
        </>
      ) : text.trim() ? (
        <Markdown text={text} language={language} />
      ) : (
        <Alert type="info" showIcon title={t('plans.sectionEmptyReadOnly')} />
      )}
    </Card>
  );
}
