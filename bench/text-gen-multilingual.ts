/**
 * A multilingual page for the benchmark, generated here: Japanese filler (local news that is not
 * the story), Japanese story paragraphs that quote Musk and Altman in translation and print the
 * figures in Japanese formats, and English stretches from the English generator. The translated
 * quotes planted are returned with their ranges, so recall can be measured.
 */
import type { Corpus } from '../utils/corpus/schema';
import { seededRandom, type Rng } from '../tests/support/seeded-random';
import { buildPage, type Planted } from './text-gen';

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

const SUBJECTS = ['市議会は', '地元の農家は', '県立美術館は', '新しいパン屋は', '教育委員会は', '通勤客は', '気象台は', 'サッカークラブは', '町内会は', '図書館は'];
const OBJECTS = ['自転車道の新設計画を', '秋の収穫祭の日程を', '古い橋の塗り替え案を', '春の調査結果を', '週末の開館時間の延長を', '庁舎の屋根の修理費を', '夏のコンサートの予定を', '市場周辺の駐車規則を'];
const VERBS = ['検討した。', '延期した。', '歓迎した。', '批判した。', '承認した。', '発表した。'];
const TAILS = ['月曜夜の長い会議の後、', '大雨の中、', '住民の要望を受けて、', '地元紙の取材に対し、', ''];

function filler(rng: Rng): string {
  const n = 3 + Math.floor(rng() * 4);
  let out = '';
  for (let i = 0; i < n; i++) out += pick(rng, TAILS) + pick(rng, SUBJECTS) + pick(rng, OBJECTS) + pick(rng, VERBS);
  return out;
}

/** Story paragraphs: each quotation with the utterance it translates. */
const STORY: Array<{ text: string; quotes: Array<[string, string]> }> = [
  {
    text: 'イーロン・マスク氏はXに「彼らは実際には資金を持っていない」と投稿し、OpenAIとソフトバンクのスターゲート計画を批判した。',
    quotes: [['彼らは実際には資金を持っていない', 'musk.no-money']],
  },
  {
    text: 'マスク氏はさらに「ソフトバンクが確保しているのは100億ドルを大きく下回る。確かな筋から聞いた」と書き込んだ。計画は最大5000億ドルで、10万人の雇用を生むという。',
    quotes: [['ソフトバンクが確保しているのは100億ドルを大きく下回る。確かな筋から聞いた', 'musk.softbank-10b']],
  },
  {
    text: 'サム・アルトマン氏は「間違いだ、君も分かっているはずだ。すでに工事が始まっている最初の拠点を見に来ないか」と反論した。',
    quotes: [['間違いだ、君も分かっているはずだ。すでに工事が始まっている最初の拠点を見に来ないか', 'altman.wrong-reply']],
  },
];

export function buildMultilingualPage(bytes: number, corpus: Corpus, seed: number): { text: string; planted: Planted[] } {
  const rng = seededRandom(seed);
  const english = buildPage(Math.max(20_000, Math.floor(bytes / 10)), corpus, seed + 1).text.split('\n');
  const parts: string[] = [];
  const planted: Planted[] = [];
  let length = 0;
  let e = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length + 1;
  };
  // The page opens in Japanese, as a Japanese outlet's page does.
  for (let i = 0; i < 5; i++) push(filler(rng));
  while (length < bytes) {
    const r = rng();
    if (r < 0.08) {
      const story = pick(rng, STORY);
      for (const [quote, utteranceId] of story.quotes) {
        const at = length + story.text.indexOf(quote);
        planted.push({ utteranceId, kind: 'reworded', start: at, end: at + quote.length });
      }
      push(story.text);
    } else if (r < 0.2) push(english[e++ % english.length]!);
    else push(filler(rng));
  }
  return { text: parts.join('\n'), planted };
}
