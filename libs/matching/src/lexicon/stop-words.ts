/**
 * Function words that matching leaves out: they occur in nearly every claim, so their trigrams say nothing about
 * whether two claims are the same, and they make the trigram index's lists long. Negations (`not`, `no`, `never`,
 * `without`) and words that carry quantity or time (`more`, `less`, `before`, `after`) are kept: they change a claim.
 */
export const STOP_WORDS = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'into', 'onto', 'upon', 'about', 'as', 'than', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose',
  'it', 'its', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'also', 'there', 'here', 'some', 'such',
  'very', 'just', 'then', 'over', 'under', 'near', 'across', 'along', 'among', 'within', 'per', 'via', 'if', 'while',
];
