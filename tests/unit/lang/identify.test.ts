/** The page's language is told from its own text, whatever its markup says. */
import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../../utils/lang/identify';
import { languagePacks } from '../../../utils/lang/packs';

const guess = (text: string) => identifyLanguage(text, languagePacks()).language;

describe('identifyLanguage', () => {
  it.each([
    ['en', 'Musk said on Wednesday that the partners do not have the money, and Altman replied that he was wrong.'],
    ['de', 'Musk schrieb am Mittwoch, dass die Partner das Geld nicht hätten, und Altman antwortete, er irre sich.'],
    ['es', 'Musk escribió el miércoles que los socios no tienen el dinero y Altman le respondió que se equivocaba.'],
    ['pt', 'Musk escreveu na quarta-feira que os parceiros não têm o dinheiro, e Altman respondeu que ele estava errado.'],
    ['fr', 'Musk a écrit mercredi que les partenaires n’avaient pas l’argent, et Altman lui a répondu qu’il se trompait.'],
    ['it', 'Musk ha scritto mercoledì che i partner non hanno i soldi e Altman gli ha risposto che si sbagliava.'],
    ['nl', 'Musk schreef woensdag dat de partners het geld niet hebben, en Altman antwoordde dat hij zich vergiste.'],
    ['pl', 'Musk napisał w środę, że partnerzy nie mają pieniędzy, a Altman odpowiedział, że się myli.'],
    ['tr', 'Musk çarşamba günü ortakların parası olmadığını yazdı, Altman ise onun yanıldığını söyledi.'],
    ['ru', 'Маск написал в среду, что у партнёров нет денег, а Альтман ответил, что он ошибается.'],
    ['uk', 'Маск написав у середу, що партнери не мають грошей, а Альтман відповів, що він помиляється.'],
    ['ar', 'كتب ماسك يوم الأربعاء أن الشركاء لا يملكون المال، ورد ألتمان بأنه مخطئ.'],
    ['hi', 'मस्क ने बुधवार को लिखा कि साझेदारों के पास पैसा नहीं है, और ऑल्टमैन ने जवाब दिया कि वह गलत हैं।'],
    ['ja', 'マスク氏は水曜日、パートナーには資金がないと投稿し、アルトマン氏は間違いだと反論した。'],
    ['ko', '머스크는 수요일 파트너들에게 돈이 없다고 썼고, 올트먼은 그가 틀렸다고 반박했다.'],
    ['zh-Hans', '马斯克周三写道，这些合作伙伴根本没有这笔钱，奥特曼回应说他说错了，这个说法不对。'],
    ['zh-Hant', '馬斯克週三寫道，這些合作夥伴根本沒有這筆錢，奧特曼回應說他說錯了，這個說法不對。'],
  ])('%s', (language, text) => {
    expect(guess(text)).toBe(language);
  });
});
