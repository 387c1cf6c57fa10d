/**
 * Titles and roles written before a person's name, folded and without dots ("Dr." is "dr"). Multi-word titles are
 * matched longest first, so "chief executive officer" wins over "chief". A title ends a strippable chain.
 */
export const TITLES = [
  // Office holders
  'president', 'vice president', 'prime minister', 'premier', 'minister', 'secretary', 'secretary general',
  'state secretary', 'undersecretary', 'under secretary', 'chancellor', 'governor', 'mayor', 'senator', 'sen',
  'representative', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp', 'mep', 'councillor',
  'councilor', 'speaker', 'ambassador', 'envoy', 'special envoy', 'consul', 'commissioner', 'attorney general',
  'prosecutor', 'judge', 'official', 'adviser', 'advisor', 'aide', 'chief of staff', 'national security adviser',
  // Spokespeople and press
  'spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'reporter', 'correspondent', 'editor',
  'editor in chief', 'columnist', 'journalist', 'anchor',
  // Business and institutions
  'chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'cto', 'chief economist', 'chief financial officer',
  'chief operating officer', 'chief', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'director general',
  'managing director', 'executive director', 'head', 'founder', 'co founder', 'leader', 'economist', 'analyst',
  'strategist', 'researcher', 'scientist', 'professor', 'prof', 'lead author', 'author', 'lawyer', 'attorney',
  // Honorifics and nobility
  'dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'sheikha', 'emir', 'king', 'queen',
  'prince', 'princess', 'crown prince', 'pope', 'rev', 'reverend', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal',
  // Military and police
  'general', 'gen', 'lieutenant general', 'lt gen', 'major general', 'maj gen', 'brigadier general', 'brig gen',
  'brigadier', 'colonel', 'col', 'lieutenant colonel', 'lt col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt',
  'sergeant', 'sgt', 'admiral', 'adm', 'vice admiral', 'rear admiral', 'commander', 'field marshal', 'marshal',
  'inspector', 'police chief', 'coach', 'manager',
];

/**
 * Titles that are also the first word of well-known names ("General Motors", "Major League Baseball"): stripped
 * only with at least two words after them and no organisation word right after.
 */
export const AMBIGUOUS_TITLES = new Set(['general', 'major', 'chief']);

/** Words that may stand before a title without being a name: "former acting deputy", "senior", "press". */
export const TITLE_MODIFIERS = new Set([
  'former', 'ex', 'acting', 'deputy', 'vice', 'assistant', 'associate', 'senior', 'junior', 'interim', 'outgoing',
  'incoming', 'then', 'current', 'principal', 'lead', 'top', 'new', 'longtime', 'veteran', 'retired', 'ministry',
  'department', 'government', 'party', 'opposition', 'military', 'army', 'police', 'presidential', 'parliamentary',
  'cabinet', 'company', 'campaign', 'union', 'ruling', 'press', 'communications', 'political', 'high', 'supreme',
  'special',
]);

/** Portfolios: "Defence Minister", "Minister of Foreign Affairs", "Secretary of State". */
export const PORTFOLIOS = new Set([
  'defence', 'defense', 'foreign', 'affairs', 'interior', 'home', 'finance', 'treasury', 'economy', 'economic',
  'health', 'energy', 'trade', 'justice', 'education', 'environment', 'climate', 'transport', 'agriculture', 'labour',
  'labor', 'migration', 'immigration', 'state', 'security', 'national', 'public', 'social', 'culture', 'tourism',
  'industry', 'digital', 'housing', 'science', 'research', 'development', 'information', 'water', 'oil', 'mining',
  'fisheries', 'sport', 'sports', 'youth', 'women', 'family', 'welfare', 'infrastructure', 'planning', 'budget',
  'revenue', 'intelligence', 'border', 'homeland', 'veterans', 'commerce', 'investment', 'communications', 'war',
  'refugees', 'human', 'rights',
]);

/** Words that join a title to its portfolio ("Minister for Health") or that cannot end a name's prefix. */
export const CONNECTORS = new Set(['of', 'for', 'to', 'the', 'a', 'an', 'and', 'in', 'at', 'on', 'with', 'from', 'by']);

/**
 * Last words of organisation names: a name ending in one of them is an organisation, whose words are never titles
 * ("Health Ministry", "Prime Minister's Office", "General Motors").
 */
export const ORGANISATION_HEADS = new Set([
  'ministry', 'ministries', 'department', 'office', 'bank', 'agency', 'council', 'committee', 'commission', 'court',
  'party', 'government', 'company', 'group', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'authority', 'board',
  'fund', 'bureau', 'service', 'administration', 'parliament', 'senate', 'congress', 'cabinet', 'union', 'association',
  'institute', 'university', 'foundation', 'organisation', 'organization', 'federation', 'league', 'alliance',
  'coalition', 'motors', 'mills', 'electric', 'dynamics', 'holdings', 'industries', 'airways', 'airlines', 'network',
  'house', 'palace', 'assembly', 'secretariat', 'embassy', 'mission', 'forces', 'army', 'navy', 'police', 'times',
  'post', 'news', 'herald', 'journal', 'telegraph', 'tribune', 'gazette', 'courier', 'monitor', 'observer', 'press',
]);
