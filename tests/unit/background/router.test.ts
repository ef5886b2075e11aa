import { describe, expect, it } from 'vitest';
import { RejectedMessage, type Sender } from '../../../utils/background/router';
import { MAX_PAGE_TEXT } from '../../../utils/messaging/protocol';
import type { PageAnalysis } from '../../../utils/match/types';
import { sampleReport } from '../../fixtures/sample-report';
import { fakeServices, STORY_URL, tab } from './fake-services';

const storyAnalysis: PageAnalysis = {
  decision: sampleReport.decision,
  quotes: sampleReport.quotes,
  figures: sampleReport.figures,
  dates: sampleReport.dates,
};
const notStory: PageAnalysis = {
  decision: { relevance: 'unrelated', isStory: false, score: 1, threshold: 4, signals: [{ kind: 'entity', label: 'Stargate', weight: 1 }] },
  quotes: [],
  figures: [],
  dates: [],
};

describe('the background', () => {
  it('injects the annotator into a candidate page’s top frame only', async () => {
    const { router, log } = fakeServices(storyAnalysis);
    expect(await router.handle({ type: 'page/candidate' }, tab())).toEqual({ injected: true });
    expect(await router.handle({ type: 'page/candidate' }, tab(STORY_URL, 3))).toEqual({ injected: false });
    expect(log.injected).toEqual([7]);
  });

  it('answers a story page with its report, remembers it for the popup and counts the highlights on the badge', async () => {
    const { router, states, log } = fakeServices(storyAnalysis);
    const reply = (await router.handle({ type: 'page/analyze', url: STORY_URL, title: 'T', text: 'page text' }, tab())) as {
      status: string;
    };
    expect(reply.status).toBe('story');
    expect(states.get(7)!.summary?.quoteCount).toBe(sampleReport.quotes.length);
    await router.handle({ type: 'page/highlighted', anchored: 11 }, tab());
    expect(log.badges).toEqual([11]);
    const state = states.get(7)!;
    expect(state.anchored).toBe(11);
    expect(await router.handle({ type: 'tab/state', tabId: 7 }, { kind: 'extension-page' })).toBe(state);
  });

  it('remembers the sidebar per site and hands it back with the next story page of that site', async () => {
    const { router } = fakeServices(storyAnalysis);
    await router.handle({ type: 'page/sidebar', open: true, width: 420 }, tab());
    const reply = (await router.handle({ type: 'page/analyze', url: `${STORY_URL}/other`, title: '', text: '' }, tab())) as {
      sidebar: unknown;
    };
    expect(reply.sidebar).toEqual({ open: true, width: 420 });
    const elsewhere = (await router.handle(
      { type: 'page/analyze', url: 'https://other.example/a', title: '', text: '' },
      tab('https://other.example/a'),
    )) as { sidebar: unknown };
    expect(elsewhere.sidebar).toEqual({ open: false, width: 360 });
  });

  it('keeps the decision of a page that is not about the story, with no badge', async () => {
    const { router, states, log } = fakeServices(notStory);
    const reply = await router.handle({ type: 'page/analyze', url: STORY_URL, title: 'T', text: 'x' }, tab());
    expect(reply).toEqual({ status: 'not-story', score: 1, threshold: 4 });
    expect(states.get(7)).toMatchObject({ report: null, decision: notStory.decision });
    expect(log.badges).toEqual([null]);
  });

  it('does nothing on a site the user switched off', async () => {
    const { router, log } = fakeServices(storyAnalysis, { enabled: true, siteEnabled: false });
    expect(await router.handle({ type: 'page/candidate' }, tab())).toEqual({ injected: false });
    expect(await router.handle({ type: 'page/analyze', url: STORY_URL, title: '', text: '' }, tab())).toEqual({
      status: 'disabled',
      reason: 'site',
    });
    expect(log.injected).toEqual([]);
  });

  it('takes the highlights out at once when the popup switches the site off, and puts them back when on', async () => {
    const { router, log } = fakeServices(storyAnalysis);
    const page: Sender = { kind: 'extension-page' };
    await router.handle({ type: 'settings/set-enabled', hostname: 'news.example', enabled: false, tabId: 7 }, page);
    expect(log.sent).toEqual([{ type: 'ui/remove' }]);
    await router.handle({ type: 'settings/set-enabled', hostname: 'news.example', enabled: true, tabId: 7 }, page);
    expect(log.injected).toEqual([7]);
  });

  it('guards a story page’s marks with user styles before answering, and a page that is not about the story gets none', async () => {
    const story = fakeServices(storyAnalysis);
    await story.router.handle({ type: 'page/analyze', url: STORY_URL, title: 'T', text: 'x' }, tab());
    expect(story.log.guarded).toEqual([7]);
    const other = fakeServices(notStory);
    await other.router.handle({ type: 'page/analyze', url: STORY_URL, title: 'T', text: 'x' }, tab());
    expect(other.log.guarded).toEqual([]);
  });

  it('never lets a content script act as an extension page, whatever its message claims', async () => {
    const { router, log } = fakeServices(storyAnalysis);
    for (const claim of [
      { type: 'settings/set-enabled', hostname: null, enabled: false, tabId: 7 },
      { type: 'tab/open-sidebar', tabId: 8 },
      { type: 'settings/get' },
    ]) {
      await expect(router.handle(claim, tab()), claim.type).rejects.toBeInstanceOf(RejectedMessage);
    }
    expect(await router.handle({ type: 'settings/get' }, { kind: 'extension-page' })).toEqual({ enabled: true, siteEnabled: true });
    expect(log.sent).toEqual([]);
  });

  it('acts on the sender’s own tab, never on a tab or frame a message names', async () => {
    const { router, states, log } = fakeServices(storyAnalysis);
    await router.handle({ type: 'page/analyze', url: STORY_URL, title: 'T', text: 'x' }, tab());
    await router.handle({ type: 'page/cleared', tabId: 8 }, { kind: 'tab', tabId: 9, frameId: 0, url: STORY_URL });
    expect(states.has(7)).toBe(true);
    await router.handle({ type: 'page/candidate', tabId: 8, frameId: 0 }, tab(STORY_URL, 2));
    expect(log.injected).toEqual([]);
  });

  it('turns away everything but a candidate from frames, which are never annotated', async () => {
    const { router, states } = fakeServices(storyAnalysis);
    const frame = tab(STORY_URL, 4);
    for (const message of [
      { type: 'page/analyze', url: STORY_URL, title: 'T', text: 'x' },
      { type: 'page/highlighted', anchored: 3 },
      { type: 'page/sidebar', open: true, width: 500 },
      { type: 'page/cleared' },
    ]) {
      await expect(router.handle(message, frame), message.type).rejects.toBeInstanceOf(RejectedMessage);
    }
    expect(states.size).toBe(0);
  });

  it('rejects page text over the limit and sidebar widths that are not numbers', async () => {
    const { router } = fakeServices(storyAnalysis);
    const huge = 'x'.repeat(MAX_PAGE_TEXT + 1);
    await expect(router.handle({ type: 'page/analyze', url: STORY_URL, title: '', text: huge }, tab())).rejects.toBeInstanceOf(RejectedMessage);
    for (const width of [Number.NaN, Number.POSITIVE_INFINITY, '420']) {
      await expect(router.handle({ type: 'page/sidebar', open: true, width }, tab())).rejects.toBeInstanceOf(RejectedMessage);
    }
  });

  it('rejects malformed messages and messages from unknown senders', async () => {
    const { router } = fakeServices(storyAnalysis);
    await expect(router.handle({ type: 'page/analyze', url: 5 }, tab())).rejects.toBeInstanceOf(RejectedMessage);
    await expect(router.handle({ type: 'tab/state', tabId: 7 }, tab())).rejects.toBeInstanceOf(RejectedMessage);
    await expect(router.handle({ type: 'page/candidate' }, { kind: 'unknown' })).rejects.toBeInstanceOf(RejectedMessage);
    await expect(router.handle({ type: 'tab/state', tabId: -1 }, { kind: 'extension-page' })).rejects.toBeInstanceOf(RejectedMessage);
  });
});
