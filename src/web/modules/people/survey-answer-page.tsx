import { Alert, Button, Card, Flex, Form, Input, Radio, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LANGUAGES } from '../../../domain/languages.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { applyServerIssues } from '../../app/form-validation.js';
import { usePageTitle } from '../../app/page-title.js';
import { textIn, useAnswerSurvey, useSurvey } from './people.api.js';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * A staff member answers a survey from the link in their invitation. The questionnaire is in
 * the link's language (else the interface's); the page says plainly what is kept and what is not.
 */
export function SurveyAnswerPage() {
  const { t, i18n } = useTranslation();
  const { orgId = '', surveyId = '' } = useParams();
  const [params] = useSearchParams();
  const asked = params.get('lang');
  const language = asked && (LANGUAGES as readonly string[]).includes(asked) ? asked : i18n.language;
  const formatDay = useFormatDay();
  const survey = useSurvey(orgId, surveyId);
  const answer = useAnswerSurvey(orgId, surveyId);
  const [form] = Form.useForm<Record<string, number | string | null>>();
  const [done, setDone] = useState(false);
  usePageTitle(survey.data ? textIn(survey.data.title, language) : t('workplace.surveys.title'));
  if (survey.error) return <ErrorAlert error={survey.error} onRetry={() => void survey.refetch()} />;
  if (!survey.data) return <BlockLoading />;
  const s = survey.data;
  const back = <Link to={`/orgs/${orgId}/people?tab=wellbeing`}>{t('workplace.surveys.back')}</Link>;
  if (done || s.mine.answered) return <Result status="success" title={t('workplace.answer.thanks')} subTitle={t('workplace.answer.thanksDetail')} extra={back} data-testid="answer-thanks" />;
  if (!s.allowedActions.answer) return <Result status="info" title={t('workplace.answer.notOpen')} extra={back} />;
  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const answers = Object.fromEntries(s.questions.map((q) => [q.key, values[q.key] === undefined || values[q.key] === '' ? null : values[q.key]!]));
    try {
      await answer.mutateAsync(answers);
      setDone(true);
    } catch (error) {
      applyServerIssues(form, error);
    }
  }
  return (
    <Flex vertical gap={16} style={{ maxWidth: 760 }} lang={language} dir={language === 'ar' ? 'rtl' : undefined}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {textIn(s.title, language)}
      </Typography.Title>
      {textIn(s.intro, language) && <Typography.Paragraph>{textIn(s.intro, language)}</Typography.Paragraph>}
      <Alert type="info" showIcon message={t('workplace.answer.anonymous')} description={t('workplace.answer.anonymousDetail', { n: s.minimumGroupSize, date: formatDay(s.closesOn) })} />
      {answer.error && !(answer.error as { issues?: unknown }).issues && <ErrorAlert error={answer.error} />}
      <Form form={form} layout="vertical" name="survey-answer" onFinish={() => void submit()}>
        {s.questions.map((q, i) => {
          const label = `${i + 1}. ${textIn(q.text, language)}`;
          const rules = q.required ? [{ required: true, message: t('validation.required') }] : [];
          return (
            <Card key={q.key} size="small" style={{ marginBottom: 12 }}>
              {q.kind === 'text' ? (
                <Form.Item name={q.key} label={label} rules={rules}>
                  <Input.TextArea rows={4} maxLength={2000} showCount data-testid={`answer-${q.key}`} />
                </Form.Item>
              ) : (
                <Form.Item name={q.key} label={<span id={`label-${q.key}`}>{label}</span>} rules={rules}>
                  <Radio.Group aria-labelledby={`label-${q.key}`} data-testid={`answer-${q.key}`} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
                    {q.kind === 'scale'
                      ? SCORES.map((n) => (
                          <Radio key={n} value={n}>
                            {t(`workplace.scale.${n}`)}
                          </Radio>
                        ))
                      : q.options.map((o) => (
                          <Radio key={o.key} value={o.key}>
                            {textIn(o.text, language)}
                          </Radio>
                        ))}
                  </Radio.Group>
                </Form.Item>
              )}
            </Card>
          );
        })}
        <Flex gap={12} align="center" wrap>
          <Button type="primary" htmlType="submit" loading={answer.isPending} data-testid="answer-submit">
            {t('workplace.answer.submit')}
          </Button>
          {back}
        </Flex>
      </Form>
    </Flex>
  );
}
