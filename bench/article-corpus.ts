/**
 * Deterministic news-like articles (~400 words) for bench:extract: a headline, a standfirst and paragraphs that mix
 * attributed claims (every form the extractor reads) with plain narration, at roughly the density of the fixtures.
 * Names are built from syllables so articles do not repeat the same speakers (no flattering cache hits).
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
  'zé',
  'ğu',
  'an',
];
const TITLES = [
  'Finance Minister',
  'Health Minister',
  'Mayor',
  'Chief Executive',
  'energy analyst',
  'Councillor',
  'General',
];
const ORGS = [
  'the central bank',
  'the health ministry',
  'the port authority',
  'the regional council',
  'the statistics office',
];
const COMPANY_SUFFIXES = ['Mining', 'Energy', 'Holdings', 'Foods', 'Motors'];
const OUTLETS = ['Reuters', 'Bloomberg', 'AFP', 'the BBC', 'Al Jazeera', 'state television TRT'];
const PLATFORMS = ['X', 'Telegram', 'Facebook'];
const TOPICS = [
  'the budget deficit',
  'hospital waiting times',
  'the new tram line',
  'quarterly exports',
  'wheat prices',
  'the power grid',
  'the border crossing',
  'rail freight',
  'the water supply',
  'teacher shortages',
];
const PLACES = ['the capital', 'the northern province', 'the port city', 'the valley', 'the industrial belt'];

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function articleCorpus(count: number, seed = 42): string[] {
  const random = prng(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const word = (parts: number) => {
    const text = Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
    return text[0].toUpperCase() + text.slice(1);
  };
  const number = () => Math.floor(random() * 90) + 5;

  const article = () => {
    const people = Array.from({ length: 4 }, () => `${word(2)} ${word(3)}`);
    const company = `${word(3)} ${pick(COMPANY_SUFFIXES)}`;
    const topic = pick(TOPICS);
    const person = () => pick(people);
    const surname = () => person().split(' ')[1];
    const sentences: (() => string)[] = [
      () =>
        `${pick(TITLES)} ${person()} said on Monday that ${pick(TOPICS)} would improve by ${number()} percent next year.`,
      () =>
        `“We have done the work and the numbers show it,” ${surname()} told reporters in ${pick(PLACES)}. “Nobody should doubt that.”`,
      () => `${surname()} added that a review of ${pick(TOPICS)} would be published before the summer.`,
      () => `According to officials familiar with the plan, the change will cost ${number()} million euros.`,
      () =>
        `${pick(OUTLETS)} reported that ${pick(TOPICS)} had worsened for a ${(number() % 5) + 2}th month, citing people familiar with the figures.`,
      () => `In a statement, ${pick(ORGS)} said it would review ${pick(TOPICS)} before the end of the year.`,
      () => `The deal is worth about ${number()} billion dollars, according to a report by the National Audit Office.`,
      () => `${company} denied that it had delayed payments to suppliers, saying its accounts were in order.`,
      () => `${person()} wrote on ${pick(PLATFORMS)} that the decision was “a mistake that residents will pay for.”`,
      () => `Data from the statistics office showed that output rose ${number()} percent in the third quarter.`,
      () => `He warned that prices could rise further if the strike continued into next month.`,
      () =>
        `The council met on Tuesday to discuss ${pick(TOPICS)} and agreed to meet again in ${(number() % 12) + 1} weeks.`,
      () => `Crowds gathered outside the town hall in ${pick(PLACES)} as the debate stretched into the evening.`,
      () =>
        `The project was first proposed in ${2000 + (number() % 24)} and has been delayed several times since then.`,
      () => `Trains were cancelled across ${pick(PLACES)} after heavy rain flooded two stations overnight.`,
      () => `${company} employs about ${number()},000 people and sells most of its output abroad.`,
    ];
    const parts = [
      `${topic[0].toUpperCase()}${topic.slice(1)} in focus as talks continue, officials say`,
      `${company} and the government trade blame over ${pick(TOPICS)}`,
    ];
    let words = 0;
    while (words < 400) {
      const next = pick(sentences)();
      words += next.split(' ').length;
      parts.push(next);
    }
    return parts
      .map((text, i) => (i < 2 || random() < 0.4 ? `${text}\n` : `${text} `))
      .join('')
      .trim();
  };
  return Array.from({ length: count }, article);
}
