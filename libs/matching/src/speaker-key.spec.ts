import {
  initialsOf,
  nameFragments,
  namesSpelledBy,
  sameSpeaker,
  type SpeakerCandidate,
  speakerName,
  speakerOf as sut,
} from './speaker-key';

const person = (key: string) => ({ key, type: 'person' });
const org = (key: string) => ({ key, type: 'organization' });
const row = (id: string, key: string, type = 'person', speakerId: string | null = null) => ({
  id,
  key,
  type,
  speakerId,
});
const candidate = (id: string, key: string, type = 'person', speaker = { id, key, type }): SpeakerCandidate => ({
  ...row(id, key, type, speaker.id),
  speaker,
});

describe('sameSpeaker', () => {
  it.each([
    [person('martin roewer'), person('roewer'), true],
    [person('marhaf abu qasra'), person('abu qasra'), true],
    [person('martin roewer'), person('martin'), false],
    [person('anna roewer'), person('martin roewer'), false],
    [org('kaltenbach ag'), org('kaltenbach'), true],
    [org('turkish defence industry agency'), org('turkiye defence industry agency'), true],
    [org('vantis pharma'), org('vantis'), true],
    [org('hm land registry'), org('land registry'), true],
    [{ key: 'hm land registry', type: 'document' }, org('land registry'), true],
    [org('european medicines agency'), org('ema'), true],
    [org('central statistics office'), org('cso'), true],
    [org('central statistics office'), org('office'), false],
    [org('vantis pharma'), person('vantis'), false],
    [org('halvorsen'), person('ingrid halvorsen'), true],
    [person('brennmoor gmbh'), org('brennmoor'), true],
    [person('ingrid'), org('ingrid halvorsen'), false],
    [{ key: 'the courier', type: 'media' }, org('the courier'), true],
    [{ key: 'halvorsen', type: 'social' }, person('halvorsen'), false],
    [{ key: 'sources', type: 'anonymous' }, { key: 'sources', type: 'anonymous' }, false],
    // A kind and what it serves, either way round; a narrower name keeps the kind and some of the words.
    [org('ministry of transport'), org('transport ministry'), true],
    [org('office for budget responsibility'), org('chile budget responsibility office'), true],
    [org('ministry of fisheries and oceans'), org('canada fisheries ministry'), true],
    [org('national inspectorate for road safety'), org('road safety inspectorate'), true],
    [org('bank of portugal'), org('bank of spain'), false],
    [org('ministry of transport'), org('health ministry'), false],
    [org('ministry of fisheries and oceans'), org('ministry'), false],
    [org('ministry of fisheries and oceans'), org('fisheries and oceans'), false],
    [org('board of governors of the housing fund'), org('housing board'), false],
    // An acronym may leave out the country the full name opens with.
    [org('romania national audit office'), org('nao'), true],
    [org('romania national audit office'), org('rnao'), true],
    [org('romania national audit office'), org('nac'), false],
    // A country's government under its own name, its capital's, or a government body's.
    [org('moldova'), org('moldovan energy ministry'), true],
    [org('greece'), org('athens'), true],
    [org('athens'), org('greek cabinet'), true],
    [org('moldovan interior ministry'), org('moldova transitional government'), true],
    [org('peru'), org('peru ruling military council'), true],
    [org('peru'), org('peru research council'), false],
    [org('romania'), org('romania central bank'), false],
    [org('romania'), org('romanian election commission'), false],
    [org('moldova'), org('romania foreign ministry'), false],
    [person('jordan'), org('jordan foreign ministry'), false],
    // An unnamed spokesperson speaks for the organisation named with them, whichever way round it is written.
    [person('orvel spokeswoman'), person('for orvel'), true],
    [person('spokesperson for the orvel group'), org('orvel group'), true],
    [person('orvel spokesman'), org('orvel'), true],
    [person('orvel spokesman'), person('brenna spokesman'), false],
    [person('orvel spokesman'), person('ines orvel'), false],
  ])('%o and %o: %s', (a, b, expected) => {
    expect(sameSpeaker(a, b)).toBe(expected);
    expect(sameSpeaker(b, a)).toBe(expected);
  });
});

describe('speakerName', () => {
  const document = (name: string, key: string) => ({ name, key, type: 'document' });
  it.each([
    [document('the registry’s latest figures', 'registry latest figures'), org('registry')],
    [document("Raman's own figures", 'raman own figures'), org('raman')],
    [document("the estate agents' survey", 'estate agents survey'), org('estate agents')],
  ])('matches a document named by its owner as the owner: %o', (entry, owner) => {
    expect(speakerName(entry)).toMatchObject(owner);
  });

  it.each([
    [{ name: 'the annual report', key: 'annual report', type: 'document' }],
    [{ name: "Raman's figures", key: 'raman figures', type: 'person' }],
  ])('leaves any other row its own name: %o', (entry) => {
    expect(speakerName(entry)).toEqual(entry);
  });

  it('meets the owner the desk knows by its full name', () => {
    const figures = speakerName({
      ...document('the registry’s latest figures', 'registry latest figures'),
      id: 'doc',
      speakerId: null,
    });
    expect(sut(figures, [candidate('hm', 'hm land registry', 'organization')])).toBe('hm');
  });
});

describe('nameFragments and initialsOf', () => {
  it('looks a person up by surname and an organisation by each of its core words', () => {
    expect(nameFragments(person('marhaf abu qasra'))).toEqual(['qasra']);
    expect(nameFragments(org('turkish defence industry agency'))).toEqual(['defence', 'industry']);
    expect(nameFragments(org('ministry of fisheries and oceans'))).toEqual(['fisheries', 'oceans']);
    expect(nameFragments(org('kaltenbach ag'))).toEqual(['kaltenbach']);
    expect(nameFragments({ key: 'sources via reuters', type: 'anonymous' })).toEqual([]);
    expect(nameFragments(person('orvel spokeswoman'))).toEqual(['orvel']);
  });

  it('looks a government up by its country and its capitals too', () => {
    expect(nameFragments(org('greek finance ministry'))).toEqual(['finance', 'greece', 'athens']);
    expect(nameFragments(org('athens'))).toEqual(['athens', 'greece']);
    expect(nameFragments(org('greek statistics office'))).toEqual(['statistics']);
  });

  it('gives an organisation the initials its acronym would have, with and without the country', () => {
    expect(initialsOf(org('european medicines agency'))).toEqual(['ema', 'ma']);
    expect(initialsOf(org('bank of england'))).toEqual(['be']);
    expect(initialsOf(org('romania national audit office'))).toEqual(['rnao', 'nao']);
    expect(initialsOf(person('martin roewer'))).toEqual([]);
    expect(initialsOf(org('ema'))).toEqual([]);
  });

  it('looks an acronym up as itself and after the first letter of a place', () => {
    expect(namesSpelledBy('nao')).toContain('nao');
    expect(namesSpelledBy('nao')).toContain('rnao');
  });
});

describe('speakerOf', () => {
  it('matches a surname with the one full name the desk knows', () => {
    expect(sut(row('short', 'roewer'), [candidate('full', 'martin roewer')])).toBe('full');
  });

  it('takes the speaker a known short form is matched under', () => {
    const known = candidate('short', 'roewer', 'person', { id: 'full', key: 'martin roewer', type: 'person' });
    expect(sut(row('new', 'martin roewer'), [known])).toBe('full');
  });

  it('takes the first of two speakers that are one speaker to each other too', () => {
    const rows = [
      candidate('capital', 'athens', 'organization'),
      candidate('cabinet', 'greek cabinet', 'organization'),
    ];
    expect(sut(row('ministry', 'greek finance ministry', 'organization'), rows)).toBe('capital');
  });

  it('assumes nobody when two speakers fit, or the short form stands for someone else', () => {
    const two = [candidate('martin', 'martin roewer'), candidate('anna', 'anna roewer')];
    expect(sut(row('short', 'roewer'), two)).toBe('short');
    const taken = candidate('short', 'roewer', 'person', { id: 'martin', key: 'martin roewer', type: 'person' });
    expect(sut(row('anna', 'anna roewer'), [taken])).toBe('anna');
  });

  it('stands for itself without candidates, and never takes itself as another', () => {
    expect(sut(row('only', 'roewer'), [])).toBe('only');
    expect(sut(row('only', 'roewer'), [candidate('only', 'roewer')])).toBe('only');
  });
});
