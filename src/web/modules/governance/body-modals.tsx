import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ZAccreditationInput, ZMeetingInput, ZMemberInput, ZSilenceInput, ZWrittenVoteInput } from '../../../domain/contract/governance.js';
import { MEETING_MODES, MEETING_OUTCOMES } from '../../../domain/governance/meetings.js';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useAccredit, useAddMember, useGovernanceErrorMessage, useNewSilence, useNewWrittenVote, useRecordMeeting, type TBodyView } from './governance.api.js';

interface Props {
  orgId: string;
  body: TBodyView;
  onClose: () => void;
}

export function MemberModal({ orgId, body, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const add = useAddMember(orgId, body.id);
  const errorMessage = useGovernanceErrorMessage();
  async function submit() {
    if (await submitForm(form, ZMemberInput, t, (v: { name: string }) => v, add.mutateAsync)) onClose();
  }
  return (
    <FormModal<{ name: string }> title={t('governance.members.add')} okText={t('common.create')} onCancel={onClose} onSubmit={submit} pending={add.isPending} error={add.error} errorMessage={errorMessage} form={form} name="new-member" initialValues={{ name: '' }} okButtonProps={{ 'data-testid': 'member-submit' }}>
      <Form.Item name="name" label={t('governance.members.name')} extra={t('governance.members.nameHelp')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="member-name" maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

interface TAccreditValues {
  memberId: string;
  userId: string;
  language: TLanguage;
  validFrom: string;
  validUntil: string;
}

/** `datetime-local` values are read on the reader's clock and sent as instants. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : null);
const localNow = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

export function AccreditModal({ orgId, body, onClose, memberId }: Props & { memberId?: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TAccreditValues>();
  const accredit = useAccredit(orgId, body.id);
  const errorMessage = useGovernanceErrorMessage();
  async function submit() {
    const done = await submitForm(form, ZAccreditationInput, t, (v: TAccreditValues) => ({ ...v, validFrom: toInstant(v.validFrom), validUntil: toInstant(v.validUntil) }), accredit.mutateAsync);
    if (done) onClose();
  }
  return (
    <FormModal<TAccreditValues>
      title={t('governance.members.accredit')}
      intro={<p>{t('governance.members.accreditIntro')}</p>}
      okText={t('governance.members.accredit')}
      onCancel={onClose}
      onSubmit={submit}
      pending={accredit.isPending}
      error={accredit.error}
      errorMessage={errorMessage}
      form={form}
      name="accredit"
      initialValues={{ memberId: memberId ?? body.members[0]?.id, language: 'en', validFrom: localNow(), validUntil: '' }}
      okButtonProps={{ 'data-testid': 'accredit-submit' }}
    >
      <Form.Item name="memberId" label={t('governance.members.member')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={body.members.map((m) => ({ value: m.id, label: m.name }))} data-testid="accredit-member" />
      </Form.Item>
      <Form.Item name="userId" label={t('governance.members.representative')} extra={t('governance.members.representativeHelp')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select showSearch optionFilterProp="label" options={body.candidates.map((c) => ({ value: c.userId, label: `${c.name} <${c.email}>` }))} data-testid="accredit-user" />
      </Form.Item>
      <Form.Item name="language" label={t('governance.members.language')}>
        <Select options={LANGUAGES.map((l) => ({ value: l, label: t(`governance.language.${l}`) }))} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('governance.members.validFrom')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item name="validUntil" label={t('governance.members.validUntil')} extra={t('governance.members.validUntilHelp')}>
        <Input type="datetime-local" />
      </Form.Item>
    </FormModal>
  );
}

interface TMeetingValues {
  title: string;
  scheduledOn: string;
  mode: (typeof MEETING_MODES)[number];
  outcome: (typeof MEETING_OUTCOMES)[number];
  reason: string;
}

export function MeetingModal({ orgId, body, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TMeetingValues>();
  const record = useRecordMeeting(orgId, body.id);
  const outcome = Form.useWatch('outcome', form);
  async function submit() {
    if (await submitForm(form, ZMeetingInput, t, (v: TMeetingValues) => v, record.mutateAsync)) onClose();
  }
  return (
    <FormModal<TMeetingValues> title={t('governance.meetings.add')} okText={t('common.create')} onCancel={onClose} onSubmit={submit} pending={record.isPending} error={record.error} form={form} name="new-meeting" initialValues={{ title: '', scheduledOn: new Date().toISOString().slice(0, 10), mode: 'in_person', outcome: 'held_as_planned', reason: '' }} okButtonProps={{ 'data-testid': 'meeting-submit' }}>
      <Form.Item name="title" label={t('governance.meetings.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="meeting-title" maxLength={200} />
      </Form.Item>
      <Form.Item name="scheduledOn" label={t('governance.meetings.fields.scheduledOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="meeting-date" />
      </Form.Item>
      <Form.Item name="mode" label={t('governance.meetings.fields.mode')}>
        <Select options={MEETING_MODES.map((m) => ({ value: m, label: t(`governance.mode.${m}`) }))} data-testid="meeting-mode" />
      </Form.Item>
      <Form.Item name="outcome" label={t('governance.meetings.fields.outcome')}>
        <Select options={MEETING_OUTCOMES.map((o) => ({ value: o, label: t(`governance.outcome.${o}`) }))} data-testid="meeting-outcome" />
      </Form.Item>
      <Form.Item name="reason" label={t('governance.meetings.fields.reason')} rules={outcome && outcome !== 'held_as_planned' ? [{ required: true, whitespace: true, message: t('validation.required') }] : []}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="meeting-reason" />
      </Form.Item>
    </FormModal>
  );
}

interface TDraftValues {
  title: string;
  texts: Partial<Record<TLanguage, string>>;
  rule?: 'simple' | 'two_thirds';
}

/** A draft decision, written in each official language of the body: for silence procedure or for a written vote. */
export function DraftModal({ orgId, body, onClose, kind }: Props & { kind: 'silence' | 'written_vote' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TDraftValues>();
  const silence = useNewSilence(orgId, body.id);
  const written = useNewWrittenVote(orgId, body.id);
  const mutation = kind === 'silence' ? silence : written;
  const errorMessage = useGovernanceErrorMessage();
  const clean = (texts: TDraftValues['texts']) => Object.fromEntries(Object.entries(texts ?? {}).filter(([, v]) => (v ?? '').trim()));
  async function submit() {
    const created =
      kind === 'silence'
        ? await submitForm(form, ZSilenceInput, t, (v: TDraftValues) => ({ title: v.title, texts: clean(v.texts) }), silence.mutateAsync)
        : await submitForm(form, ZWrittenVoteInput, t, (v: TDraftValues) => ({ title: v.title, texts: clean(v.texts), rule: { kind: 'majority_of_voting', majority: v.rule ?? 'simple' } }), written.mutateAsync);
    if (!created) return;
    void message.success(t(kind === 'silence' ? 'governance.procedures.drafted' : 'governance.procedures.opened'));
    onClose();
    void navigate(`/orgs/${orgId}/governance/procedures/${created.id}`);
  }
  return (
    <FormModal<TDraftValues>
      title={t(kind === 'silence' ? 'governance.procedures.newSilence' : 'governance.procedures.newVote')}
      intro={<p>{t(kind === 'silence' ? 'governance.procedures.silenceIntro' : 'governance.procedures.voteIntro')}</p>}
      okText={t(kind === 'silence' ? 'common.create' : 'governance.procedures.openVote')}
      onCancel={onClose}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      errorMessage={errorMessage}
      form={form}
      name={`new-${kind}`}
      initialValues={{ title: '', texts: {}, rule: 'simple' }}
      okButtonProps={{ 'data-testid': 'draft-submit' }}
    >
      <Form.Item name="title" label={t('governance.procedures.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="draft-title" maxLength={300} />
      </Form.Item>
      {body.officialLanguages.map((l) => (
        <Form.Item key={l} name={['texts', l]} label={t('governance.procedures.textIn', { language: t(`governance.language.${l}`) })}>
          <Input.TextArea rows={3} dir={l === 'ar' ? 'rtl' : 'ltr'} lang={l} data-testid={`draft-text-${l}`} />
        </Form.Item>
      ))}
      {kind === 'written_vote' && (
        <Form.Item name="rule" label={t('governance.procedures.fields.rule')}>
          <Select options={(['simple', 'two_thirds'] as const).map((r) => ({ value: r, label: t(`governance.rule.${r}`) }))} />
        </Form.Item>
      )}
    </FormModal>
  );
}
