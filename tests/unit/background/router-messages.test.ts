import { describe, expect, it } from 'vitest';
import { RejectedMessage } from '../../../utils/background/router';
import type { PageAnalysis } from '../../../utils/match/types';
import { sampleReport } from '../../fixtures/sample-report';
import { fakeServices, STORY_URL, tab } from './fake-services';

const story: PageAnalysis = { decision: sampleReport.decision, quotes: sampleReport.quotes, figures: sampleReport.figures, dates: [] };

describe('the background and the interface languages', () => {
  it('hands the annotator the messages of the language the reader chose', async () => {
    const { router, log } = fakeServices(story);
    const reply = await router.handle({ type: 'i18n/messages', locale: 'de' }, tab());
    expect(reply).toEqual({ ui_locale: { message: 'de' }, sidebar_title: { message: '[de] Source Lens' } });
    expect(await router.handle({ type: 'i18n/messages', locale: 'zh-Hant' }, tab())).toMatchObject({ ui_locale: { message: 'zh-Hant' } });
    expect(log.messagesAsked).toEqual(['de', 'zh-Hant']);
  });

  it('answers on a site where Source Lens is switched off too', async () => {
    const { router } = fakeServices(story, { enabled: false, siteEnabled: false });
    expect(await router.handle({ type: 'i18n/messages', locale: 'ar' }, tab())).toMatchObject({ ui_locale: { message: 'ar' } });
  });

  it('asks for no language the interface does not speak, and for none from a frame', async () => {
    const { router, log } = fakeServices(story);
    for (const locale of ['xx', 'zh_CN', '../en', 'EN', 42, undefined]) {
      await expect(router.handle({ type: 'i18n/messages', locale }, tab()), String(locale)).rejects.toBeInstanceOf(RejectedMessage);
    }
    await expect(router.handle({ type: 'i18n/messages', locale: 'de' }, tab(STORY_URL, 3))).rejects.toBeInstanceOf(RejectedMessage);
    await expect(router.handle({ type: 'i18n/messages', locale: 'de' }, { kind: 'extension-page' })).rejects.toBeInstanceOf(RejectedMessage);
    expect(log.messagesAsked).toEqual([]);
  });
});
