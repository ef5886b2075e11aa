/**
 * A large page that is not about the story, for the browser bench: a long news-site front page of
 * deterministic filler (sections, lists, a table, links), about `bytes` of HTML. Nothing in it may
 * pass the detector's gate, so what the bench measures on it is the cost every page pays.
 */
const WORDS = (
  'council budget river bridge library school garden harbour festival rainfall league concert ' +
  'museum bakery railway timetable farmers market bicycle lane theatre orchestra recipe weather ' +
  'forecast volunteers archive exhibition ferry tide lighthouse meadow orchard village square'
).split(' ');

function prose(seed: number, words: number): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < words; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += (i === 0 ? '' : i % 14 === 0 ? '. ' : ' ') + WORDS[s % WORDS.length];
  }
  return out.charAt(0).toUpperCase() + out.slice(1) + '.';
}

function section(n: number): string {
  const items = [1, 2, 3].map((k) => `<li><a href="#s${n}-${k}">${prose(n * 7 + k, 6)}</a></li>`).join('');
  const rows = [1, 2].map((k) => `<tr><th scope="row">${prose(n + k, 2)}</th><td>${(n * 37 + k) % 100}</td><td>${prose(n * 3 + k, 3)}</td></tr>`).join('');
  return (
    `<section id="s${n}"><h2>${prose(n, 5)}</h2>` +
    `<p class="standfirst"><em>${prose(n + 1, 18)}</em></p>` +
    `<p>${prose(n + 2, 60)} <a href="#s${n}">${prose(n + 3, 3)}</a> ${prose(n + 4, 40)}</p>` +
    `<ul>${items}</ul><table><tbody>${rows}</tbody></table></section>\n`
  );
}

export function bigUnrelatedPage(bytes = 2_000_000): string {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Riverside Daily: everything local</title>' +
    '<style>body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:0 auto;padding:0 1rem}table{border-collapse:collapse}td,th{padding:2px 6px}</style>' +
    '</head><body><header><nav><a href="/">Home</a> · <a href="#local">Local</a> · <a href="#sport">Sport</a></nav></header><main>';
  const tail = '</main><footer><p>The Riverside Daily (a page generated for the Source Lens bench)</p></footer></body></html>';
  let body = '';
  for (let n = 0; body.length + head.length + tail.length < bytes; n++) body += section(n);
  return head + body + tail;
}

const JA_WORDS = ('市議会 予算 河川 橋 図書館 学校 庭園 港 祭り 降水量 リーグ 演奏会 博物館 パン屋 鉄道 時刻表 農家 市場 ' +
  '自転車道 劇場 楽団 料理 天気 予報 ボランティア 資料館 展覧会 渡し船 潮 灯台 草原 果樹園 村 広場').split(' ');
const JA_PARTICLES = ['の', 'は', 'が', 'を', 'に', 'で', 'と', 'から'];

function japaneseProse(seed: number, words: number): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < words; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += JA_WORDS[s % JA_WORDS.length]! + (i % 9 === 8 ? 'した。' : JA_PARTICLES[(s >> 8) % JA_PARTICLES.length]!);
  }
  return out + '。';
}

/** The same front page in Japanese (UTF-16 two-byte text all through): the cost a Japanese reader pays on every page. */
export function bigJapaneseUnrelatedPage(bytes = 2_000_000): string {
  const head =
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>川辺日報：地域のすべて</title></head>' +
    '<body><header><nav><a href="/">ホーム</a> ・ <a href="#local">地域</a> ・ <a href="#sport">スポーツ</a></nav></header><main>';
  const tail = '</main><footer><p>川辺日報（Source Lens のベンチのために生成したページ）</p></footer></body></html>';
  let body = '';
  for (let n = 0; Buffer.byteLength(body) + 400 < bytes; n++) {
    const items = [1, 2, 3].map((k) => `<li><a href="#s${n}-${k}">${japaneseProse(n * 7 + k, 5)}</a></li>`).join('');
    body += `<section id="s${n}"><h2>${japaneseProse(n, 4)}</h2><p>${japaneseProse(n + 2, 60)}</p><ul>${items}</ul></section>\n`;
  }
  return head + body + tail;
}
