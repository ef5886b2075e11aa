/**
 * Who sent a runtime message, from what the browser itself says about the sender (never from the
 * message): a content script in a web page's tab, one of the extension's own pages, or anyone
 * else. Pure, so every case is tested in Node.
 */
import type { Sender } from './router';

/** The parts of runtime.MessageSender this decision reads; the browser fills them in. */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface ExtensionIdentity {
  /** runtime.id */
  id: string;
  /** runtime.getURL('/'): "chrome-extension://<id>/" or "moz-extension://<uuid>/" */
  root: string;
}

export function classifySender(sender: MessageSenderInfo, self: ExtensionIdentity): Sender {
  // Another extension (or a page through externally_connectable) is never trusted.
  if (sender.id !== self.id) return { kind: 'unknown' };
  const url = sender.url ?? '';
  // Our own pages first: the popup opened in a tab has a tab too, but its URL is ours.
  if (url.startsWith(self.root)) return { kind: 'extension-page' };
  // Content scripts run only in web pages; anything else (file:, data:, about:) is not ours to serve.
  if (sender.tab?.id !== undefined && /^https?:\/\//i.test(url)) {
    return { kind: 'tab', tabId: sender.tab.id, frameId: sender.frameId ?? 0, url };
  }
  return { kind: 'unknown' };
}
