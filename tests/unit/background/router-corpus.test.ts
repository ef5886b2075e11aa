import { describe, expect, it } from 'vitest';
import { RejectedMessage, type Sender } from '../../../utils/background/router';
import type { ExtractedArticle } from '../../../utils/extract/article';
import type { PageAnalysis } from '../../../utils/match/types';
import { sampleReport } from '../../fixtures/sample-report';
import { fakeServices, STORY_URL, tab } from './fake-services';

const page: Sender = { kind: 'extension-page' };
const story: PageAnalysis = { decision: sampleReport.decision, quotes: sampleReport.quotes, figures: sampleReport.figures, dates: [] };
const ON = { enabled: true, siteEnabled: true };
const article: ExtractedArticle = {
  url: STORY_URL,
  title: 'Musk questions Stargate’s money',
  byline: 'A. Writer',
  siteName: 'News Example',
  publishedTime: '2025-01-23T10:00:00Z',
  language: 'en',
  text: '“They don’t actually have the money,” Musk wrote.',
};

describe('the background and the corpus manager', () => {
  it('drops its cached index when the manager says the corpus changed', async () => {
    const { router, log } = fakeServices(story);
    expect(await router.handle({ type: 'corpus/changed' }, page)).toEqual({ ok: true });
    expect(log.invalidated).toBe(1);
  });

  it('answers the opening manager only once the corpus is loaded (and so installed)', async () => {
    const { router, log } = fakeServices(story);
    expect(await router.handle({ type: 'corpus/ready' }, page)).toEqual({ ok: true });
    expect(log.corpusLoads).toBe(1);
  });

  it('turns the tab’s article into a draft and opens the manager’s add view on it', async () => {
    const { router, log, drafts } = fakeServices(story, ON, { extracted: article });
    expect(await router.handle({ type: 'tab/add-page', tabId: 7 }, page)).toEqual({ ok: true, draftId: 'draft-1' });
    expect(log.opened).toEqual(['#/add?draft=draft-1']);
    expect(drafts.get('draft-1')).toEqual(article);
    expect(await router.handle({ type: 'draft/get', draftId: 'draft-1' }, page)).toEqual(article);
    await router.handle({ type: 'draft/discard', draftId: 'draft-1' }, page);
    expect(await router.handle({ type: 'draft/get', draftId: 'draft-1' }, page)).toBeNull();
  });

  it('does the same for the sidebar’s button, from the page’s top frame only', async () => {
    const { router, log } = fakeServices(story, ON, { extracted: article });
    expect(await router.handle({ type: 'page/add-to-corpus' }, tab())).toEqual({ ok: true, draftId: 'draft-1' });
    await expect(router.handle({ type: 'page/add-to-corpus' }, tab(STORY_URL, 2))).rejects.toBeInstanceOf(RejectedMessage);
    expect(log.opened).toEqual(['#/add?draft=draft-1']);
  });

  it('says why nothing was added: no article, a malformed one, or a page it cannot script', async () => {
    for (const [extracted, words, code] of [
      [null, /found no article/, 'no_article'],
      [{ ...article, text: '' }, /found no article/, 'no_article'],
      [{ ...article, url: 42 }, /found no article/, 'no_article'],
      [() => undefined, /cannot read this page/, 'cannot_read'],
    ] as const) {
      const { router, log } = fakeServices(story, ON, { extracted });
      const reply = (await router.handle({ type: 'tab/add-page', tabId: 7 }, page)) as { ok: boolean; code: string; message: string };
      expect(reply.ok).toBe(false);
      expect(reply.message).toMatch(words);
      expect(reply.code).toBe(code);
      expect(log.opened).toEqual([]);
    }
  });

  it('asks the tab’s annotator for its highlights as Web Annotations and names the file after the site', async () => {
    const json = '{"type":"AnnotationCollection"}';
    const { router, log } = fakeServices(story, ON, { answer: () => ({ json, count: 3 }) });
    await router.handle({ type: 'page/analyze', url: STORY_URL, title: 'T', text: 'x' }, tab());
    const reply = await router.handle({ type: 'tab/export-annotations', tabId: 7 }, page);
    expect(log.sent).toEqual([{ type: 'ui/export-annotations' }]);
    expect(reply).toEqual({ ok: true, json, count: 3, filename: 'source-lens-highlights-news.example-2025-01-24.jsonld' });
  });

  it('has nothing to export from a tab without an annotator or without highlights', async () => {
    for (const answer of [() => undefined, () => ({ json: '{}', count: 0 }), () => ({ nope: true })]) {
      const { router } = fakeServices(story, ON, { answer });
      const reply = (await router.handle({ type: 'tab/export-annotations', tabId: 7 }, page)) as { ok: boolean; message: string };
      expect(reply).toEqual({ ok: false, code: 'no_highlights', message: expect.stringMatching(/no highlights to export/) });
    }
  });

  it('refuses draft ids that are not ours and these messages from a content script', async () => {
    const { router } = fakeServices(story);
    await expect(router.handle({ type: 'draft/get', draftId: '../x' }, page)).rejects.toBeInstanceOf(RejectedMessage);
    await expect(router.handle({ type: 'corpus/changed' }, tab())).rejects.toBeInstanceOf(RejectedMessage);
    await expect(router.handle({ type: 'tab/add-page', tabId: 7 }, tab())).rejects.toBeInstanceOf(RejectedMessage);
  });
});
