/** Number words spelt as digits by matchText, so "five ministries" and "5 ministries" meet. */
export const UNIT_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words of scale and proportion: quantities even without a digit ("hundreds of families", "half the budget"). */
export const QUANTITY_WORDS = [
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'trillions',
  'dozen',
  'dozens',
  'half',
  'third',
  'quarter',
  'twice',
  'triple',
  'majority',
  'minority',
];

/** Written after a figure; matchText spells them out ("3bn" -> "3 billion"). */
export const SCALE_ABBREVIATIONS: Record<string, string> = { bn: 'billion', mn: 'million', tn: 'trillion' };

export const PERCENT_WORDS = ['percent', 'per cent', 'percentage point', 'percentage points'];

/** Currency signs as codes, so "$5" and "€5" stay different claims after punctuation is dropped. */
export const CURRENCY_SIGNS: Record<string, string> = {
  $: 'usd',
  '€': 'eur',
  '£': 'gbp',
  '¥': 'jpy',
  '₹': 'inr',
  '₽': 'rub',
  '₺': 'try',
  '₦': 'ngn',
  '₩': 'krw',
  '₴': 'uah',
};

/** Currency names written after an amount, as the codes their signs become ("640 million pounds" / "£640m"). */
export const CURRENCY_NAMES: Record<string, string> = {
  dollar: 'usd',
  dollars: 'usd',
  euro: 'eur',
  euros: 'eur',
  pound: 'gbp',
  pounds: 'gbp',
  sterling: 'gbp',
  yen: 'jpy',
  rupee: 'inr',
  rupees: 'inr',
  rouble: 'rub',
  roubles: 'rub',
  ruble: 'rub',
  rubles: 'rub',
  lira: 'try',
  naira: 'ngn',
  won: 'krw',
  hryvnia: 'uah',
};

/** Counted things after a figure with "m" that are not plurals in -s ("4m people"): there "m" is million, not metres. */
export const UNINFLECTED_PLURALS = ['people', 'children', 'men', 'women', 'cattle', 'sheep', 'fish'];

export const CURRENCY_WORDS = [
  'dollar',
  'dollars',
  'euro',
  'euros',
  'pound',
  'pounds',
  'sterling',
  'yen',
  'yuan',
  'renminbi',
  'rupee',
  'rupees',
  'rouble',
  'roubles',
  'ruble',
  'rubles',
  'lira',
  'naira',
  'shilling',
  'shillings',
  'rand',
  'peso',
  'pesos',
  'dinar',
  'dinars',
  'riyal',
  'riyals',
  'dirham',
  'dirhams',
  'hryvnia',
  'franc',
  'francs',
  'usd',
  'eur',
  'gbp',
];
