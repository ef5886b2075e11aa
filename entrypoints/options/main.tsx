/**
 * The corpus manager, the extension's options page (opened in a tab). It uses the corpus store
 * directly and asks the background only for what the background holds: page drafts.
 */
import { browser } from 'wxt/browser';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../../components/download';
import { ManagerApp } from '../../components/manager/ManagerApp';
import type { ManagerServices } from '../../components/manager/types';
import { MANAGER_PAGE_CSS } from '../../components/styles';
import { adoptStyles } from '../../components/adopt-styles';
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

// A constructed sheet: the extension pages' policy refuses an inline <style> (it was dropped, and
// the manager shown unstyled).
adoptStyles(document, MANAGER_PAGE_CSS);
// Opened right after install, the store may not hold the curated corpus yet: wait for it.
void browser.runtime
  .sendMessage({ type: 'corpus/ready' })
  .catch(() => undefined)
  .then(() => render(<Manager />, document.getElementById('app')!));
