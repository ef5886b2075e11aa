// Test instrument: records every DOM change, so a test can prove the extension made none.
// It starts once the parser is done, so the page's own construction is not counted.
window.__mutations = [];
document.addEventListener('DOMContentLoaded', () => {
  new MutationObserver((records) => {
    for (const r of records) {
      window.__mutations.push(r.type + ' on ' + r.target.nodeName + (r.attributeName ? ' [' + r.attributeName + ']' : ''));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
});
