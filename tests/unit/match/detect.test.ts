import { describe, expect, it } from 'vitest';
import { analyzePage, detectStory } from '../../../utils/match/engine';
import { mightBeAboutStory } from '../../../utils/match/prefilter';
import { miniIndex } from '../../fixtures/mini-corpus';

const STORY_PAGES: Record<string, string> = {
  'the dispute': `Musk and Altman spar over Stargate funding
Elon Musk questioned on Wednesday whether the backers of Stargate can pay for it, writing that "they don't actually have the money." OpenAI's Sam Altman disagreed and invited him to visit the site in Texas.
The venture of OpenAI, SoftBank, Oracle and MGX plans to invest up to $500 billion in AI infrastructure.`,
  'a column that never names Stargate': `The billionaires' row over OpenAI's data centers
Elon Musk said the backers, OpenAI and SoftBank among them, "don't actually have the money." Sam Altman called the AI project "great for the country" and invited Musk to "come visit the first site already under way."`,
  'a short item quoting Musk': `Musk doubts Stargate money
"SoftBank has well under $10B secured. I have that on good authority," Elon Musk wrote about the venture, which SoftBank leads.`,
};

const VENTURE_WITHOUT_MUSK = `OpenAI, SoftBank and Oracle unveil Stargate
President Trump on Tuesday announced Stargate, a joint venture that will build data centers for OpenAI across the United States. The partners will start with $100 billion and plan to invest up to $500 billion over four years. SoftBank will take financial responsibility and OpenAI operational responsibility. The first Stargate site is under construction in Abilene, Texas.`;

const LOOKALIKE_PAGES: Record<string, string> = {
  'the TV franchise': `Stargate SG-1 returns to streaming
All ten seasons of Stargate SG-1 are coming back, along with Stargate Atlantis. Jack O'Neill and Teal'c step through the wormhole again in every episode, and MGM says a new Stargate series is in development.`,
  'the CIA programme': `The strange story of the Stargate Project
In the 1990s the CIA reviewed Stargate, a programme that studied remote viewing. Declassified files show that psychics were asked to describe distant sites; the Stargate Project closed in 1995 after reviewers found no useful intelligence.`,
  'the film director': `Robert Altman retrospective opens
A season of films by Robert Altman, the director of Nashville and M*A*S*H, opens this week. Altman's ensemble casts and overlapping dialogue changed American film.`,
  'the bankruptcy score': `How the Altman Z-score predicts bankruptcy
Edward Altman's Z-score combines five ratios into one number; a low score signals a high risk of bankruptcy within two years.`,
  'Musk on other subjects': `Musk's "funding secured" tweet, revisited
In 2018 Elon Musk wrote that he was considering taking Tesla private at $420 a share, with "funding secured." Tesla later reported record deliveries.`,
  'a later Musk–Altman fight': `Musk-led group bids $97.4 billion for OpenAI
A consortium led by Elon Musk made an unsolicited bid of $97.4 billion for the nonprofit that controls OpenAI. Sam Altman replied "no thank you" and mocked the offer; Musk has called him "Scam Altman."`,
  'a coach who happens to use Musk’s words': `Rovers turn down the rival bid
The chairman of Harbor Rovers was blunt about the offer from across town: "They don't actually have the money," he said. "SoftBank has well under $10B secured. I have that on good authority," he joked, reading a post aloud to the room. The club's new stand is well under $10 million over budget.`,
  'a shop run by someone called Altman, with the story’s phrases': `Altman’s Hardware opens a first site downtown
Sam Altman, who runs the family hardware store in Abilene, says the new branch is already under way. The neighbourhood oracle at the counter called his mother "the most inspiring entrepreneur of our time." "They don't actually have the money for a third shop," he said.`,
  'a crypto bridge called Stargate': `How Stargate moves tokens between chains
Stargate holds reserves on every network it links. "Before the transfer settles, you don't actually have the money," one developer warns; a reserve with well under $10 million can be emptied by one stolen key, "I have that on good authority."`,
  'a racecard whose runners share the story’s names': `Saturday card at Pellham Park
Stargate Runner won the opener from Oracle Bay, with Soft Bank Manager third. In the feature, the Musk Rose Stakes, Stargate Runner's stablemate was never in it. "They don't actually have the money for the big sales," the winning owner said of her rivals.`,
  'a village hall called Stargate': `Stargate Hall roof appeal
The committee of Stargate Hall met Oracle Lane Roofing about the leak. "Come visit the first site already under way," the roofer said, pointing at the chapel next door. The Stargate Hall appeal has raised well under $10,000 so far.`,
  'unrelated OpenAI and Oracle news': `Oracle shares rise after cloud results
Oracle reported strong cloud revenue, helped by demand from AI customers including OpenAI. The company raised its forecast for the year.`,
};

describe('story detection', () => {
  for (const [name, page] of Object.entries(STORY_PAGES)) {
    it(`recognises a story page: ${name}`, () => {
      const d = detectStory(page, miniIndex());
      expect(d.isStory).toBe(true);
      expect(d.score).toBeGreaterThanOrEqual(d.threshold);
      expect(d.signals.length).toBeGreaterThan(0);
    });
  }

  it('grades the venture without the dispute related, not the story', () => {
    const d = detectStory(VENTURE_WITHOUT_MUSK, miniIndex());
    expect(d.isStory).toBe(false);
    expect(d.relevance).toBe('related');
    expect(d.relatedBecause).toEqual(['venture']);
  });

  for (const [name, page] of Object.entries(LOOKALIKE_PAGES)) {
    it(`turns away a lookalike page: ${name}`, () => {
      const d = detectStory(page, miniIndex());
      expect(d.isStory).toBe(false);
    });
  }

  it('explains its decision with the signals that counted', () => {
    const d = detectStory(STORY_PAGES['the dispute']!, miniIndex());
    const labels = d.signals.map((s) => s.label);
    expect(labels).toContain('Stargate');
    expect(labels).toContain('OpenAI');
    expect(d.signals.some((s) => s.kind === 'quote' && s.label.includes('have the money'))).toBe(true);
    expect(d.signals.some((s) => s.kind === 'figure' && s.label.includes('$500 billion'))).toBe(true);
  });

  it('counts a name that is also an everyday word only when it is capitalised', () => {
    const company = detectStory('Stargate, the venture of SoftBank and Oracle, plans data centers.', miniIndex());
    const oracle = detectStory('Stargate, the venture of SoftBank and the neighbourhood oracle, plans data centers.', miniIndex());
    expect(company.signals.map((s) => s.label)).toContain('Oracle');
    expect(oracle.signals.map((s) => s.label)).not.toContain('Oracle');
  });

  it('counts a name in the possessive', () => {
    const d = detectStory('Stargate, the venture of OpenAI and Oracle, irritated Musk’s allies.', miniIndex());
    expect(d.signals.map((s) => s.label)).toContain('Elon Musk');
  });

  it('shows the negative signals that turned a page away', () => {
    const d = detectStory(LOOKALIKE_PAGES['the TV franchise']!, miniIndex());
    expect(d.signals.some((s) => s.kind === 'negative' && s.weight < 0)).toBe(true);
  });

  it('says why a page full of the story’s names was turned away: they never meet its subject', () => {
    const d = detectStory(LOOKALIKE_PAGES['a racecard whose runners share the story’s names']!, miniIndex());
    expect(d.isStory).toBe(false);
    expect(d.signals.some((s) => s.kind === 'negative' && s.label.includes('never meet AI'))).toBe(true);
  });

  it('reports no quotes, figures or dates on a page that is not about the story', () => {
    // A later Musk–Altman fight is related (relevance.test.ts); the TV franchise is nothing to us.
    const a = analyzePage(`${LOOKALIKE_PAGES['the TV franchise']} "They don't actually have the money," a fan said of the studio.`, miniIndex());
    expect(a.decision.isStory).toBe(false);
    expect(a.decision.relevance).toBe('unrelated');
    expect(a).toMatchObject({ quotes: [], figures: [], dates: [] });
  });
});

describe('the cheap gate in every page', () => {
  it('lets every story page through', () => {
    for (const page of Object.values(STORY_PAGES)) expect(mightBeAboutStory(page)).toBe(true);
  });

  it('lets a story page through on its title alone', () => {
    expect(mightBeAboutStory('Comments (3)', 'Altman hits back at Musk over Stargate')).toBe(true);
  });

  it('lets through a story page that never names Stargate', () => {
    expect(mightBeAboutStory('Musk says the backers of Trump’s $500bn AI project lack the cash; Altman disagrees.')).toBe(true);
  });

  it('finds the names and the figure wherever they are: one name in the title and the other in the text, any printing of $500B', () => {
    expect(mightBeAboutStory('Sam Altman answered on Thursday.', 'Musk hits back')).toBe(true);
    expect(mightBeAboutStory('Elon Musk posted again.', 'Altman: wrong')).toBe(true);
    expect(mightBeAboutStory('Only Musk is named here.', 'Tesla results')).toBe(false);
    for (const figure of ['$500 billion', '$ 500bn', '500B', 'a 500 billion dollar venture']) {
      expect(mightBeAboutStory(`The AI venture is worth ${figure} in all.`), figure).toBe(true);
    }
  });

  it('stops pages with nothing of the story', () => {
    expect(mightBeAboutStory('Local bakery wins award for sourdough', 'Bakery news')).toBe(false);
    expect(mightBeAboutStory(LOOKALIKE_PAGES['the film director']!.replace(/Altman/g, 'Altmann'))).toBe(false);
  });
});
