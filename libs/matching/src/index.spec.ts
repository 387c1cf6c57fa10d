import * as sut from '@factdesk/matching';

describe('@factdesk/matching', () => {
  it('exports the functions the desk calls, through the path alias', () => {
    for (const name of [
      'sourceKey',
      'matchText',
      'checkWorthiness',
      'sourceRisk',
      'priorityAdjustment',
      'decideMatch',
      'foldText',
    ]) {
      expect(typeof (sut as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('puts the pieces together: one speaker, one claim, one decision', () => {
    expect(sut.sourceKey('Health Minister Lina Haddad')).toBe(sut.sourceKey('Lina Haddad'));
    expect(sut.matchText('Nine clinics closed.')).toBe(sut.matchText('9 clinics closed'));
  });
});
