import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useCollator } from './format.js';
import { rememberedOrgId, rememberOrgId } from './org-storage.js';
import { useOrgs } from './session.js';

/** Where to land in the newly chosen organization: the same section, never another org's plan. */
function sectionOf(pathname: string): string {
  const match = /^\/orgs\/[^/]+\/([^/]+)/.exec(pathname);
  return match?.[1] ? `/${match[1]}` : '';
}

export function OrgSwitcher({ block = false }: { block?: boolean }) {
  const { t } = useTranslation();
  const { orgId } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const orgs = useOrgs();
  const collator = useCollator();
  const options = useMemo(
    () =>
      [...(orgs.data?.items ?? [])]
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((org) => ({ value: org.id, label: org.name })),
    [orgs.data, collator],
  );
  const value = orgId ?? rememberedOrgId() ?? undefined;
  return (
    <Select
      data-testid="org-switcher"
      aria-label={t('shell.organization')}
      placeholder={t('shell.chooseOrganization')}
      loading={orgs.isLoading}
      value={options.some((o) => o.value === value) ? value : undefined}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={(id: string) => {
        rememberOrgId(id);
        navigate(`/orgs/${id}${sectionOf(pathname)}`);
      }}
      style={block ? { width: '100%' } : { minWidth: 200, maxWidth: 320 }}
      popupMatchSelectWidth={false}
    />
  );
}
