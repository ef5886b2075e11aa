export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    const host = document.createElement('source-lens-ui');
    host.attachShadow({ mode: 'open' }).textContent = 'hello';
    document.documentElement.append(host);
  },
});
