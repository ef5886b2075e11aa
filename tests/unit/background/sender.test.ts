import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../utils/background/sender';

const self = { id: 'source-lens@source-lens.dev', root: 'moz-extension://3f0c6a2e/' };

describe('who sent a message, as the browser reports it', () => {
  it('is a tab for our content script in a web page, with the frame it runs in', () => {
    expect(classifySender({ id: self.id, url: 'https://news.example/a', tab: { id: 4 }, frameId: 0 }, self)).toEqual({
      kind: 'tab',
      tabId: 4,
      frameId: 0,
      url: 'https://news.example/a',
    });
    expect(classifySender({ id: self.id, url: 'http://127.0.0.1:8642/story.html', tab: { id: 4 } }, self)).toMatchObject({
      kind: 'tab',
      frameId: 0,
    });
  });

  it('is an extension page for our popup, even when it is opened in a tab of its own', () => {
    expect(classifySender({ id: self.id, url: `${self.root}popup.html?tab=3` }, self)).toEqual({ kind: 'extension-page' });
    expect(classifySender({ id: self.id, url: `${self.root}popup.html?tab=3`, tab: { id: 9 } }, self)).toEqual({
      kind: 'extension-page',
    });
  });

  it('is unknown for another extension, whatever URL it reports', () => {
    expect(classifySender({ id: 'other@example', url: `${self.root}popup.html`, tab: { id: 1 } }, self)).toEqual({ kind: 'unknown' });
    expect(classifySender({ url: 'https://news.example/a', tab: { id: 1 } }, self)).toEqual({ kind: 'unknown' });
  });

  it('is unknown for a page of another extension whose origin merely starts like ours', () => {
    expect(classifySender({ id: self.id, url: 'moz-extension://3f0c6a2e-evil/popup.html' }, self)).toEqual({ kind: 'unknown' });
  });

  it('is unknown for documents content scripts never serve: file, data, about and blob URLs, or no tab at all', () => {
    for (const url of ['file:///etc/passwd', 'data:text/html,hi', 'about:blank', 'blob:https://news.example/1', 'javascript:alert(1)']) {
      expect(classifySender({ id: self.id, url, tab: { id: 2 } }, self), url).toEqual({ kind: 'unknown' });
    }
    expect(classifySender({ id: self.id, url: 'https://news.example/a' }, self)).toEqual({ kind: 'unknown' });
  });
});
