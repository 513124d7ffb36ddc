import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Card, Flex, List, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TQualityCheck } from '../../../domain/contract/plans.js';

/** Tag colours with enough contrast for small text (antd's preset tags fall short of 4.5:1). */
export const STATUS_STYLE = {
  pass: { color: '#0d652d', background: '#e6f4ea', borderColor: '#a8dab5' },
  warn: { color: '#6b4400', background: '#fef7e0', borderColor: '#f2c94c' },
  fail: { color: '#a50e0e', background: '#fce8e6', borderColor: '#f6aea9' },
} as const;

const ICON = { pass: <CheckCircleFilled aria-hidden />, warn: <ExclamationCircleFilled aria-hidden />, fail: <CloseCircleFilled aria-hidden /> } as const;

/** Enumeration values inside params, worded in the reader's language. */
const VALUE_KEYS: Partial<Record<TQualityCheck['code'], Record<string, (v: string) => string>>> = {
  sections_complete: { missing: (v) => `plans.sections.${v}.title` },
  consultation_coverage: { missing: (v) => `enums.consultedFunction.${v}`, consulted: (v) => `enums.consultedFunction.${v}` },
  scenario_coverage: { missing: (v) => `enums.scenario.${v}` },
};

export function qualityText(t: TFunction, check: TQualityCheck) {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(check.params)) {
    const key = VALUE_KEYS[check.code]?.[name];
    values[name] = Array.isArray(value) ? value.map((v) => (key ? t(key(v)) : v)).join(', ') || '—' : value;
  }
  return { title: t(`planning.quality.${check.code}.title`), detail: t(`planning.quality.${check.code}.${check.status}`, values) };
}

/** The plan's own quality checks: the author sees them before submitting, the reviewer beside their judgement. */
export function QualityPanel({ quality, testId = 'quality-panel' }: { quality: TQualityCheck[]; testId?: string }) {
  const { t } = useTranslation();
  const count = (s: TQualityCheck['status']) => quality.filter((c) => c.status === s).length;
  const order = { fail: 0, warn: 1, pass: 2 } as const;
  const sorted = [...quality].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <Card data-testid={testId} title={<h2 className="card-title">{t('planning.qualityTitle')}</h2>} extra={
      <Flex gap={4} wrap>
        <Tag style={STATUS_STYLE.fail}>{t('planning.qualityCount.fail', { n: count('fail') })}</Tag>
        <Tag style={STATUS_STYLE.warn}>{t('planning.qualityCount.warn', { n: count('warn') })}</Tag>
        <Tag style={STATUS_STYLE.pass}>{t('planning.qualityCount.pass', { n: count('pass') })}</Tag>
      </Flex>
    }>
      <Typography.Paragraph type="secondary">{t('planning.qualityIntro')}</Typography.Paragraph>
      <List
        dataSource={sorted}
        renderItem={(check) => {
          const { title, detail } = qualityText(t, check);
          return (
            <List.Item key={check.code} data-testid={`quality-${check.code}`} data-status={check.status}>
              <List.Item.Meta
                avatar={<Tag style={STATUS_STYLE[check.status]} icon={ICON[check.status]}>{t(`planning.qualityStatus.${check.status}`)}</Tag>}
                title={title}
                description={detail}
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
