import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback.js';
import { usePageTitle } from '../../app/page-title.js';
import { useUnits } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { exportUrl, useBiaSettings } from './bia.api.js';
import { CampaignsTab } from './campaigns-tab.js';
import { DependenciesTab } from './dependencies-tab.js';
import { EffortTab } from './effort-tab.js';
import { GapsTab } from './gaps-tab.js';
import { ServicesTab } from './services-tab.js';
import { SettingsModal } from './settings-modal.js';
import { UnitBiaBar } from './unit-bia-bar.js';
import './bia.css';

const TABS = ['services', 'dependencies', 'gaps', 'campaigns', 'effort'] as const;

/** A unit's business impact analysis: state and approval, services, dependencies, gaps; campaigns and effort. */
export function BiaPage() {
  const { t, i18n } = useTranslation();
  const { orgId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const units = useUnits(orgId);
  const settings = useBiaSettings(orgId);
  const [editingSettings, setEditingSettings] = useState(false);
  usePageTitle(t('bia.title'));
  const unitId = params.get('unitId') ?? units.data?.items.find((u) => u.parentId === null)?.id;
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'services';
  const update = (next: { unitId?: string; tab?: string }) => {
    const out = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) if (v) out.set(k, v);
    setParams(out, { replace: true });
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 8 }}>
        <h1 className="page-title" style={{ marginBottom: 0 }}>
          {t('bia.title')}
        </h1>
        <Flex gap={8} wrap>
          {settings.data?.allowedActions.edit && (
            <Button icon={<SettingOutlined aria-hidden />} onClick={() => setEditingSettings(true)} data-testid="bia-settings">
              {t('bia.settings.title')}
            </Button>
          )}
          <Button icon={<DownloadOutlined aria-hidden />} href={exportUrl(orgId, unitId, i18n.language)} data-testid="bia-export">
            {t('bia.export')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Paragraph>{t('bia.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Form.Item label={t('bia.unit')} htmlFor="bia-unit" style={{ marginBottom: 12, maxWidth: 420 }}>
            <UnitSelect id="bia-unit" units={units.data?.items ?? []} value={unitId} onChange={(id) => update({ unitId: id })} data-testid="bia-unit" />
          </Form.Item>
        </Form>
        {unitId && <UnitBiaBar orgId={orgId} unitId={unitId} />}
      </Card>
      {settings.error && <ErrorAlert error={settings.error} />}
      {unitId && settings.data && (
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key })}
          items={[
            { key: 'services', label: t('bia.tabs.services'), children: <ServicesTab orgId={orgId} unitId={unitId} settings={settings.data.scale} /> },
            { key: 'dependencies', label: t('bia.tabs.dependencies'), children: <DependenciesTab orgId={orgId} unitId={unitId} /> },
            { key: 'gaps', label: t('bia.tabs.gaps'), children: <GapsTab orgId={orgId} unitId={unitId} /> },
            { key: 'campaigns', label: t('bia.tabs.campaigns'), children: <CampaignsTab orgId={orgId} unitId={unitId} units={units.data?.items ?? []} /> },
            { key: 'effort', label: t('bia.tabs.effort'), children: <EffortTab orgId={orgId} unitId={unitId} /> },
          ]}
        />
      )}
      {editingSettings && settings.data && <SettingsModal orgId={orgId} settings={settings.data.scale} onClose={() => setEditingSettings(false)} />}
    </>
  );
}
