import { progressByArticle } from './article-list-item';

describe('progressByArticle', () => {
  it('sums each article’s claims by status and its decided share; an article without claims has no share', () => {
    const sut = progressByArticle(
      ['a', 'b'],
      [
        { article_id: 'a', status: 'queued', claims: 1, decided: 0 },
        { article_id: 'a', status: 'approved', claims: 2, decided: 2 },
        { article_id: 'a', status: 'merged', claims: 1, decided: 1 },
      ],
    );
    expect(sut.get('a')).toEqual({
      claimsByStatus: { queued: 1, approved: 2, merged: 1 },
      claims: 4,
      decided: 3,
      decidedShare: 0.75,
    });
    expect(sut.get('b')).toEqual({ claimsByStatus: {}, claims: 0, decided: 0, decidedShare: null });
  });
});
