/**
 * British → American spellings, so "realise" and "realize", "fuelling" and "fueling" compare
 * equal. Built from stems and their inflections rather than a blind suffix rule, which would
 * wreck "promise", "advertise", "otherwise" or "franchise".
 */

/** Stems that take -ise/-ize and their inflections (-ised, -ising, -isation…). */
const IZE_STEMS = `real organ recogn emphas critic apolog author capital categor character civil final
global harmon ideal industrial reindustrial legal maxim memor minim mobil modern monopol normal optim
patron polar popular priorit privat public revolution scrutin special standard stabil subsid
summar symbol sympath util visual central digit commercial econom energ fertil hospital jeopard
material moral national neutral rational synchron weapon militar sanit agon terror familiar
equal urban radical dramat monet crystal local vocal destabil decentral democrat human incentiv
legitim marginal normal penal personal polar regular social stigmat theor trivial
vapor formal fantas galvan italic journal liberal magnet mechan mesmer organ ostrac patron
philosoph plagiar pressur random sensit serial steril tantal vandal vital`.split(
  /\s+/,
);

const IZE_ENDINGS: Array<[string, string]> = [
  ['ise', 'ize'],
  ['ises', 'izes'],
  ['ised', 'ized'],
  ['ising', 'izing'],
  ['isation', 'ization'],
  ['isations', 'izations'],
  ['iser', 'izer'],
  ['isers', 'izers'],
];

/** Stems of -our words (labour/labor) with their usual inflections. */
const OUR_STEMS = `labo favo colo hono behavio neighbo harbo rumo humo endeavo flavo vapo vigo savo armo
odo rigo tumo parlo splendo clamo ardo cando demeano fervo glamo`.split(/\s+/);
const OUR_ENDINGS = ['ur', 'urs', 'ured', 'uring', 'urite', 'urites', 'urable', 'urably', 'urful', 'urhood'];

/** -re words (centre/center). */
const RE_STEMS = `cent theat met lit fib calib spect somb lust sabr manoeuv meag ochr sepulch`.split(/\s+/);
const RE_ENDINGS = [
  ['re', 'er'],
  ['res', 'ers'],
  ['red', 'ered'],
] as const;

/** Verbs that double a final l in British inflections (fuelling/fueling). */
const DOUBLE_L_STEMS = `fuel travel cancel model label level signal counsel channel funnel total
quarrel marvel jewel dial duel equal fuel gravel grovel initial libel pedal pencil rival shovel
snorkel tunnel  yodel barrel bevel cudgel enamel refuel`.split(/\s+/);

const SINGLE_WORDS: Record<string, string> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'programs',
  cheque: 'check',
  grey: 'gray',
  tyre: 'tire',
  tyres: 'tires',
  sceptic: 'skeptic',
  sceptical: 'skeptical',
  scepticism: 'skepticism',
  aluminium: 'aluminum',
  aeroplane: 'airplane',
  catalogue: 'catalog',
  analogue: 'analog',
  analyse: 'analyze',
  analysed: 'analyzed',
  analysing: 'analyzing',
  paralyse: 'paralyze',
  paralysed: 'paralyzed',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  skilful: 'skillful',
  wilful: 'willful',
  instalment: 'installment',
  judgement: 'judgment',
  ageing: 'aging',
  mould: 'mold',
  storey: 'story',
  plough: 'plow',
  marvellous: 'marvelous',
  jewellery: 'jewelry',
  towards: 'toward',
  whilst: 'while',
  amongst: 'among',
};

let table: Map<string, string> | null = null;

/** Variant → American spelling, every entry in folded form. */
export function spellingVariants(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>(Object.entries(SINGLE_WORDS));
  for (const stem of IZE_STEMS) for (const [gb, us] of IZE_ENDINGS) t.set(stem + gb, stem + us);
  for (const stem of OUR_STEMS)
    for (const end of OUR_ENDINGS) t.set(stem + end, stem + end.slice(1));
  for (const stem of RE_STEMS) for (const [gb, us] of RE_ENDINGS) t.set(stem + gb, stem + us);
  for (const stem of DOUBLE_L_STEMS) {
    for (const end of ['ed', 'ing', 'er', 'ers']) t.set(stem + 'l' + end, stem + end);
  }
  table = t;
  return t;
}
