/**
 * The corpus manager, the extension's options page (opened in a tab). It uses the corpus store
 * directly and asks the background only for what the background holds: page drafts. It speaks
 * the reader's language, and changes language at once when the reader picks another.
 */
import { browser } from 'wxt/browser';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../../components/download';
import { I18nProvider } from '../../components/i18n';
import { browserTranslator, followReaderLanguage, readUiLanguage, writeUiLanguage } from '../../components/i18n-load';
import { ManagerApp } from '../../components/manager/ManagerApp';
import type { ManagerServices } from '../../components/manager/types';
import { MANAGER_PAGE_CSS } from '../../components/styles';
import { adoptStyles } from '../../components/adopt-styles';
import type { Translator } from '../../utils/i18n/translator';
import type { DraftReply } from '../../utils/messaging/protocol';
import { parseRoute, routeHash, type Route } from '../../utils/manager/routes';
import { CorpusStore } from '../../utils/storage/corpus-store';

const services: ManagerServices = {
  store: new CorpusStore(),
  corpusChanged: () => void browser.runtime.sendMessage({ type: 'corpus/changed' }).catch(() => undefined),
  loadDraft: async (draftId) => ((await browser.runtime.sendMessage({ type: 'draft/get', draftId }).catch(() => null)) as DraftReply) ?? null,
  discardDraft: async (draftId) => {
    await browser.runtime.sendMessage({ type: 'draft/discard', draftId }).catch(() => undefined);
  },
  download: downloadText,
  now: () => new Date(),
  uiLanguage: {
    get: readUiLanguage,
    set: writeUiLanguage,
    browserDefault: () => browserTranslator().locale,
  },
};

function Manager() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = (next: Route) => {
    if (routeHash(next) !== location.hash) location.hash = routeHash(next);
    setRoute(next);
  };
  return <ManagerApp services={services} route={route} onNavigate={navigate} />;
}

const app = document.getElementById('app')!;

/** The page in one language: its root's language and direction, its title, and the manager. */
function show(tr: Translator): void {
  document.documentElement.lang = tr.locale;
  document.documentElement.dir = tr.dir;
  document.title = tr.t('manager_page_title');
  // The same tree each time: the manager keeps its state (the view, a page being added).
  render(
    <I18nProvider translator={tr}>
      <Manager />
    </I18nProvider>,
    app,
  );
}

// A constructed sheet: the extension pages' policy refuses an inline <style> (it was dropped, and
// the manager shown unstyled).
adoptStyles(document, MANAGER_PAGE_CSS);
// The reader picked another language, here or in another tab: the manager follows at once.
let ready = false;
const language = followReaderLanguage((tr) => {
  if (ready) show(tr);
});
// Opened right after install, the store may not hold the curated corpus yet: wait for it.
void browser.runtime
  .sendMessage({ type: 'corpus/ready' })
  .catch(() => undefined)
  .then(() => language.latest())
  .then((tr) => {
    ready = true;
    show(tr);
  });
