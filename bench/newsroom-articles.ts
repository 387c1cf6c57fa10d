/**
 * Short generated articles (three or four attributed claims each) as a newsroom feed brings them: most speakers are
 * quoted by one article only, forty institutions recur across the feed, and one article in five cites anonymous
 * officials. Names are built from syllables, so no two people collide by accident.
 */
const SYLLABLES = [
  'ka',
  'ren',
  'mi',
  'tor',
  'sa',
  'lin',
  'do',
  'vek',
  'ra',
  'nu',
  'bel',
  'os',
  'ta',
  'mar',
  'li',
  'ze',
];
const TITLES = ['Finance Minister', 'Health Minister', 'Mayor', 'Chief Executive', 'Councillor', 'Governor'];
const TOPICS = [
  'the budget deficit',
  'hospital waiting times',
  'the new tram line',
  'quarterly exports',
  'wheat prices',
  'school admissions',
  'the harbour dredging',
  'power cuts',
];
const INSTITUTIONS = Array.from(
  { length: 40 },
  (_, n) => `the ${['port', 'water', 'rail', 'tax', 'health'][n % 5]} authority of ${word(n * 7 + 3, 3)}`,
);

/** A capitalised made-up word: `syllables` base-16 digits of a hash of `seed`, one syllable per digit. */
function word(seed: number, syllables: number): string {
  let hash = Math.imul(seed + 1, 2_654_435_761) >>> 0;
  let text = '';
  for (let i = 0; i < syllables; i += 1, hash >>>= 4) text += SYLLABLES[hash % 16];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function newsroomArticle(n: number): string {
  const surname = word(2 * n, 3);
  const person = `${word(2 * n + 1, 2)} ${surname}`;
  const institution = INSTITUTIONS[n % INSTITUTIONS.length];
  const lines = [
    `${TITLES[n % TITLES.length]} ${person} said on Monday that ${TOPICS[n % TOPICS.length]} would improve by ${(n % 90) + 5} percent next year.`,
    `“We have done the work on plan ${n} and the numbers show it,” ${surname} told reporters in the capital.`,
    n % 5 === 0
      ? `According to officials familiar with the plan, the change will cost ${n + 2} million euros.`
      : `A spokesperson for ${institution} said the change would cost ${n + 2} million euros.`,
    `The city council met on Tuesday to discuss item ${n}.`,
  ];
  return lines.join('\n');
}
