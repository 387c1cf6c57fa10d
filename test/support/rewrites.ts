/**
 * Two rewrites of the seed article by other outlets (written for these tests): the same attributed claims, worded a
 * little differently (Turkey for Türkiye, British and American spellings, reordered clauses, an added clause), and a
 * third article that repeats only the Bloomberg report.
 */
export const SEED_REWRITES = [
  {
    outlet: 'Levant Daily',
    body: 'Syrian officers head to Türkiye and Saudi Arabia for arms training\nBEIRUT (Levant Daily) — Syria\'s defence ministry has sent a group of military officers to Türkiye and Saudi Arabia to train on modern weapons systems, a sign of closer defence ties between Damascus and its neighbours.\nSyrian Defence Minister Marhaf Abu Qasra thanked Ankara and Riyadh in a post on X for "receiving a delegation of Syrian officers," noting that the exchange of expertise and training "will enhance regional stability and advance cooperative relations."\nAccording to sources cited by Al-Araby Al-Jadeed, the training programme covers modern combat technologies and advanced weapons operations, part of Syria\'s broader initiative to modernise its armed forces and replace outdated equipment after years of conflict and isolation.\nBloomberg reported last month that Turkey plans to supply Syria with armoured vehicles, drones, artillery and missile systems as part of expanded defence coordination that could extend Turkish operational range against Kurdish militants inside northern Syria.\nThe ministry did not say how many officers had travelled.',
  },
  {
    outlet: 'Bosphorus Wire',
    body: 'Damascus sends officers abroad as defence ties with Ankara and Riyadh deepen\nISTANBUL (Bosphorus Wire) — Syria has dispatched military officers to Saudi Arabia and Türkiye for training on advanced weapons, the latest step in a rapid warming of regional security relations.\nWriting on his official X account, Defence Minister Marhaf Abu Qasra noted that the exchange of expertise and training "will enhance regional stability and advance cooperative relations," and expressed gratitude to both governments.\nThe training program covers modern combat technologies and advanced weapons operations, part of a broader Syrian initiative to modernize the armed forces and replace outdated equipment after years of conflict and isolation, according to sources cited by Al-Araby Al-Jadeed.\nBloomberg has reported that Türkiye plans to supply Syria with armored vehicles, drones, artillery, and missile systems, as part of expanded defense coordination that could extend Turkish operational range against Kurdish militants in northern Syria.\nAnalysts say the moves mark a sharp turn after more than a decade of estrangement.',
  },
];

export const BLOOMBERG_REPEAT = {
  outlet: 'Gulf Ledger',
  body: 'Ankara to arm Damascus, report says\nLONDON (Gulf Ledger) — Bloomberg reported that Türkiye plans to supply Syria with armoured vehicles, drones, artillery and missile systems, as part of expanded defence coordination that could extend Turkish operational range against Kurdish militants inside northern Syria.\nThe Turkish foreign ministry declined to comment.',
};
