/**
 * Three grades of relevance: the dispute itself is the story; the venture's later news and the two
 * men's other fights are related, and show only what the corpus can vouch for; everything else is
 * left alone.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../utils/match/engine';
import { miniIndex } from '../../fixtures/mini-corpus';

const STARGATE_UAE = `OpenAI takes Stargate to Abu Dhabi
OpenAI said on Thursday it will build a 1-gigawatt computing cluster in Abu Dhabi with G42, Oracle, Nvidia, Cisco and SoftBank, the first Stargate campus outside the United States. The project, called Stargate UAE, will bring its first 200 megawatts online in 2026 as part of a 5-gigawatt AI campus in the United Arab Emirates.
It takes its name from the American venture of OpenAI, SoftBank, Oracle and MGX, which plans to invest up to $500 billion in AI infrastructure over four years, starting with a site in Abilene, Texas. G42 did not say what the Abu Dhabi cluster would cost; analysts put the first phase at $20 billion.
The Abu Dhabi deal is the first under OpenAI for Countries. The UAE also committed to invest in data centers in the United States.`;

const DISPUTE_WITH_UAE_ASIDE = `Was Musk right about Stargate's money?
On January 22, the morning after Stargate was announced, Elon Musk wrote on X: "They don't actually have the money." He added: "SoftBank has well under $10B secured. I have that on good authority." Sam Altman answered: "wrong, as you surely know. want to come visit the first site already under way?"
The partners had promised $100 billion at once and up to $500 billion over four years. This week OpenAI also announced Stargate UAE, a 1-gigawatt cluster in Abu Dhabi, but the argument between Musk and Altman was about the American venture's money.`;

const TV_STARGATE = `Stargate SG-1 returns to streaming
All ten seasons of Stargate SG-1 are back, along with Stargate Atlantis. Jack O'Neill and Teal'c step through the wormhole again, and MGM says a new Stargate series is in development. "They don't actually have the money for a reboot," one fan complained.`;

const MUSK_BID = `Musk-led group offers $97.4 billion for OpenAI
A consortium led by Elon Musk made an unsolicited bid of $97.4 billion, almost $100 billion, for the nonprofit that controls OpenAI. Sam Altman replied "no thank you" and offered to buy Twitter instead. Musk's lawsuit against OpenAI and Altman goes to trial next year; a judge refused his injunction. Musk says OpenAI betrayed its nonprofit mission.`;

describe('relevance', () => {
  it('grades a Stargate UAE article related to the venture: no dates, only figures the corpus knows', () => {
    const page = analyzePage(STARGATE_UAE, miniIndex());
    expect(page.decision.relevance).toBe('related');
    expect(page.decision.isStory).toBe(false);
    expect(page.decision.relatedBecause).toEqual(['venture']);
    expect(page.decision.relatedCues).toContain('stargate-uae');
    expect(page.dates).toEqual([]);
    expect(page.figures.map((f) => f.figureId).sort()).toEqual(['fig.timeframe', 'fig.total-investment']);
    expect(page.figures.every((f) => f.figureId !== null && f.agreement === 'agrees')).toBe(true);
  });

  it('keeps a dispute article that also mentions Stargate UAE the story, with its dates', () => {
    const page = analyzePage(DISPUTE_WITH_UAE_ASIDE, miniIndex());
    expect(page.decision.relevance).toBe('story');
    expect(page.decision.isStory).toBe(true);
    expect(page.decision.relatedBecause).toBeUndefined();
    expect(page.quotes.map((q) => q.utteranceId)).toEqual(expect.arrayContaining(['musk.no-money', 'musk.softbank-10b', 'altman.wrong-reply']));
    expect(page.dates.map((d) => d.date)).toContain('2025-01-22');
  });

  it('leaves a page on the TV series Stargate unrelated and untouched', () => {
    const page = analyzePage(TV_STARGATE, miniIndex());
    expect(page.decision.relevance).toBe('unrelated');
    expect(page.decision.isStory).toBe(false);
    expect(page).toMatchObject({ quotes: [], figures: [], dates: [] });
  });

  it('grades the principals’ other fight related, without the venture’s figures a bid may resemble', () => {
    const page = analyzePage(MUSK_BID, miniIndex());
    expect(page.decision.relevance).toBe('related');
    expect(page.decision.relatedBecause).toEqual(['principals']);
    expect(page.decision.relatedCues).toEqual(expect.arrayContaining(['lawsuit', 'nonprofit']));
    expect(page.figures).toEqual([]);
  });

  it('shows the dispute’s quote where a related page prints it, but not a loose paraphrase', () => {
    const page = analyzePage(
      `${STARGATE_UAE}\nMusk, who said in January that the partners "don't actually have the money", was not at the ceremony. "The backers simply lack the cash," a critic repeated.`,
      miniIndex(),
    );
    expect(page.decision.relevance).toBe('related');
    expect(page.quotes.map((q) => [q.utteranceId, q.matchClass])).toEqual([['musk.no-money', 'fragment']]);
  });

  it('reads the grade in other languages from the packs’ cues', () => {
    const page = analyzePage(
      `OpenAI baut „Stargate UAE“ in Abu Dhabi
Der ChatGPT-Entwickler OpenAI baut mit dem Konzern G42 sowie Oracle, Nvidia und Softbank ein Rechenzentrum mit einem Gigawatt in den Vereinigten Arabischen Emiraten. Ein erster Abschnitt mit 200 Megawatt soll 2026 in Betrieb gehen. Der Name stammt vom US-Projekt Stargate, für das OpenAI, Softbank, Oracle und MGX in vier Jahren bis zu 500 Milliarden Dollar in KI-Infrastruktur investieren wollen. Der erste Standort entsteht in Abilene in Texas.`,
      miniIndex(),
    );
    expect(page.decision.relevance).toBe('related');
    expect(page.decision.relatedCues).toEqual(expect.arrayContaining(['stargate-uae', 'power-capacity']));
    expect(page.dates).toEqual([]);
  });
});
