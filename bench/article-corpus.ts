/** Deterministic news-like articles (~400 words) mixing attributed claims and plain narration. */
const PEOPLE = ['Maria Keller', 'Tomás Ortega', 'Aylin Demir', 'Jonas Berg', 'Priya Nair', 'Kwame Mensah', 'Zoë Łukasiewicz', 'Hiroshi Tanaka'];
const TITLES = ['Finance Minister', 'Health Minister', 'Mayor', 'Chief Executive', 'Energy analyst', 'Councillor'];
const ORGS = ['the central bank', 'the health ministry', 'the port authority', 'Acme Mining', 'the regional council'];
const OUTLETS = ['Reuters', 'Bloomberg', 'AFP', 'the BBC', 'Al Jazeera'];
const TOPICS = ['the budget deficit', 'hospital waiting times', 'the new tram line', 'quarterly exports', 'wheat prices', 'the power grid'];

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
  const sentence = () => {
    const person = pick(PEOPLE);
    const topic = pick(TOPICS);
    const n = Math.floor(random() * 90) + 5;
    switch (Math.floor(random() * 9)) {
      case 0: return `${pick(TITLES)} ${person} said on Monday that ${topic} would improve by ${n} percent next year.`;
      case 1: return `“We have done the work and the numbers show it,” ${person.split(' ')[1]} told reporters in the capital.`;
      case 2: return `According to officials familiar with the plan, the change will cost ${n} million euros.`;
      case 3: return `${pick(OUTLETS)} reported that ${topic} had worsened for a ${n % 5 + 2}th month, citing people familiar with the figures.`;
      case 4: return `In a statement, ${pick(ORGS)} said it would review ${topic} before the end of the year.`;
      case 5: return `The deal is worth about ${n} billion dollars, according to a report by the National Audit Office.`;
      default: return `The council met on Tuesday to discuss ${topic} and agreed to meet again in ${n % 12 + 1} weeks, after a long debate over the details.`;
    }
  };
  return Array.from({ length: count }, () => {
    const parts: string[] = [`${pick(TOPICS)} in focus as talks continue`];
    let words = 0;
    while (words < 400) {
      const next = sentence();
      words += next.split(' ').length;
      parts.push(next);
    }
    return parts.join(random() < 0.3 ? '\n' : ' ');
  });
}
