import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Collapse, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZSurveyInput } from '../../../domain/contract/people.js';
import { LANGUAGES } from '../../../domain/languages.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { LANGUAGE_NAMES } from '../../app/i18n.js';
import { useUnits } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { textIn, useCreateSurvey, type TSurvey } from './people.api.js';

type TTexts = Partial<Record<string, string>>;
interface TQuestionValues {
  kind: 'scale' | 'choice' | 'text';
  text: TTexts;
  /** Choice options, one per line, per language (lines line up across languages). */
  options: TTexts;
  required: boolean;
}
interface TValues {
  title: TTexts;
  intro: TTexts;
  targetUnitIds: string[];
  opensOn: string;
  closesOn: string;
  minimumGroupSize: number;
  previousSurveyId: string | null;
  questions: TQuestionValues[];
}

const clean = (texts: TTexts) => Object.fromEntries(Object.entries(texts ?? {}).filter(([, v]) => typeof v === 'string' && v.trim()).map(([k, v]) => [k, v!.trim()]));
const lines = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/** The form's values as the API takes them: keys q1, q2 … and o1, o2 … so authors never type identifiers. */
function toInput(v: TValues) {
  return {
    title: clean(v.title),
    intro: clean(v.intro),
    targetUnitIds: v.targetUnitIds ?? [],
    opensOn: v.opensOn,
    closesOn: v.closesOn,
    minimumGroupSize: v.minimumGroupSize,
    previousSurveyId: v.previousSurveyId ?? null,
    questions: (v.questions ?? []).map((q, i) => {
      const perLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, lines(q.options?.[l])]));
      // A question whose kind was never touched is a scale (the form's first question starts as one).
      const kind = q.kind ?? 'scale';
      const count = kind === 'choice' ? Math.max(...LANGUAGES.map((l) => perLanguage[l]!.length)) : 0;
      return {
        key: `q${i + 1}`,
        kind,
        text: clean(q.text),
        required: Boolean(q.required),
        options: Array.from({ length: count }, (_, n) => ({ key: `o${n + 1}`, text: clean(Object.fromEntries(LANGUAGES.map((l) => [l, perLanguage[l]![n]]))) })),
      };
    }),
  };
}

/** Six language fields for one text: the reader's language first, the others folded away. */
function TranslatedFields({ name, label, testId, area = false }: { name: (string | number)[]; label: string; testId: string; area?: boolean }) {
  const { t, i18n } = useTranslation();
  const first = (LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'en';
  const field = (l: string) => (area ? <Input.TextArea rows={3} lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'} data-testid={`${testId}-${l}`} /> : <Input lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'} maxLength={1000} data-testid={`${testId}-${l}`} />);
  return (
    <>
      <Form.Item name={[...name, first]} label={`${label} (${LANGUAGE_NAMES[first as keyof typeof LANGUAGE_NAMES]})`}>
        {field(first)}
      </Form.Item>
      <Collapse
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'other',
            label: t('workplace.surveys.otherLanguages'),
            forceRender: true,
            children: LANGUAGES.filter((l) => l !== first).map((l) => (
              <Form.Item key={l} name={[...name, l]} label={`${label} (${LANGUAGE_NAMES[l]})`}>
                {field(l)}
              </Form.Item>
            )),
          },
        ]}
      />
    </>
  );
}

/** A new survey (or the next wave of one): a short questionnaire in up to six languages, the units it reaches, its dates and privacy threshold. */
export function SurveyModal({ orgId, surveys, onClose }: { orgId: string; surveys: TSurvey[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const create = useCreateSurvey(orgId);
  const units = useUnits(orgId);
  const runnable = surveys.filter((s) => s.allowedActions.launch || s.allowedActions.close || s.state === 'closed');
  async function submit() {
    const created = await submitForm(form, ZSurveyInput, t, toInput, create.mutateAsync);
    if (!created) return;
    void message.success(t('workplace.surveys.created'));
    onClose();
  }
  return (
    <FormModal<TValues>
      title={t('workplace.surveys.new')}
      okText={t('common.create')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      form={form}
      name="survey"
      initialValues={{ title: {}, intro: {}, targetUnitIds: [], opensOn: '', closesOn: '', minimumGroupSize: 5, previousSurveyId: null, questions: [{ kind: 'scale', text: {}, options: {}, required: true }] }}
      okButtonProps={{ 'data-testid': 'survey-submit' }}
    >
      <TranslatedFields name={['title']} label={t('workplace.surveys.fields.title')} testId="survey-title" />
      <TranslatedFields name={['intro']} label={t('workplace.surveys.fields.intro')} testId="survey-intro" area />
      <Form.Item name="targetUnitIds" label={t('workplace.surveys.fields.targets')} extra={t('workplace.surveys.targetsHelp')} rules={[{ required: true, message: t('validation.required') }]}>
        <UnitSelect units={units.data?.items ?? []} mode="multiple" data-testid="survey-targets" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="opensOn" label={t('workplace.surveys.fields.opensOn')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input type="date" data-testid="survey-opens" />
        </Form.Item>
        <Form.Item name="closesOn" label={t('workplace.surveys.fields.closesOn')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input type="date" data-testid="survey-closes" />
        </Form.Item>
        <Form.Item name="minimumGroupSize" label={t('workplace.surveys.fields.minimum')} extra={t('workplace.surveys.minimumHelp')}>
          <InputNumber min={3} max={100} precision={0} data-testid="survey-minimum" />
        </Form.Item>
      </Flex>
      <Form.Item name="previousSurveyId" label={t('workplace.surveys.fields.previous')} extra={t('workplace.surveys.previousHelp')}>
        <Select allowClear options={runnable.map((s) => ({ value: s.id, label: textIn(s.title, i18n.language) }))} />
      </Form.Item>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('workplace.surveys.questions')}
      </Typography.Title>
      <Form.List name="questions">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((field, i) => (
              <Card key={field.key} size="small" title={t('workplace.surveys.questionN', { n: i + 1 })} extra={fields.length > 1 && <Button size="small" icon={<DeleteOutlined aria-hidden />} aria-label={t('workplace.surveys.removeQuestion', { n: i + 1 })} onClick={() => remove(field.name)} />}>
                <Form.Item name={[field.name, 'kind']} label={t('workplace.surveys.fields.kind')} initialValue="scale">
                  <Select data-testid={`question-${i}-kind`} options={(['scale', 'choice', 'text'] as const).map((k) => ({ value: k, label: t(`workplace.questionKind.${k}`) }))} />
                </Form.Item>
                <TranslatedFields name={[field.name, 'text']} label={t('workplace.surveys.fields.question')} testId={`question-${i}-text`} />
                <Form.Item noStyle shouldUpdate>
                  {() =>
                    form.getFieldValue(['questions', field.name, 'kind']) === 'choice' && <TranslatedFields name={[field.name, 'options']} label={t('workplace.surveys.fields.options')} testId={`question-${i}-options`} area />
                  }
                </Form.Item>
                <Form.Item name={[field.name, 'required']} valuePropName="checked">
                  <Checkbox>{t('workplace.surveys.fields.required')}</Checkbox>
                </Form.Item>
              </Card>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'scale', text: {}, options: {}, required: false })} data-testid="add-question">
              {t('workplace.surveys.addQuestion')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
