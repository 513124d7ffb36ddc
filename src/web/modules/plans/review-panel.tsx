import { App, Button, Card, Empty, Flex, Form, Input, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlanView } from '../../../domain/contract/plans.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { usePlanTransition, type TPlanTransitionAction } from './plans.api.js';
import { QualityPanel } from './quality-panel.js';

const REVIEW_COLORS = { submit: 'blue', return: 'red', approve: 'green' } as const;

export function ReviewPanel({ orgId, plan }: { orgId: string; plan: TPlanView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDate = useFormatDate();
  const transition = usePlanTransition(orgId, plan.id);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [pending, setPending] = useState<TPlanTransitionAction | null>(null);
  const { submit, return: canReturn, approve } = plan.allowedActions;
  const canAct = submit || canReturn || approve;
  // The server refuses to submit a plan with empty sections; say so before the click, not after.
  const blockedByQuality = plan.incompleteSections.length > 0;

  async function act(action: TPlanTransitionAction) {
    if (action === 'return' && !comment.trim()) {
      setCommentError(t('review.returnNeedsComment'));
      return;
    }
    setCommentError(null);
    setPending(action);
    try {
      await transition.mutateAsync({ action, comment: comment.trim() });
      setComment('');
      void message.success(t(`review.done.${action}`));
    } catch {
      // Shown through transition.error.
    } finally {
      setPending(null);
    }
  }

  const reviews = [...plan.reviews].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <Flex vertical gap={16}>
      {/* The same checks for the author before submitting and for the reviewer beside their judgement. */}
      <QualityPanel quality={plan.quality} />
      {canAct ? (
        <Card title={<h2 className="card-title">{t('review.actionsTitle')}</h2>}>
          {submit && blockedByQuality && (
            <Typography.Paragraph type="warning" id="submit-blocked">
              {t('review.incompleteWarning')}
            </Typography.Paragraph>
          )}
          <Form layout="vertical">
            <Form.Item
              label={canReturn ? t('review.commentRequiredToReturn') : t('review.comment')}
              extra={canReturn || approve ? t('planning.judgementHint') : undefined}
              htmlFor="review-comment"
              validateStatus={commentError ? 'error' : undefined}
              help={commentError ?? undefined}
            >
              <Input.TextArea
                id="review-comment"
                data-testid="review-comment"
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={5000}
              />
            </Form.Item>
          </Form>
          {transition.error && <ErrorAlert error={transition.error} />}
          <Flex gap={12} wrap style={{ marginTop: 12 }}>
            {submit && (
              <Button
                type="primary"
                data-testid="submit-button"
                loading={pending === 'submit'}
                disabled={pending !== null || blockedByQuality}
                aria-describedby={blockedByQuality ? 'submit-blocked' : undefined}
                onClick={() => void act('submit')}
              >
                {t('review.submit')}
              </Button>
            )}
            {approve && (
              <Button type="primary" data-testid="approve-button" loading={pending === 'approve'} disabled={pending !== null} onClick={() => void act('approve')}>
                {t('review.approve')}
              </Button>
            )}
            {canReturn && (
              <Button danger data-testid="return-button" loading={pending === 'return'} disabled={pending !== null} onClick={() => void act('return')}>
                {t('review.return')}
              </Button>
            )}
          </Flex>
        </Card>
      ) : (
        <Typography.Paragraph>{t(`review.noActions.${plan.state}`)}</Typography.Paragraph>
      )}
      <Card title={<h2 className="card-title">{t('review.historyTitle')}</h2>}>
        {reviews.length === 0 ? (
          <Empty description={t('review.empty')} />
        ) : (
          <Timeline
            items={reviews.map((entry, index) => ({
              key: `${entry.at}-${index}`,
              color: REVIEW_COLORS[entry.action],
              content: (
                <div>
                  <Typography.Text strong>
                    {t(`review.entry.${entry.action}`, { name: entry.actorName, version: entry.versionNumber })}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary">{formatDate(entry.at)}</Typography.Text>
                  </div>
                  {entry.comment && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{entry.comment}</Typography.Paragraph>}
                </div>
              ),
            }))}
          />
        )}
      </Card>
    </Flex>
  );
}
