import { CloudUploadOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Popconfirm, Radio, Select, Space, Tag, Typography , type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { TLessonUpdate, TLessonView } from '../../../domain/contract/learning.js';
import { ZLessonInput } from '../../../domain/contract/learning.js';
import { LANGUAGES, textDirection, type TLanguage } from '../../../domain/languages.js';
import { LESSON_CATEGORIES, LESSON_KINDS, LESSON_PHASES } from '../../../domain/learning/learning.js';
import { EVENT_TYPES } from '../../../domain/response/events.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { LANGUAGE_NAMES } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { submitForm } from '../../app/form-validation.js';
import { useUnits } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { useCreateLesson, useLesson, usePublishLesson, useUpdateLesson } from './learning.api.js';
import { useLearningErrorMessage } from './learning-modals.js';
import { StatusTag } from './learning-home.js';
import { LessonSource } from './lesson-source.js';

interface TValues {
  kind: string;
  title: string;
  narrative: string;
  category: string;
  eventType: string | null;
  phase: string | null;
  unitId: string | null;
  reviewId: string | null;
  language: TLanguage;
  sharing: 'organization' | 'installation';
  anonymized: boolean;
  translations: { language: TLanguage; title: string; narrative: string }[];
}

const toBody = (v: TValues) => ({
  ...v,
  eventType: v.eventType ?? null,
  phase: v.phase ?? null,
  unitId: v.unitId ?? null,
  reviewId: v.reviewId ?? null,
  anonymized: Boolean(v.anonymized),
  translations: Object.fromEntries((v.translations ?? []).filter((x) => x?.language).map((x) => [x.language, { title: x.title, narrative: x.narrative }])),
});

/** A lesson: read it (in any of its languages), or write and publish it. */
export function LessonPage() {
  const { t } = useTranslation();
  const { orgId = '', lessonId = '' } = useParams();
  const lesson = useLesson(orgId, lessonId);
  usePageTitle(lesson.data?.title ?? t('learning.lessons.new'));
  if (!lessonId) return <LessonEditor orgId={orgId} />;
  if (lesson.error) return <ErrorAlert error={lesson.error} onRetry={() => void lesson.refetch()} />;
  if (!lesson.data) return <BlockLoading />;
  return lesson.data.allowedActions.edit ? <LessonEditor orgId={orgId} lesson={lesson.data} /> : <LessonReader lesson={lesson.data} />;
}

function LessonReader({ lesson }: { lesson: TLessonView }) {
  const { t, i18n } = useTranslation();
  const versions = [{ language: lesson.language, title: lesson.title, narrative: lesson.narrative }, ...Object.entries(lesson.translations).map(([language, v]) => ({ language: language as TLanguage, ...v! }))];
  // The reader's language first when the lesson has it.
  versions.sort((a, b) => Number(b.language === i18n.language) - Number(a.language === i18n.language));
  return (
    <>
      <h1 className="page-title" dir="auto" data-testid="lesson-title">
        {versions[0]!.title}
      </h1>
      <Space wrap size={4} style={{ marginBottom: 12 }}>
        <Tag>{t(`learning.kind.${lesson.kind}`)}</Tag>
        <Tag>{t(`learning.category.${lesson.category}`)}</Tag>
        {lesson.eventType && <Tag>{t(`learning.eventType.${lesson.eventType}`)}</Tag>}
        {lesson.phase && <Tag>{t(`learning.phase.${lesson.phase}`)}</Tag>}
      </Space>
      <div data-testid="lesson-source">
        <LessonSource lesson={lesson} />
      </div>
      {versions.map((v, i) => (
        <Card key={v.language} size="small" title={LANGUAGE_NAMES[v.language]} style={{ marginTop: 12 }} lang={v.language} dir={textDirection(v.language)}>
          {i > 0 && <Typography.Title level={2} style={{ fontSize: 16 }}>{v.title}</Typography.Title>}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{v.narrative}</Typography.Paragraph>
        </Card>
      ))}
    </>
  );
}

function LessonEditor({ orgId, lesson }: { orgId: string; lesson?: TLessonView }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<TValues>();
  const units = useUnits(orgId);
  const create = useCreateLesson(orgId);
  const update = useUpdateLesson(orgId, lesson?.id ?? '');
  const publish = usePublishLesson(orgId, lesson?.id ?? '');
  const errorMessage = useLearningErrorMessage();
  const sharing = Form.useWatch('sharing', form);
  const initial: Partial<TValues> = lesson
    ? {
        ...lesson,
        unitId: null,
        reviewId: lesson.source?.reviewId ?? null,
        translations: Object.entries(lesson.translations).map(([language, v]) => ({ language: language as TLanguage, title: v!.title, narrative: v!.narrative })),
      }
    : { kind: 'lesson', language: (LANGUAGES.find((l) => l === i18n.language) ?? 'en') as TLanguage, sharing: 'organization', anonymized: false, eventType: params.get('eventType'), reviewId: params.get('reviewId'), translations: [] };

  async function save() {
    if (!lesson) {
      const created = await submitForm(form, ZLessonInput, t, toBody, create.mutateAsync);
      if (created) {
        void message.success(t('learning.saved'));
        navigate(`/orgs/${orgId}/learning/lessons/${created.id}`, { replace: true });
      }
      return;
    }
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const { unitId: _u, reviewId: _r, ...body } = toBody(form.getFieldsValue(true) as TValues);
    await update.mutateAsync(body as TLessonUpdate);
    void message.success(t('learning.saved'));
  }

  return (
    <>
      <h1 className="page-title" dir="auto">
        {lesson ? lesson.title : t('learning.lessons.new')}
      </h1>
      {lesson && (
        <Space style={{ marginBottom: 12 }}>
          <StatusTag status={lesson.status} />
          <span data-testid="lesson-source">
            <LessonSource lesson={lesson} />
          </span>
        </Space>
      )}
      {(create.error || update.error || publish.error) && <ErrorAlert error={create.error ?? update.error ?? publish.error} message={errorMessage} />}
      <Card>
        <Form form={form} layout="vertical" name="lesson" initialValues={initial} onFinish={() => void save()}>
          <Form.Item name="kind" label={t('learning.fields.kind')}>
            <Radio.Group options={LESSON_KINDS.map((k) => ({ value: k, label: t(`learning.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('learning.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input maxLength={300} data-testid="lesson-title-input" dir="auto" />
          </Form.Item>
          <Form.Item name="narrative" label={t('learning.lessons.narrative')} extra={t('learning.lessons.narrativeHelp')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={20_000} data-testid="lesson-narrative" dir="auto" />
          </Form.Item>
          <Flex wrap gap={16}>
            <Form.Item name="category" label={t('learning.fields.category')} rules={[{ required: true, message: t('validation.required') }]} style={{ minWidth: 260 }}>
              <Select data-testid="lesson-category" options={LESSON_CATEGORIES.map((c) => ({ value: c, label: t(`learning.category.${c}`) }))} popupMatchSelectWidth={false} />
            </Form.Item>
            <Form.Item name="eventType" label={t('learning.fields.eventType')} style={{ minWidth: 220 }}>
              <Select allowClear data-testid="lesson-event-type" options={EVENT_TYPES.map((e) => ({ value: e, label: t(`learning.eventType.${e}`) }))} popupMatchSelectWidth={false} />
            </Form.Item>
            <Form.Item name="phase" label={t('learning.fields.phase')} style={{ minWidth: 220 }}>
              <Select allowClear options={LESSON_PHASES.map((p) => ({ value: p, label: t(`learning.phase.${p}`) }))} popupMatchSelectWidth={false} />
            </Form.Item>
            {!lesson && (
              <Form.Item name="unitId" label={t('learning.fields.unit')} style={{ minWidth: 220 }}>
                <UnitSelect units={units.data?.items ?? []} allowClear />
              </Form.Item>
            )}
            <Form.Item name="language" label={t('learning.fields.language')}>
              <Select options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} style={{ minWidth: 140 }} />
            </Form.Item>
          </Flex>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('learning.lessons.translations')}
          </Typography.Title>
          <Form.List name="translations">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Card key={field.key} size="small" style={{ marginBottom: 8 }}>
                    <Flex gap={8} wrap align="start">
                      <Form.Item name={[field.name, 'language']} label={t('learning.fields.language')} rules={[{ required: true, message: t('validation.required') }]}>
                        <Select options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} style={{ minWidth: 140 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'title']} label={t('learning.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]} style={{ flex: '1 1 240px' }}>
                        <Input maxLength={300} dir="auto" />
                      </Form.Item>
                      <Button icon={<DeleteOutlined />} aria-label={t('learning.lessons.removeTranslation')} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                    </Flex>
                    <Form.Item name={[field.name, 'narrative']} label={t('learning.lessons.narrative')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} dir="auto" />
                    </Form.Item>
                  </Card>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ title: '', narrative: '' })} style={{ marginBottom: 16 }}>
                  {t('learning.lessons.addTranslation')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="sharing" label={t('learning.lessons.sharing')}>
            <Radio.Group
              data-testid="lesson-sharing"
              options={[
                { value: 'organization', label: t('learning.sharing.organization') },
                { value: 'installation', label: <span data-testid="lesson-sharing-installation">{t('learning.sharing.installation')}</span> },
              ]}
            />
          </Form.Item>
          {sharing === 'installation' && (
            <Form.Item name="anonymized" valuePropName="checked" extra={t('learning.lessons.anonymizedHelp')}>
              <Checkbox data-testid="lesson-anonymized">{t('learning.lessons.anonymized')}</Checkbox>
            </Form.Item>
          )}
          {sharing === 'installation' && <Alert type="info" showIcon message={t('learning.lessons.sharingNote')} style={{ marginBottom: 16 }} />}
          <Flex gap={8} wrap>
            <Button htmlType="submit" icon={<SaveOutlined />} loading={create.isPending || update.isPending} data-testid="lesson-save">
              {t('common.save')}
            </Button>
            {lesson?.allowedActions.publish && (
              <Popconfirm title={t('learning.lessons.publishConfirm')} onConfirm={() => void publish.mutateAsync().then(() => message.success(t('learning.lessons.published')))} okButtonProps={{ 'data-testid': 'lesson-publish-confirm' } as ButtonProps}>
                <Button type="primary" icon={<CloudUploadOutlined />} loading={publish.isPending} data-testid="lesson-publish">
                  {t('learning.lessons.publish')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        </Form>
      </Card>
    </>
  );
}
