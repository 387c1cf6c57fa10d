/**
 * Countries, their adjectives and regions, folded, as they stand before a title: "Syrian Defence Minister",
 * "Syria's defence minister" (the possessive is dropped first), "US Secretary of State". Stripped only as part of a
 * title chain, so "Syria" alone stays a source of its own.
 */
export const PLACES = new Set([
  'us', 'usa', 'american', 'uk', 'british', 'britain', 'eu', 'european', 'un', 'nato', 'western', 'eastern',
  'arab', 'african', 'asian', 'gulf', 'nordic', 'federal', 'regional', 'provincial', 'local', 'municipal', 'state',
  'syria', 'syrian', 'iraq', 'iraqi', 'iran', 'iranian', 'israel', 'israeli', 'palestinian', 'lebanon', 'lebanese',
  'jordan', 'jordanian', 'egypt', 'egyptian', 'turkey', 'turkiye', 'turkish', 'saudi', 'qatar', 'qatari', 'emirati',
  'yemen', 'yemeni', 'russia', 'russian', 'ukraine', 'ukrainian', 'belarus', 'belarusian', 'poland', 'polish',
  'germany', 'german', 'france', 'french', 'italy', 'italian', 'spain', 'spanish', 'portugal', 'portuguese',
  'netherlands', 'dutch', 'belgium', 'belgian', 'sweden', 'swedish', 'norway', 'norwegian', 'denmark', 'danish',
  'finland', 'finnish', 'greece', 'greek', 'hungary', 'hungarian', 'austria', 'austrian', 'swiss', 'irish', 'czech',
  'slovak', 'romanian', 'bulgarian', 'serbian', 'croatian', 'latvian', 'lithuanian', 'estonian', 'georgian',
  'armenian', 'azerbaijani', 'china', 'chinese', 'japan', 'japanese', 'korea', 'korean', 'india', 'indian',
  'pakistan', 'pakistani', 'afghan', 'bangladeshi', 'indonesia', 'indonesian', 'philippine', 'filipino', 'thai',
  'vietnamese', 'malaysian', 'australia', 'australian', 'canada', 'canadian', 'mexico', 'mexican', 'brazil',
  'brazilian', 'argentine', 'argentinian', 'chilean', 'colombian', 'venezuelan', 'peruvian', 'cuban', 'nigeria',
  'nigerian', 'kenya', 'kenyan', 'ethiopian', 'sudanese', 'somali', 'ghanaian', 'south', 'north',
  'congolese', 'rwandan', 'ugandan', 'tanzanian', 'libyan', 'tunisian', 'algerian', 'moroccan',
]);
