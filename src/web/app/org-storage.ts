const KEY = 'orms.orgId';

/** The organization last chosen in the switcher, so the next visit opens on it. */
export function rememberedOrgId(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberOrgId(orgId: string): void {
  try {
    window.localStorage.setItem(KEY, orgId);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}
