import { sourceKey as sut } from './source-key';

describe('sourceKey', () => {
  it.each([
    ['Kovač', 'kovac'],
    ['Türkiye', 'turkiye'],
    ['Defence Minister Marhaf Abu Qasra', 'marhaf abu qasra'],
    ['Syrian Defence Minister Marhaf Abu Qasra', 'marhaf abu qasra'],
    ["Syria's defence minister Marhaf Abu Qasra", 'marhaf abu qasra'],
    ['Former Deputy Prime Minister Ilse Varga', 'ilse varga'],
    ['Foreign Ministry spokesperson Dana Okafor', 'dana okafor'],
    ['U.S. Secretary of State Paul Renner', 'paul renner'],
    ['Minister for Foreign Affairs Ama Boateng', 'ama boateng'],
    ['President of the European Commission Lena Brandt', 'lena brandt'],
    ['Dr. Amara Sesay', 'amara sesay'],
    ['Mr Tomás Reyes', 'tomas reyes'],
    ['Ms. Hana Novak', 'hana novak'],
    ['Sheikh Khalid Al-Mansouri', 'khalid al mansouri'],
    ['Gen. Oleh Marchenko', 'oleh marchenko'],
    ['General Oleh Marchenko', 'oleh marchenko'],
    ['Sen. Ruth Callahan', 'ruth callahan'],
    ['Rep. Dale Whitford', 'dale whitford'],
    ['Chief Executive Priya Raman', 'priya raman'],
    ['CEO Priya Raman', 'priya raman'],
    ['the World Bank', 'world bank'],
    ['World Bank President Ajay Mehta', 'ajay mehta'],
    ['Central Bank of Kenya Governor Joseph Mwangi', 'joseph mwangi'],
    ['White House press secretary Nora Blake', 'nora blake'],
    ["President Ilunga's spokesman Pierre Kabeya", 'pierre kabeya'],
    ['The Daily Courier', 'daily courier'],
    ['Reuters\u2019', 'reuters'],
  ])('%s -> %s', (name, key) => {
    expect(sut(name)).toBe(key);
  });

  it('gives one key to the spellings of one speaker', () => {
    const keys = ['Finance Minister Jana Horák', 'jana horak', 'JANA  HORAK', 'Jana Horak\u2019s', 'Ms Jana Horák'].map(
      sut,
    );
    expect(new Set(keys)).toEqual(new Set(['jana horak']));
  });

  it('unifies initials and apostrophes however they are written', () => {
    expect(sut('U. S. Treasury')).toBe(sut('US Treasury'));
    expect(sut('Seán O\u2019Brien')).toBe(sut("Sean O'Brien"));
    expect(sut('Jean-Luc Moreau')).toBe(sut('Jean Luc Moreau'));
  });

  it.each([
    ['a title that is all there is', 'Minister', 'minister'],
    ['a title that is all there is', 'Prime Minister', 'prime minister'],
    ['a title that is all there is', 'Syrian Defence Minister', 'syrian defence minister'],
    ['a title that is all there is', 'the prime minister\u2019s spokesman', 'prime minister spokesman'],
    ['a title that is all there is', 'The Economist', 'economist'],
    ['the words of an organisation', 'Health Ministry', 'health ministry'],
    ['the words of an organisation', "Prime Minister's Office", 'prime minister office'],
    ['the words of an organisation', 'General Motors', 'general motors'],
    ['the words of an organisation', 'Major League Baseball', 'major league baseball'],
    ['the words of an organisation', 'Office of the President', 'office of the president'],
    ['the folded text of an anonymous phrase', 'sources', 'sources'],
    ['the folded text of an anonymous phrase', 'People familiar with the matter', 'people familiar with the matter'],
    ['the folded text of an anonymous phrase', 'officials', 'officials'],
    ['the folded text of an anonymous phrase', 'a senior government official', 'a senior government official'],
    ['the folded text of an anonymous phrase', 'an aide to President Ilunga', 'an aide to president ilunga'],
    ['the folded text of an anonymous phrase', 'a spokesperson for the ministry', 'a spokesperson for the ministry'],
  ])('keeps %s: %s -> %s', (_, name, key) => {
    expect(sut(name)).toBe(key);
  });

  it('falls back to the folded text when a name has no letters or digits, and never invents one', () => {
    expect(sut(' \u2014 ')).toBe('-');
    expect(sut('   ')).toBe('');
  });
});
