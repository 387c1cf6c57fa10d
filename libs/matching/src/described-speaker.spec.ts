import { describesSpeaker as sut } from './described-speaker';

describe('describesSpeaker', () => {
  it.each([
    ['a role', 'harbour master', 'person', null, true],
    ['a role after a possessive pronoun', 'her deputy finance minister', 'person', null, true],
    ['an organisation by its trade', 'the shipping regulator', 'organization', null, true],
    ['a body placed by a possessive', 'Norway’s fisheries directorate', 'organization', null, true],
    ['a document of nobody in particular', 'the inspection records', 'document', null, true],
    ['unnamed sources without a relay', 'two people briefed on the plan', 'anonymous', null, true],
    ['unnamed sources through a relay, which names them', 'officials', 'anonymous', 'Kyodo', false],
    ['a document carried by a relay', 'a letter', 'document', 'The Times', false],
    ['a person by name', 'Ingrid Solberg', 'person', null, false],
    ['an organisation by name', 'Port Authority of Tromsø', 'organization', null, false],
    ['an acronym', 'NATO', 'organization', null, false],
    ['a role with its holder named', 'deputy mayor Ana Costa', 'person', null, false],
    ['a possessive alone', 'Oslo’s', 'organization', null, false],
    ['a label with a number, an identifier', 'tip line 7', 'person', null, false],
  ])('%s: "%s"', (_, name, type, via, described) => {
    expect(sut({ name, type, via })).toBe(described);
  });
});
