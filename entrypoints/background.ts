export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = msg as { type?: string };
    if (m?.type === 'page/candidate' && sender.tab?.id != null) {
      const tabId = sender.tab.id;
      if (import.meta.env.MANIFEST_VERSION === 3) {
        return browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/annotator.js'] }).then(() => true);
      }
      return browser.tabs.executeScript(tabId, { file: '/content-scripts/annotator.js' }).then(() => true);
    }
    return undefined;
  });
});
