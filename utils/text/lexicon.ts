/**
 * Word lists the normaliser and the distinctiveness weights rely on. All entries are in folded
 * form (lower case, no apostrophes), the way the tokenizer hashes words.
 */

/** Function words: they never seed a match on their own and weigh little in a quote. */
export const STOPWORDS = `a an the and or but if then so than that this these those there here
of in on at to for from by with about as into onto over under up down out off through
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
is am are was were be been being do does did done doing have has had having will would shall
should can could may might must not no nor dont doesnt didnt isnt arent wasnt werent wont
wouldnt cant couldnt shouldnt im ive id youre youve youll youd hes shes its were weve theyre
theyve theyll ill itll whats thats theres heres lets what which who whom whose when where why how
all any some each every both either neither such own same other another just also very too
more most much many few less least only even still yet again ever`.split(/\s+/);

/**
 * Frequent English words: they carry meaning but are too ordinary to make a phrase
 * distinctive ("great for the country", "leading expert", "almost immediately").
 */
export const COMMON_WORDS = `one two three four five first second new old good great big small
large long little high low best better well way time times year years day days week people man
men woman women thing things world country countries state states life part place case work
point number group company companies government business businesses fact money home hand
night area water question side kind head house service friend family power end member members
law car city community name president team minute idea kid body information back parent face
others level office door health person art war history party result change morning reason
research girl guy moment air teacher force education say says said get gets got make makes made
go goes went gone know knows knew known think thinks thought take takes took come comes came
see sees saw seen want wants wanted look looks looked use used find found give gave given tell
told call called try tried ask asked need needs feel felt become became leave left put mean
keep let begin seem help talk turn start show hear play run move like live believe hold bring
happen write provide sit stand lose pay meet include continue set learn lead leading understand
watch follow stop create speak read spend grow open walk win offer remember love consider appear
buy wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell
require report decide pull right real sure important public able true whole free full clear
hard late early major possible national social political local recent certain personal open
likely almost immediately really always never often sometimes already now then today
later soon probably perhaps maybe around before after since while during without again away
expert experts plan plans project deal news statement wrote added told according percent`.split(
  /\s+/,
);

/** Scale words after a number: "$10 billion", "10bn", "100k". */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
  t: 1e12,
};

/** Number words: the figure reader counts with them; before a scale word they make a number. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

/** Scale words that may stand apart from their number ("$10 B" is rare; "$10 billion" is not). */
export const SPACED_SCALE_WORDS = new Set(['thousand', 'million', 'mn', 'mln', 'billion', 'bn', 'trillion', 'tn']);

export const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'usd']);

/** Hyphenated prefixes that form one word with what follows ("co-founder" = "cofounder"). */
export const JOINING_PREFIXES = new Set(['co', 'non', 're', 'pre', 'anti', 'multi', 'e', 'de', 'un', 'mid', 'post', 'sub']);

/**
 * Closed compounds also printed open: the open form normalises to the closed one.
 * The index adds the corpus's own long words ("softbank") at build time.
 */
export const COMPOUNDS = `underway cofounder cofounders cofounded nonprofit nonprofits softbank
online website websites email healthcare datacenter datacenters chipmaking chipmaker
lifetime worldwide nationwide wunderkind longstanding breakthrough frontline superintelligence
startup startups timeline standoff spinoff takeover shutdown lawsuit lawsuits billionaire
billionaires counterclaim cannot`.split(/\s+/);
