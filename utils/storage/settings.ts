/**
 * The user's switches, as a plain value: on or off everywhere, on or off per site, and the
 * sidebar's state per site. Pure functions; the store persists the value.
 */
import * as v from 'valibot';

export const SIDEBAR_WIDTH = { min: 240, max: 720, initial: 360 } as const;

export interface SidebarState {
  open: boolean;
  /** CSS pixels. */
  width: number;
}

export interface SiteSettings {
  /** Absent: follows the global switch. */
  enabled?: boolean;
  sidebar?: SidebarState;
}

export interface Settings {
  /** The global switch: when off, no page is read or annotated. */
  enabled: boolean;
  /** By normalised hostname (see normaliseHostname). */
  sites: Record<string, SiteSettings>;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, sites: {} };
export const DEFAULT_SIDEBAR: SidebarState = { open: false, width: SIDEBAR_WIDTH.initial };

const SidebarStateSchema = v.object({ open: v.boolean(), width: v.pipe(v.number(), v.finite()) });
const SiteSettingsSchema = v.object({
  enabled: v.optional(v.boolean()),
  sidebar: v.optional(SidebarStateSchema),
});

/**
 * The key a site's settings live under: lower case, no trailing dot, no leading "www." (the
 * user thinks of www.example.com and example.com as one site); null for what is not a hostname.
 */
export function normaliseHostname(hostname: string): string | null {
  let host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  if (host.length === 0 || host.length > 253) return null;
  // Letters, digits, dots and hyphens (punycode included), or an IPv6 literal in brackets.
  if (!/^[a-z0-9.-]+$/.test(host) && !/^\[[0-9a-f:.]+\]$/.test(host)) return null;
  return host;
}

/** Reads a stored site entry, dropping what does not fit (a corrupt entry must not break a page). */
export function parseSiteSettings(value: unknown): SiteSettings | null {
  const parsed = v.safeParse(SiteSettingsSchema, value);
  if (!parsed.success) return null;
  const site: SiteSettings = {};
  if (parsed.output.enabled !== undefined) site.enabled = parsed.output.enabled;
  if (parsed.output.sidebar !== undefined) site.sidebar = { ...parsed.output.sidebar, width: clampSidebarWidth(parsed.output.sidebar.width) };
  return site;
}

/** Narrower than 240 px the sidebar is unreadable; wider than 720 px it hides the article. */
export function clampSidebarWidth(width: number): number {
  if (!Number.isFinite(width)) return SIDEBAR_WIDTH.initial;
  return Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, width)));
}

/** The settings of one site; empty when it has none or the hostname is not one. */
export function siteSettingsFor(settings: Settings, hostname: string): SiteSettings {
  const host = normaliseHostname(hostname);
  if (host === null || !Object.hasOwn(settings.sites, host)) return {};
  return settings.sites[host] ?? {};
}

/** Whether the extension reads pages of `hostname`: the global switch, then the site's. */
export function isEnabledFor(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  return siteSettingsFor(settings, hostname).enabled !== false;
}

export function sidebarFor(settings: Settings, hostname: string): SidebarState {
  return siteSettingsFor(settings, hostname).sidebar ?? DEFAULT_SIDEBAR;
}

export function withEnabled(settings: Settings, enabled: boolean): Settings {
  return { ...settings, enabled };
}

/** The settings with one site's entry changed; unchanged when the hostname is not one. */
export function withSite(settings: Settings, hostname: string, change: SiteSettings): Settings {
  const host = normaliseHostname(hostname);
  if (host === null) return settings;
  const merged = { ...siteSettingsFor(settings, host), ...change };
  if (merged.sidebar !== undefined) merged.sidebar = { ...merged.sidebar, width: clampSidebarWidth(merged.sidebar.width) };
  return { ...settings, sites: { ...settings.sites, [host]: merged } };
}

export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  return withSite(settings, hostname, { enabled });
}

export function withSidebar(settings: Settings, hostname: string, sidebar: SidebarState): Settings {
  return withSite(settings, hostname, { sidebar });
}
