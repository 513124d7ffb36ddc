import { EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Flex, Form, Input, List, Modal, Radio, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCoreElementRatingInput, ZPolicyDocumentInput } from '../../../domain/contract/assurance.js';
import { POLICY_DOCUMENT_KINDS } from '../../../domain/assurance/policy-documents.js';
import { CORE_ELEMENT_RATINGS } from '../../../domain/assurance/ratings.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useFormatDate, useFormatDay } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useFramework, useRateCoreElement, useSaveDocument, type TFramework, type TPolicyDocumentView } from './assurance.api.js';
import { Quiet, RatingTag, TONE } from './rating-tags.js';

type Element = TFramework['elements'][number];

/** The documents register (Annex II) and the 11 core elements with the clause that reflects each. */
export function FrameworkTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const framework = useFramework(orgId);
  const [documentModal, setDocumentModal] = useState<TPolicyDocumentView | 'new' | null>(null);
  const [rating, setRating] = useState<Element | null>(null);
  const [history, setHistory] = useState<Element | null>(null);
  if (framework.error) return <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />;
  if (!framework.data) return <BlockLoading />;
  const { documents, elements, tally, allowedActions } = framework.data;
  const yes = (v: boolean) => (v ? t('assurance.yes') : t('assurance.no'));
  return (
    <Flex vertical gap={16}>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('assurance.documents.title')}</h2>}
        extra={
          allowedActions.edit && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDocumentModal('new')} data-testid="document-new">
              {t('assurance.documents.new')}
            </Button>
          )
        }
      >
        <ScrollRegion label={t('assurance.documents.title')}>
          <Table<TPolicyDocumentView>
            size="small"
            rowKey="id"
            dataSource={documents}
            pagination={false}
            locale={{ emptyText: <Quiet>{t('assurance.documents.empty')}</Quiet> }}
            columns={[
              { title: t('assurance.documents.fields.title'), dataIndex: 'title', render: (title: string, d) => (d.link ? <a href={d.link} target="_blank" rel="noreferrer" dir="auto">{title}</a> : <span dir="auto">{title}</span>) },
              { title: t('assurance.documents.fields.kind'), dataIndex: 'kind', render: (k: string) => t(`assurance.documents.kinds.${k}`) },
              { title: t('assurance.documents.fields.adoptedOn'), dataIndex: 'adoptedOn', render: (d: string | null) => formatDay(d) || '—' },
              { title: t('assurance.documents.fields.lastUpdatedOn'), dataIndex: 'lastUpdatedOn', render: (d: string | null) => formatDay(d) || '—' },
              { title: t('assurance.documents.fields.approvedByExecutiveHead'), dataIndex: 'approvedByExecutiveHead', render: yes },
              { title: t('assurance.documents.fields.references'), key: 'refs', render: (_, d) => [d.referencesOrms && 'ORMS', d.referencesIso22301 && 'ISO 22301'].filter(Boolean).join(', ') || '—' },
              { title: t('assurance.documents.fields.promulgatedOn'), dataIndex: 'promulgatedOn', render: (d: string | null) => formatDay(d) || '—' },
              {
                title: t('assurance.documents.fields.reviewDueOn'),
                dataIndex: 'reviewDueOn',
                render: (d: string | null, doc) => (d ? <>{formatDay(d)} {doc.reviewOverdue && <Tag style={TONE.bad}>{t('assurance.documents.overdue')}</Tag>}</> : '—'),
              },
              ...(allowedActions.edit
                ? [{ title: t('common.actions'), key: 'edit', render: (_: unknown, d: TPolicyDocumentView) => <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={t('assurance.documents.editOf', { title: d.title })} onClick={() => setDocumentModal(d)} /> }]
                : []),
            ]}
          />
        </ScrollRegion>
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('assurance.elements.title')}</h2>}>
        <Typography.Paragraph type="secondary">{t('assurance.elements.intro')}</Typography.Paragraph>
        <p data-testid="elements-tally">{t('assurance.elements.tally', tally)}</p>
        <ScrollRegion label={t('assurance.elements.title')}>
          <Table<Element>
            size="small"
            rowKey="key"
            dataSource={elements}
            pagination={false}
            columns={[
              { title: '#', dataIndex: 'number', width: 40 },
              { title: t('assurance.elements.element'), dataIndex: 'key', render: (k: string, e) => <span data-testid={`element-${e.number}`}>{t(`assurance.elements.names.${k}`)}</span> },
              { title: t('assurance.elements.group'), dataIndex: 'group', render: (g: string) => t(`assurance.elements.groups.${g}`) },
              { title: t('assurance.elements.rating'), key: 'rating', render: (_, e) => <RatingTag rating={e.current?.rating ?? null} testId={`element-rating-${e.number}`} /> },
              { title: t('assurance.elements.reflectedIn'), key: 'where', render: (_, e) => <span dir="auto">{[e.current?.policyDocumentTitle, e.current?.reflectedIn].filter(Boolean).join(' — ') || '—'}</span> },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, e) => (
                  <Flex gap={4} wrap>
                    {allowedActions.edit && (
                      <Button size="small" onClick={() => setRating(e)} data-testid={`element-rate-${e.number}`} aria-label={t('assurance.elements.rateOf', { name: t(`assurance.elements.names.${e.key}`) })}>
                        {t('assurance.elements.rate')}
                      </Button>
                    )}
                    {e.history.length > 0 && (
                      <Button size="small" icon={<HistoryOutlined aria-hidden />} onClick={() => setHistory(e)} aria-label={`${e.history.length} · ${t('assurance.historyOf', { name: t(`assurance.elements.names.${e.key}`) })}`} data-testid={`element-history-${e.number}`}>
                        {e.history.length}
                      </Button>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </ScrollRegion>
      </Card>
      {documentModal && <DocumentModal orgId={orgId} document={documentModal === 'new' ? null : documentModal} onClose={() => setDocumentModal(null)} />}
      {rating && <ElementModal orgId={orgId} element={rating} documents={documents} onClose={() => setRating(null)} />}
      {history && <ElementHistory element={history} onClose={() => setHistory(null)} />}
    </Flex>
  );
}

interface TDocumentValues {
  title: string;
  kind: string;
  adoptedOn: string;
  lastUpdatedOn: string;
  promulgatedOn: string;
  link: string;
  flags: ('approvedByExecutiveHead' | 'referencesOrms' | 'referencesIso22301')[];
}

function DocumentModal({ orgId, document, onClose }: { orgId: string; document: TPolicyDocumentView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TDocumentValues>();
  const save = useSaveDocument(orgId);
  const day = (v: string | undefined) => (v ? v : null);
  async function submit() {
    const saved = await submitForm(
      form,
      ZPolicyDocumentInput,
      t,
      (v: TDocumentValues) => ({
        title: v.title,
        kind: v.kind,
        adoptedOn: day(v.adoptedOn),
        lastUpdatedOn: day(v.lastUpdatedOn),
        promulgatedOn: day(v.promulgatedOn),
        link: v.link ?? '',
        approvedByExecutiveHead: v.flags.includes('approvedByExecutiveHead'),
        referencesOrms: v.flags.includes('referencesOrms'),
        referencesIso22301: v.flags.includes('referencesIso22301'),
      }),
      (body) => save.mutateAsync({ ...body, ...(document ? { id: document.id } : {}) }),
    );
    if (!saved) return;
    void message.success(t('assurance.saved'));
    onClose();
  }
  const flags = document ? (['approvedByExecutiveHead', 'referencesOrms', 'referencesIso22301'] as const).filter((f) => document[f]) : [];
  return (
    <FormModal<TDocumentValues>
      title={document ? t('assurance.documents.edit') : t('assurance.documents.new')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={save.isPending}
      error={save.error}
      form={form}
      name="policy-document"
      initialValues={{ title: document?.title ?? '', kind: document?.kind ?? 'policy', adoptedOn: document?.adoptedOn ?? '', lastUpdatedOn: document?.lastUpdatedOn ?? '', promulgatedOn: document?.promulgatedOn ?? '', link: document?.link ?? '', flags: [...flags] }}
      okButtonProps={{ 'data-testid': 'document-submit' }}
    >
      <Form.Item name="title" label={t('assurance.documents.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={300} data-testid="document-title" />
      </Form.Item>
      <Form.Item name="kind" label={t('assurance.documents.fields.kind')}>
        <Select options={POLICY_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`assurance.documents.kinds.${k}`) }))} data-testid="document-kind" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="adoptedOn" label={t('assurance.documents.fields.adoptedOn')}>
          <Input type="date" data-testid="document-adopted-on" />
        </Form.Item>
        <Form.Item name="lastUpdatedOn" label={t('assurance.documents.fields.lastUpdatedOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="promulgatedOn" label={t('assurance.documents.fields.promulgatedOn')}>
          <Input type="date" />
        </Form.Item>
      </Flex>
      <Form.Item name="flags" label={t('assurance.documents.fields.facts')}>
        <Checkbox.Group
          data-testid="document-flags"
          options={[
            { value: 'approvedByExecutiveHead', label: t('assurance.documents.fields.approvedByExecutiveHead') },
            { value: 'referencesOrms', label: t('assurance.documents.fields.referencesOrms') },
            { value: 'referencesIso22301', label: t('assurance.documents.fields.referencesIso22301') },
          ]}
        />
      </Form.Item>
      <Form.Item name="link" label={t('assurance.documents.fields.link')}>
        <Input type="url" maxLength={2000} placeholder="https://" />
      </Form.Item>
    </FormModal>
  );
}

interface TElementValues {
  rating: string;
  reflectedIn: string;
  policyDocumentId: string | null;
}

function ElementModal({ orgId, element, documents, onClose }: { orgId: string; element: Element; documents: TPolicyDocumentView[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TElementValues>();
  const rate = useRateCoreElement(orgId);
  async function submit() {
    const saved = await submitForm(form, ZCoreElementRatingInput, t, (v: TElementValues) => ({ elementKey: element.key, rating: v.rating, reflectedIn: v.reflectedIn ?? '', policyDocumentId: v.policyDocumentId ?? null }), rate.mutateAsync);
    if (saved) onClose();
  }
  return (
    <FormModal<TElementValues>
      title={t('assurance.elements.rateOf', { name: t(`assurance.elements.names.${element.key}`) })}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={rate.isPending}
      error={rate.error}
      form={form}
      name="core-element"
      initialValues={{ rating: element.current?.rating ?? 'fully', reflectedIn: element.current?.reflectedIn ?? '', policyDocumentId: element.current?.policyDocumentId ?? null }}
      okButtonProps={{ 'data-testid': 'element-submit' }}
    >
      <Form.Item name="rating" label={t('assurance.elements.rating')}>
        <Radio.Group data-testid="element-rating" options={CORE_ELEMENT_RATINGS.map((r) => ({ value: r, label: <span data-testid={`element-rating-option-${r}`}>{t(`assurance.rating.${r}`)}</span> }))} />
      </Form.Item>
      <Form.Item name="policyDocumentId" label={t('assurance.elements.document')}>
        <Select allowClear options={documents.map((d) => ({ value: d.id, label: d.title }))} data-testid="element-document" />
      </Form.Item>
      <Form.Item name="reflectedIn" label={t('assurance.elements.reflectedIn')} extra={t('assurance.elements.reflectedInHelp')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="element-reflected-in" />
      </Form.Item>
    </FormModal>
  );
}

function ElementHistory({ element, onClose }: { element: Element; onClose: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Modal open title={t('assurance.historyOf', { name: t(`assurance.elements.names.${element.key}`) })} onCancel={onClose} footer={null}>
      <List
        dataSource={element.history}
        renderItem={(h) => (
          <List.Item>
            <List.Item.Meta title={<><RatingTag rating={h.rating} /> <span dir="auto">{[h.policyDocumentTitle, h.reflectedIn].filter(Boolean).join(' — ')}</span></>} description={t('assurance.byOn', { name: h.ratedByName, date: formatDate(h.ratedAt) })} />
          </List.Item>
        )}
      />
    </Modal>
  );
}
