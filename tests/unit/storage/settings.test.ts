import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isEnabledFor,
  normaliseHostname,
  parseSiteSettings,
  sidebarFor,
  withEnabled,
  withSidebar,
  withSiteEnabled,
} from '../../../utils/storage/settings';

describe('settings', () => {
  it('reads every site when nothing was switched off', () => {
    expect(isEnabledFor(DEFAULT_SETTINGS, 'news.example.com')).toBe(true);
  });

  it('leaves a site switched off alone, www or not, whatever the case', () => {
    const settings = withSiteEnabled(DEFAULT_SETTINGS, 'www.Example.com', false);
    expect(isEnabledFor(settings, 'example.com')).toBe(false);
    expect(isEnabledFor(settings, 'EXAMPLE.COM.')).toBe(false);
    expect(isEnabledFor(settings, 'other.example.com')).toBe(true);
  });

  it('reads no site at all when switched off globally, even a site switched on', () => {
    const settings = withEnabled(withSiteEnabled(DEFAULT_SETTINGS, 'example.com', true), false);
    expect(isEnabledFor(settings, 'example.com')).toBe(false);
  });

  it('remembers the sidebar per site, within a usable width', () => {
    const settings = withSidebar(DEFAULT_SETTINGS, 'example.com', { open: true, width: 12 });
    expect(sidebarFor(settings, 'example.com')).toEqual({ open: true, width: 240 });
    expect(sidebarFor(settings, 'elsewhere.org')).toEqual({ open: false, width: 360 });
    expect(withSiteEnabled(settings, 'example.com', false).sites['example.com']).toEqual({ sidebar: { open: true, width: 240 }, enabled: false });
  });

  it('ignores what is not a hostname and stored entries that do not fit', () => {
    expect(normaliseHostname('__proto__')).toBeNull();
    expect(normaliseHostname('[::1]')).toBe('[::1]');
    expect(withSiteEnabled(DEFAULT_SETTINGS, 'a b', false)).toBe(DEFAULT_SETTINGS);
    expect(parseSiteSettings({ enabled: 'no' })).toBeNull();
    expect(parseSiteSettings({ sidebar: { open: true, width: 1e9 } })).toEqual({ sidebar: { open: true, width: 720 } });
  });
});
