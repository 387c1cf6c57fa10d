import { type ClaimCase, expectClaims } from './claims.spec-helper';

// The phrases that name a relay around the cue (remarks carried by an agency, an interview given to a weekly, a
// report citing officials), in sentences written for this test.

describe('extract: relays named in the attribution frame', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "said in remarks broadcast by public broadcaster NAME that" as relayed by the broadcaster',
      text: 'The opposition leader, Per Moe, said in remarks broadcast by public broadcaster Radio Nord that the budget was a fraud.',
      first: { source: 'Per Moe', via: 'Radio Nord', content: 'the budget was a fraud' },
    },
    {
      rule: 'reads "said in remarks carried by the state news agency NAME that" as relayed by the agency',
      text: 'The foreign minister, Ivo Dragan, said in remarks carried by the state news agency Dalpress that the border would stay shut.',
      first: { source: 'Ivo Dragan', via: 'Dalpress', content: 'the border would stay shut' },
    },
    {
      rule: 'reads an opening "In remarks broadcast by NAME radio," as the frame of the speaker after it',
      text: 'In remarks broadcast by Nordfunk radio, the historian Eva Lind said the treaty was dead.',
      first: { source: 'Eva Lind', via: 'Nordfunk', content: 'the treaty was dead' },
    },
    {
      rule: 'leaves "published on Monday" after an interview with a described weekly out of the claim',
      text: 'Anna Berg, the chief executive, said in an interview with the financial weekly Kapitaal published on Monday that the firm would grow.',
      first: { source: 'Anna Berg', via: 'Kapitaal', content: 'the firm would grow' },
    },
    {
      rule: 'reads an interview with an outlet described by a capitalised adjective before its medium noun',
      text: 'The coach, Lena Moor, said in an interview with the Danish sports weekly Bold that she would stay.',
      first: { source: 'Lena Moor', via: 'Bold', content: 'she would stay' },
    },
    {
      rule: 'reads remarks carried by an agency written in lower case before its medium noun',
      text: 'The envoy, Tor Aas, said in remarks carried by the dpa news agency that the talks had stalled.',
      first: { source: 'Tor Aas', via: 'dpa', content: 'the talks had stalled' },
    },
    {
      rule: 'reads an interview broadcast by a channel whose name ends in a digit',
      text: 'The mayor, Rosa Vidal, said in an interview broadcast by the regional channel Canal9 that the port would expand.',
      first: { source: 'Rosa Vidal', via: 'Canal9', content: 'the port would expand' },
    },
    {
      rule: 'reads remarks broadcast by a described private channel in a trailing attribution',
      text: 'The party will not back the bill, its leader Ivo Sand said in remarks broadcast by the private channel Kanal Vest.',
      first: { source: 'Ivo Sand', via: 'Kanal Vest', content: 'The party will not back the bill' },
    },
    {
      rule: 'reads the name after "public radio station" as the relay, the station no part of it',
      text: 'The harbour master, Jon Falk, told the Breton public radio station Radio Iroise that the quay would reopen.',
      first: { source: 'Jon Falk', via: 'Radio Iroise', content: 'the quay would reopen' },
    },
    {
      rule: 'leaves an unnamed "public radio station" out of the claim',
      text: 'The harbour master, Jon Falk, said on the public radio station that the quay would reopen.',
      first: { source: 'Jon Falk', content: 'the quay would reopen' },
    },
    {
      rule: 'keeps a German "und" inside the name of the newspaper told, and lends it to a later "told the newspaper"',
      text: 'Two bankers told the Austrian business newspaper Markt und Geld that the merger was off. A spokesperson for the bank told the newspaper that talks would go on.',
      claims: [
        { source: 'Two bankers', via: 'Markt und Geld', content: 'the merger was off' },
        { source: 'spokesperson for the bank', via: 'Markt und Geld', content: 'talks would go on' },
      ],
    },
    {
      rule: 'reads "said in a PLATFORM post that" as a claim relayed by the platform',
      text: 'The ferry captain Ola Nes said in a Telegram post that the crossing was cancelled.',
      first: { source: 'Ola Nes', via: 'Telegram', content: 'the crossing was cancelled' },
    },
    {
      rule: 'reads a capitalised word before the medium as no relay when it names no platform',
      text: 'The mayor, Eva Holm, said in a New Year message that taxes would fall.',
      first: { source: 'Eva Holm', via: null, content: 'taxes would fall' },
    },
    {
      rule: 'reads a trailing attribution that ends in an interview published on a weekday',
      text: 'The steelworks will close by spring, its owner Rolf Hedin said in an interview with the weekly Grensland published on Sunday.',
      first: { source: 'Rolf Hedin', via: 'Grensland', content: 'The steelworks will close by spring' },
    },
    {
      rule: 'reads “C,” said X, speaking to NAME as relayed by the outlet the participle names',
      text: '“It is over,” said the former minister Per Moe, speaking to the Harbour Gazette.',
      first: { source: 'Per Moe', via: 'Harbour Gazette', content: 'It is over' },
    },
    {
      rule: 'reads a trailing "told NAME by phone" as the relay, the phone no part of it',
      text: 'The border crossing will reopen on Friday, the regional governor told Reuters by phone.',
      first: { via: 'Reuters', content: 'The border crossing will reopen on Friday' },
    },
    {
      rule: 'reads "SOURCE was quoted by NAME as saying" as the source, relayed by the outlet',
      text: 'The energy minister, Pavel Orlov, was quoted by Interfax as saying that exports would resume in March.',
      first: { source: 'Pavel Orlov', via: 'Interfax', content: 'exports would resume in March' },
    },
    {
      rule: 'leaves the country an outlet belongs to out of its name ("told Norway\'s Dagsavis newspaper")',
      text: "Anton Weller told Norway's Dagsavis newspaper that the coalition was finished. Ola Moe told Sweden's Kust Radio that the ferry would run.",
      find: { 'coalition was finished': { via: 'Dagsavis' }, 'ferry would run': { via: 'Kust Radio' } },
    },
    {
      rule: 'reads a medium described by another medium word ("a podcast interview with NAME") as one frame',
      text: 'Lena Berg said in a podcast interview with Politico that the rules were too strict.',
      first: { source: 'Lena Berg', via: 'Politico', content: 'the rules were too strict' },
    },
    {
      rule: 'reads "wrote in an op-ed for NAME that" as relayed by the publication',
      text: 'The former envoy, Mira Holt, wrote in an op-ed for the Harbour Gazette that the treaty was at risk.',
      first: { source: 'Mira Holt', via: 'Harbour Gazette', content: 'the treaty was at risk' },
    },
    {
      rule: 'reads a trailing "told the business daily NAME on Tuesday" as the relay, the adjective and the day aside',
      text: 'The brewer plans to shut two plants, three people familiar with the plans told the business daily Kvartal on Tuesday.',
      first: { sourceType: 'anonymous', via: 'Kvartal', content: 'The brewer plans to shut two plants' },
    },
    {
      rule: 'reads a public broadcaster named by its letters alone as the relay, and "the broadcaster" after it',
      text: 'Union leader Kari Holm told ZDF that members were angry. “We were told nothing,” she told the broadcaster.',
      find: { 'members were angry': { via: 'ZDF' }, 'told nothing': { via: 'ZDF' } },
    },
    {
      rule: 'reads "told the Polish news agency NAME" at the end of a trailing attribution as the relay',
      text: 'The strike will go ahead on Monday, union sources told the Polish news agency Kurier.',
      first: { sourceType: 'anonymous', via: 'Kurier', content: 'The strike will go ahead on Monday' },
    },
    {
      rule: "reads the name unnamed speakers told as an outlet, unless it is a body's",
      text: 'The EU will extend the sanctions, two diplomats told Eurodesk. Officials told Congress that the program was over budget.',
      find: { 'extend the sanctions': { via: 'Eurodesk' }, 'over budget': { via: null } },
    },
    {
      rule: 'reads the name unnamed speakers told as no outlet when it is a person the article named',
      text: 'Senator Ruth Calder chairs the inquiry. A senior official told Calder that the program was over budget.',
      find: { 'over budget': { via: null } },
    },
    {
      rule: 'reads a broadcaster\'s name with a number in it ("told Kanal 9 News")',
      text: 'The minister told Kanal 9 News that the plan was working.',
      first: { via: 'Kanal 9 News' },
    },
    {
      rule: 'reads "According to NAME, who spoke to OUTLET, C" as the source, relayed by the outlet, the relative clause no part of C',
      text: 'According to Ann Ruiz, who spoke to the Harbour Gazette, the town has had no water for a week.',
      first: { source: 'Ann Ruiz', via: 'Harbour Gazette', content: 'the town has had no water for a week' },
    },
    {
      rule: 'reads "Officials speaking on condition of anonymity told NAME" as unnamed speakers, without commas',
      text: 'Officials speaking on condition of anonymity told Reuters the deal was near.',
      first: { source: 'Officials', sourceType: 'anonymous', via: 'Reuters' },
    },
    {
      rule: 'reads "according to a report in the weekly NAME that cited officers" as the officers, relayed by the weekly',
      text: 'The mill will shed 300 jobs, according to a report in the weekly Grensland that cited officers.',
      first: { source: 'officers', sourceType: 'anonymous', via: 'Grensland' },
    },
    {
      rule: 'reads "according to a NAME report citing officials" as the officials, relayed by the outlet',
      text: 'According to a Reuters report citing three officials, the refinery will close in May.',
      first: { source: 'officials', sourceType: 'anonymous', via: 'Reuters' },
    },
    {
      rule: 'keeps a report by a body that is no outlet as the source, citing or not',
      text: 'Spending will be cut by a tenth, according to a report by the finance ministry citing officials.',
      first: { sourceType: 'document', via: null },
    },
    {
      rule: 'keeps the whole title after a place-based descriptor and a media noun, a role word in it and all',
      text: 'Officials are drafting a ban on disposable vapes, the Oslo-based news site Health Watch Norway reported.',
      first: { source: 'Health Watch Norway', sourceType: 'media' },
    },
    {
      rule: 'keeps a listed outlet\'s "News" or "Online" after its name ("told Kyodo News", "Spiegel Online")',
      text: 'Union leader Ana Lind told Kyodo News that the strike would last a week. Ole Berg told Spiegel Online on Monday that talks would resume.',
      find: { 'strike would last': { via: 'Kyodo News' }, 'talks would resume': { via: 'Spiegel Online' } },
    },
    {
      rule: 'leaves an adverb before "quoted" out of the outlet that quotes ("The agency also quoted X as saying")',
      text: 'Minister Jana Kors told the news agency dpa that Europe was ready. The agency also quoted a Saudi delegate as saying that his country had never blocked a goal.',
      find: { 'never blocked a goal': { source: 'Saudi delegate', via: 'dpa' } },
    },
    {
      rule: 'reads a platform described before its name ("on the social network Bluesky", "the messaging app Telegram")',
      text: 'Writing on the social network Bluesky, Ana Lind said the plan was dead. Ole Berg wrote on the social media platform X that the deal was off. Ivo Marek said in a post on the messaging app Telegram that talks had failed.',
      find: {
        'plan was dead': { source: 'Ana Lind', via: 'Bluesky' },
        'deal was off': { source: 'Ole Berg', via: 'X' },
        'talks had failed': { source: 'Ivo Marek', via: 'Telegram' },
      },
    },
    {
      rule: 'reads newspapers named "Journal of …", "… Citizen", "… Supplement" as outlets',
      text: 'A port executive told the Journal of Commerce that ships would be rerouted. A senior official told the Halden Citizen that a deal was close. Minister Rita Holm said in an interview with the Teachers Weekly Supplement that fees would rise.',
      find: {
        'ships would be rerouted': { via: 'Journal of Commerce' },
        'a deal was close': { via: 'Halden Citizen' },
        'fees would rise': { source: 'Rita Holm', via: 'Teachers Weekly Supplement' },
      },
    },
    {
      rule: 'gives a participle cue the platform of the verb before it ("wrote on X that C, adding that D")',
      text: 'Port director Lina Holm wrote on X that dredging would start in May, adding that the channel would be ready by autumn.',
      find: { 'ready by autumn': { source: 'Lina Holm', via: 'X', cue: 'adding' } },
    },
    {
      rule: 'reads the pronoun after a quotation closed by its comma ("C “Q,” he said") as the speaker named before',
      text: 'A port spokesman, Ivo Marek, rejected the report. The authority acted “as soon as the survey data came in,” he said in a statement to Axios.',
      find: { 'The authority acted': { source: 'Ivo Marek', via: 'Axios' } },
    },
  ])('$rule', expectClaims);
});

describe('extract: relayed claims the grammar around them used to lose', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a word after a possessive as no verb ("The party\'s lead candidate, NAME, said")',
      text: "The party's lead candidate, Ivo Brenner, said in an interview with public broadcaster Kanal Nord that the vote had been stolen.",
      first: { source: 'Ivo Brenner', via: 'Kanal Nord', content: 'the vote had been stolen' },
    },
    {
      rule: 'reads "told the magazine they would …" as an audience and a clause, not an object up to a later "that"',
      text: 'Hanna Berg told the magazine Vinkel that the deal was near. Two lawmakers told the magazine they would not back a deal that raised taxes.',
      find: { 'would not back a deal': { via: 'Vinkel', content: 'they would not back a deal that raised taxes' } },
    },
    {
      rule: 'reads a name that only qualifies the noun of speakers who asked not to be named as no name',
      text: 'Two Labour councillors, speaking on condition of anonymity, told Reuters the budget would fail.',
      first: { sourceType: 'anonymous', via: 'Reuters' },
    },
    {
      rule: 'reads a name set off after a description opening its sentence as the subject a later "she" stands for',
      text: "Ivo Dragan, the foreign minister, told Reuters that talks would resume. The rebels' chief negotiator, Mira Sand, struck a cautious tone. In an interview with the broadcaster Kanal Nord, she said that a deal was far off.",
      find: { 'deal was far off': { source: 'Mira Sand', via: 'Kanal Nord' } },
    },
    {
      rule: 'keeps a participle that shares a passive\'s auxiliary in the claim ("had been discussed but rejected")',
      text: 'Port spokesman Erik Dahl told the Harbour Gazette that a toll had been discussed but rejected because it would hurt trade.',
      first: { via: 'Harbour Gazette', content: 'a toll had been discussed but rejected because it would hurt trade' },
    },
    {
      rule: 'keeps a listed outlet\'s "News" or "Online" after its name ("told Kyodo News", "Spiegel Online")',
      text: 'Union leader Ana Lind told Kyodo News that the strike would last a week. Ole Berg told Spiegel Online on Monday that talks would resume.',
      find: { 'strike would last': { via: 'Kyodo News' }, 'talks would resume': { via: 'Spiegel Online' } },
    },
    {
      rule: 'leaves an adverb before "quoted" out of the outlet that quotes ("The agency also quoted X as saying")',
      text: 'Minister Jana Kors told the news agency dpa that Europe was ready. The agency also quoted a Saudi delegate as saying that his country had never blocked a goal.',
      find: { 'never blocked a goal': { source: 'Saudi delegate', via: 'dpa' } },
    },
    {
      rule: 'reads a platform described before its name ("on the social network Bluesky", "the messaging app Telegram")',
      text: 'Writing on the social network Bluesky, Ana Lind said the plan was dead. Ole Berg wrote on the social media platform X that the deal was off. Ivo Marek said in a post on the messaging app Telegram that talks had failed.',
      find: {
        'plan was dead': { source: 'Ana Lind', via: 'Bluesky' },
        'deal was off': { source: 'Ole Berg', via: 'X' },
        'talks had failed': { source: 'Ivo Marek', via: 'Telegram' },
      },
    },
    {
      rule: 'reads newspapers named "Journal of …", "… Citizen", "… Supplement" as outlets',
      text: 'A port executive told the Journal of Commerce that ships would be rerouted. A senior official told the Halden Citizen that a deal was close. Minister Rita Holm said in an interview with the Teachers Weekly Supplement that fees would rise.',
      find: {
        'ships would be rerouted': { via: 'Journal of Commerce' },
        'a deal was close': { via: 'Halden Citizen' },
        'fees would rise': { source: 'Rita Holm', via: 'Teachers Weekly Supplement' },
      },
    },
    {
      rule: 'gives a participle cue the platform of the verb before it ("wrote on X that C, adding that D")',
      text: 'Port director Lina Holm wrote on X that dredging would start in May, adding that the channel would be ready by autumn.',
      find: { 'ready by autumn': { source: 'Lina Holm', via: 'X', cue: 'adding' } },
    },
    {
      rule: 'reads the pronoun after a quotation closed by its comma ("C “Q,” he said") as the speaker named before',
      text: 'A port spokesman, Ivo Marek, rejected the report. The authority acted “as soon as the survey data came in,” he said in a statement to Axios.',
      find: { 'The authority acted': { source: 'Ivo Marek', via: 'Axios' } },
    },
  ])('$rule', expectClaims);
});

describe('extract: relays named in full', () => {
  it.each<ClaimCase>([
    {
      rule: 'keeps the language service or edition after a listed outlet ("BBC Persian", "Politico Europe")',
      text: 'Leila Ahmadi, a historian, said in an interview with BBC Persian that the archive had been destroyed. According to a memo seen by Politico Europe, the Commission will delay the vote.',
      find: {
        'archive had been destroyed': { via: 'BBC Persian' },
        'delay the vote': { via: 'Politico Europe' },
      },
    },
    {
      rule: 'keeps a national or regional edition after a listed outlet ("BBC Wales", "CNN Türk")',
      text: 'The farmer Huw Lloyd said in an interview with BBC Wales that the harvest had failed. A union leader told CNN Türk that the strike would go on.',
      find: {
        'harvest had failed': { via: 'BBC Wales' },
        'strike would go on': { via: 'CNN Türk' },
      },
    },
    {
      rule: 'keeps a particle inside the name of an outlet an interview was given to ("the daily Jornal de Lisboa")',
      text: 'Rui Costa, a judge, said in an interview with the daily Jornal de Lisboa that the courts were overloaded.',
      first: { source: 'Rui Costa', via: 'Jornal de Lisboa', content: 'the courts were overloaded' },
    },
    {
      rule: 'reads the name before a described daily as the relay ("told the Wirtschaftsblatt business daily")',
      text: 'The union leader, Karl Moser, told the Wirtschaftsblatt business daily that a strike was likely.',
      first: { source: 'Karl Moser', via: 'Wirtschaftsblatt' },
    },
    {
      rule: 'reads "told NAME" as a relay when the one word is capitalised again inside it, but not a person\'s "Mc" name',
      text: '“Our prices are fair,” a spokesperson for Vexa told StackWire. The senator told McAllister that the vote was close.',
      find: { 'prices are fair': { via: 'StackWire' }, 'vote was close': { via: null } },
    },
    {
      rule: 'reads a name ending like a newspaper\'s in another language as an outlet ("the Badische Volkszeitung")',
      text: 'Petra Lang told the Badische Volkszeitung that the plant would close.',
      first: { source: 'Petra Lang', via: 'Badische Volkszeitung' },
    },
    {
      rule: 'gives a coordinated cue the platform of the verb before it ("… in a post on X and wrote that")',
      text: 'Prime Minister Ole Vik congratulated the team in a post on X and wrote that the win showed the country at its best.',
      first: { source: 'Ole Vik', via: 'X', content: 'the win showed the country at its best' },
    },
    {
      rule: 'keeps a listed outlet\'s "News" or "Online" after its name ("told Kyodo News", "Spiegel Online")',
      text: 'Union leader Ana Lind told Kyodo News that the strike would last a week. Ole Berg told Spiegel Online on Monday that talks would resume.',
      find: { 'strike would last': { via: 'Kyodo News' }, 'talks would resume': { via: 'Spiegel Online' } },
    },
    {
      rule: 'leaves an adverb before "quoted" out of the outlet that quotes ("The agency also quoted X as saying")',
      text: 'Minister Jana Kors told the news agency dpa that Europe was ready. The agency also quoted a Saudi delegate as saying that his country had never blocked a goal.',
      find: { 'never blocked a goal': { source: 'Saudi delegate', via: 'dpa' } },
    },
    {
      rule: 'reads a platform described before its name ("on the social network Bluesky", "the messaging app Telegram")',
      text: 'Writing on the social network Bluesky, Ana Lind said the plan was dead. Ole Berg wrote on the social media platform X that the deal was off. Ivo Marek said in a post on the messaging app Telegram that talks had failed.',
      find: {
        'plan was dead': { source: 'Ana Lind', via: 'Bluesky' },
        'deal was off': { source: 'Ole Berg', via: 'X' },
        'talks had failed': { source: 'Ivo Marek', via: 'Telegram' },
      },
    },
    {
      rule: 'reads newspapers named "Journal of …", "… Citizen", "… Supplement" as outlets',
      text: 'A port executive told the Journal of Commerce that ships would be rerouted. A senior official told the Halden Citizen that a deal was close. Minister Rita Holm said in an interview with the Teachers Weekly Supplement that fees would rise.',
      find: {
        'ships would be rerouted': { via: 'Journal of Commerce' },
        'a deal was close': { via: 'Halden Citizen' },
        'fees would rise': { source: 'Rita Holm', via: 'Teachers Weekly Supplement' },
      },
    },
    {
      rule: 'gives a participle cue the platform of the verb before it ("wrote on X that C, adding that D")',
      text: 'Port director Lina Holm wrote on X that dredging would start in May, adding that the channel would be ready by autumn.',
      find: { 'ready by autumn': { source: 'Lina Holm', via: 'X', cue: 'adding' } },
    },
    {
      rule: 'reads the pronoun after a quotation closed by its comma ("C “Q,” he said") as the speaker named before',
      text: 'A port spokesman, Ivo Marek, rejected the report. The authority acted “as soon as the survey data came in,” he said in a statement to Axios.',
      find: { 'The authority acted': { source: 'Ivo Marek', via: 'Axios' } },
    },
  ])('$rule', expectClaims);
});
