/**
 * The toolbar popup: the summary of one tab against the corpus. `popup.html?tab=<id>` shows that
 * tab (the tests and the options page use it); without it, the active tab of this window.
 */
import { browser } from 'wxt/browser';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PopupSummary } from '../../components/PopupSummary';
import { POPUP_PAGE_CSS } from '../../components/styles';
import { adoptStyles } from '../../components/adopt-styles';
import { downloadText } from '../../components/download';
import type { AddPageReply, ExportAnnotationsReply, SettingsView, TabState } from '../../utils/messaging/protocol';
import { hostnameOf } from '../../utils/background/router';
import { I18nProvider, rootLanguage } from '../../components/i18n';
import { followReaderLanguage } from '../../components/i18n-load';
import type { Translator } from '../../utils/i18n/translator';
import { addPageFailureText, exportFailureText } from '../../components/problems';

async function resolveTab(): Promise<{ tabId: number | null; url: string | null }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) {
    const tabId = Number(param);
    if (!Number.isInteger(tabId) || tabId < 0) return { tabId: null, url: null };
    const tab = await browser.tabs.get(tabId).catch(() => null);
    return { tabId, url: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, url: tab?.url ?? null };
}

/** The background extracts the article and opens the manager on it; the popup has done its part. */
async function addPage(tr: Translator, tabId: number | null, say: (notice: string) => void): Promise<void> {
  if (tabId === null) return;
  say(tr.t('popup_reading_article'));
  const reply = (await browser.runtime.sendMessage({ type: 'tab/add-page', tabId })) as AddPageReply | { error: string };
  if ('ok' in reply && reply.ok) window.close();
  else say('ok' in reply ? addPageFailureText(tr, reply) : tr.t('popup_add_failed'));
}

async function exportHighlights(tr: Translator, tabId: number | null, say: (notice: string) => void): Promise<void> {
  if (tabId === null) return;
  const reply = (await browser.runtime.sendMessage({ type: 'tab/export-annotations', tabId })) as ExportAnnotationsReply | { error: string };
  if (!('ok' in reply) || !reply.ok) {
    say('ok' in reply ? exportFailureText(tr, reply) : tr.t('popup_export_failed'));
    return;
  }
  downloadText(reply.filename, reply.json, 'application/ld+json');
  say(tr.count('popup_exported', reply.count, [reply.filename]));
}

const STATE_POLLS = 12;
const STATE_POLL_MS = 400;

function Popup(props: { tr: Translator }) {
  const { tr } = props;
  const [tab, setTab] = useState<{ tabId: number | null; url: string | null } | null>(null);
  // undefined until the background answers: the popup says nothing rather than "not about the story" meanwhile.
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [settings, setSettings] = useState<SettingsView>({ enabled: true, siteEnabled: true });
  const [refresh, setRefresh] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const polls = useRef(0);

  useEffect(() => {
    void resolveTab().then(setTab);
  }, []);

  useEffect(() => {
    if (!tab) return;
    const hostname = tab.url ? hostnameOf(tab.url) : null;
    void browser.runtime
      .sendMessage({ type: 'settings/get', ...(hostname ? { hostname } : {}) })
      .then((s) => setSettings(s as SettingsView));
    if (tab.tabId === null) {
      setState(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    void browser.runtime
      .sendMessage({ type: 'tab/state', tabId: tab.tabId })
      .then((s) => {
        setState(s as TabState | null);
        // Opened while the page is still loading or being read: ask again for a few seconds, so the
        // verdict appears when the analysis lands instead of "not checked".
        if (s === null && polls.current < STATE_POLLS) {
          polls.current += 1;
          timer = setTimeout(() => setRefresh((n) => n + 1), STATE_POLL_MS);
        }
      })
      .catch(() => setState(null));
    return () => clearTimeout(timer);
  }, [tab, refresh]);

  if (!tab || state === undefined) return null;
  const hostname = tab.url ? hostnameOf(tab.url) : null;
  const setEnabled = async (host: string | null, enabled: boolean) => {
    await browser.runtime.sendMessage({
      type: 'settings/set-enabled',
      hostname: host,
      enabled,
      ...(tab.tabId !== null ? { tabId: tab.tabId } : {}),
    });
    // The tab is re-analysed when switched back on; give it a moment before asking again.
    setTimeout(() => setRefresh((n) => n + 1), 600);
  };

  return (
    <PopupSummary
      state={state}
      settings={settings}
      hostname={hostname}
      onOpenSidebar={() => {
        if (tab.tabId !== null) void browser.runtime.sendMessage({ type: 'tab/open-sidebar', tabId: tab.tabId });
        window.close();
      }}
      onSetSiteEnabled={(enabled) => void setEnabled(hostname, enabled)}
      onSetGlobalEnabled={(enabled) => void setEnabled(null, enabled)}
      onAddPage={() => void addPage(tr, tab.tabId, setNotice)}
      onOpenManager={() => void browser.runtime.openOptionsPage()}
      onExportHighlights={() => void exportHighlights(tr, tab.tabId, setNotice)}
      notice={notice}
    />
  );
}

function show(tr: Translator): void {
  const { lang, dir } = rootLanguage(tr);
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.title = tr.t('ext_name');
  render(
    <I18nProvider translator={tr}>
      <Popup key={tr.locale} tr={tr} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

adoptStyles(document, POPUP_PAGE_CSS);
void followReaderLanguage(show).latest().then(show);
