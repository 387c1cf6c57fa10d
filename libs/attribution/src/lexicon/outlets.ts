/** News outlets and agencies commonly named as relays or as sources; extend as data, matched case-sensitively. */
export const OUTLETS = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Bloomberg News', 'BBC', 'CNN', 'Al Jazeera',
  'Al-Araby Al-Jadeed', 'Al Arabiya', 'Al-Monitor', 'The New York Times', 'New York Times', 'The Washington Post',
  'Washington Post', 'The Wall Street Journal', 'Wall Street Journal', 'Financial Times', 'The Guardian', 'The Times',
  'The Economist', 'Politico', 'Axios', 'Sky News', 'Fox News', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC', 'ABC News', 'NPR',
  'Xinhua', 'TASS', 'RIA Novosti', 'Interfax', 'Anadolu', 'Anadolu Agency', 'Kyodo', 'Yonhap', 'DPA', 'dpa', 'EFE', 'ANSA',
  'Le Monde', 'Der Spiegel', 'Spiegel', 'El País', 'Haaretz', 'Times of Israel', 'Hürriyet', 'Daily Sabah', 'TRT', 'ERT', 'RAI',
  'NHK', 'CCTV', 'Global Times', 'South China Morning Post', 'Nikkei', 'The Hindu', 'Times of India', 'Dawn', 'Kommersant',
  'Izvestia', 'Le Figaro', 'Die Welt', 'Süddeutsche Zeitung', 'Corriere della Sera', 'La Repubblica', 'Asharq Al-Awsat',
  'The National', 'Middle East Eye', 'Semafor', 'The Information', 'Business Insider', 'Forbes', 'CNBC', 'Euronews', 'Deutsche Welle', 'DW',
  // Entertainment press, which celebrity stories relay ("told Entertainment Tonight", "according to Variety").
  'Entertainment Tonight', 'Variety', 'TMZ', 'Page Six', 'Us Weekly', 'Daily Mail', 'Daily Mirror', 'The Hollywood Reporter',
  'Hollywood Reporter', 'Billboard', 'Rolling Stone',
];

/**
 * Last words of newspaper and broadcaster names the list above need not hold: "CTV News", "the Kyiv Independent",
 * "Korean Central News Agency" (before "News", so the whole name is read).
 */
export const OUTLET_NAME_ENDINGS = ['News Agency', 'News', 'Times', 'Post', 'Independent', 'Journal', 'Herald', 'Tribune', 'Gazette',
  'Telegraph', 'Courier', 'Chronicle', 'Observer', 'Inquirer', 'Examiner', 'Ledger', 'Dispatch', 'Sentinel', 'Standard'];

/** First words of broadcasters' and newspapers' names: "Radio Okapi", "Radio Free Asia", "TV Rain", "Daily Nation". */
export const OUTLET_NAME_BEGINNINGS = ['Radio', 'Television', 'TV', 'Daily'];

/** Lower-case particles inside an outlet's name: "Gazet van Antwerpen", "Corriere della Sera". */
export const OUTLET_NAME_PARTICLE = '(?:van|von|de|der|del|della|di|da|du|la|le|al|el)';

/** Platforms a post appears on ("wrote on X", "in a post on Telegram"). */
export const PLATFORMS = ['X', 'Twitter', 'Telegram', 'Facebook', 'Instagram', 'TikTok', 'YouTube', 'Truth Social', 'LinkedIn',
  'Weibo', 'WeChat', 'Threads', 'Bluesky', 'Mastodon', 'VKontakte', 'VK', 'WhatsApp', 'Substack', 'Reddit'];

/** Nouns that make a phrase an outlet: "the local newspaper Gazeta Łódzka", "state broadcaster TRT". */
export const MEDIA_NOUNS = ['newspaper', 'daily', 'weekly', 'broadcaster', 'television', 'tv', 'radio', 'news agency',
  'magazine', 'outlet', 'website', 'news site', 'news portal', 'portal', 'tabloid'];
