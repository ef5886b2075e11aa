export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const text = document.body?.textContent ?? '';
    if (/stargate/i.test(text)) void browser.runtime.sendMessage({ type: 'page/candidate' });
  },
});
