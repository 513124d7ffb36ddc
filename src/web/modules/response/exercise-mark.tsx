import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The exercise watermark: a banner read by screen readers and a faint diagonal word across
 * the page, so no screenshot of a drill passes for a real crisis.
 */
export function ExerciseMark() {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="warning" showIcon title={t('response.exercise.banner')} data-testid="exercise-banner" style={{ marginBottom: 12 }} />
      <div
        aria-hidden
        style={{
          position: 'fixed',
          inset: 0,
          pointerEvents: 'none',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: 'min(18vw, 160px)',
          fontWeight: 700,
          color: 'rgba(135, 56, 0, 0.07)',
          transform: 'rotate(-30deg)',
          zIndex: 0,
          whiteSpace: 'nowrap',
          overflow: 'hidden',
        }}
      >
        {t('response.exercise.watermark')}
      </div>
    </>
  );
}
