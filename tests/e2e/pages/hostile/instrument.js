// Test instrument shared by the hostile pages. It is the first script of each page, so it keeps
// its own copies of the DOM functions it needs before a page can replace or break them, and the
// test reads the page only through `window.__probe`.
(() => {
  const MO = window.MutationObserver;
  const call = Function.prototype.call.bind(Function.prototype.call);
  const closest = Element.prototype.closest;
  const qsa = Document.prototype.querySelectorAll;
  const rectOf = Element.prototype.getBoundingClientRect;
  const hasAttribute = Element.prototype.hasAttribute;
  const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const childNodes = getter(Node.prototype, 'childNodes');
  const nodeType = getter(Node.prototype, 'nodeType');
  const nodeName = getter(Node.prototype, 'nodeName');
  const parentElement = getter(Node.prototype, 'parentElement');
  const data = getter(CharacterData.prototype, 'data');
  const documentElement = getter(Document.prototype, 'documentElement');
  const body = getter(Document.prototype, 'body');
  const addEventListener = EventTarget.prototype.addEventListener;
  const startsWith = String.prototype.startsWith;
  const toUpperCase = String.prototype.toUpperCase;
  // No regular expressions: a page may have broken RegExp.prototype.exec.
  const ours = (el) => call(startsWith, call(toUpperCase, call(nodeName, el)), 'SOURCE-LENS-');

  /** Regions the page itself keeps changing (tickers, feeds) are marked data-page-owned. */
  const owned = (node) => {
    const el = call(nodeType, node) === 1 ? node : call(parentElement, node);
    return !!el && call(closest, el, '[data-page-owned]') !== null;
  };
  const skipped = (el) => call(hasAttribute, el, 'data-volatile');

  let mutations = '';
  call(addEventListener, document, 'DOMContentLoaded', () => {
    new MO((records) => {
      for (let i = 0; i < records.length; i++) {
        const r = records[i];
        if (owned(r.target)) continue;
        mutations += r.type + ' on ' + call(nodeName, r.target) + (r.attributeName ? ' [' + r.attributeName + ']' : '') + '\n';
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });

  /** Walks the page's own elements (never ours), with a path key that ignores our elements. */
  function walk(visit) {
    const step = (el, key) => {
      visit(el, key);
      const kids = call(childNodes, el);
      let n = 0;
      for (let i = 0; i < kids.length; i++) {
        const kid = kids[i];
        if (call(nodeType, kid) !== 1 || ours(kid) || skipped(kid)) continue;
        step(kid, key + '.' + n++);
      }
    };
    step(call(documentElement, document), '0');
  }

  window.__probe = {
    /** "path x y w h" lines (document coordinates) for every `stride`-th element of the page's own. */
    boxes(stride = 1) {
      let out = '';
      let i = 0;
      walk((el, key) => {
        if (i++ % stride !== 0) return;
        const r = call(rectOf, el);
        out += key + ' ' + call(nodeName, el) + ' ' + (r.left + scrollX) + ' ' + (r.top + scrollY) + ' ' + r.width + ' ' + r.height + '\n';
      });
      return out;
    },
    /** The body's text, skipping regions that change on their own. */
    text() {
      let out = '';
      const step = (node) => {
        const kids = call(childNodes, node);
        for (let i = 0; i < kids.length; i++) {
          const kid = kids[i];
          const type = call(nodeType, kid);
          if (type === 3) out += call(data, kid);
          else if (type === 1 && !skipped(kid)) step(kid);
        }
      };
      const b = call(body, document);
      if (b) step(b);
      return out;
    },
    count: (selector) => call(qsa, document, selector).length,
    mutations: () => mutations,
  };
})();
