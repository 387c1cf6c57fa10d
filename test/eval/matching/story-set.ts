import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';

/**
 * An evaluation set for claim matching: a folder of stories, each `NN-slug.txt` (the articles of several outlets,
 * each opened by a line `=== Outlet`) beside `NN-slug.gold.json` (the story's claims, each with the mentions that
 * carry it). The format is described in test/fixtures/matching/README.md.
 */
export interface StoryArticle {
  outlet: string;
  body: string;
}

export interface GoldMention {
  /** `story/claim#n`, unique in the set. */
  key: string;
  story: string;
  claim: string;
  outlet: string;
  text: string;
  /** Where `text` sits in the article's body. */
  start: number;
  end: number;
}

export interface GoldClaim {
  id: string;
  source?: string;
  trap?: string;
  conflictsWith?: string;
  mentions: { outlet: string; text: string }[];
}

export interface Story {
  slug: string;
  title: string;
  articles: StoryArticle[];
  claims: GoldClaim[];
  mentions: GoldMention[];
}

const ARTICLE_HEADER = /^=== (.+)$/;

function parseArticles(text: string, file: string): StoryArticle[] {
  const articles: StoryArticle[] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    const header = ARTICLE_HEADER.exec(line);
    if (header) articles.push({ outlet: header[1].trim(), body: '' });
    else if (articles.length > 0) articles[articles.length - 1].body += `${line}\n`;
    else if (line.trim()) throw new Error(`${file}: text before the first "=== Outlet" line`);
  }
  for (const article of articles) article.body = article.body.trim();
  const outlets = articles.map((article) => article.outlet);
  if (new Set(outlets).size !== outlets.length) throw new Error(`${file}: an outlet appears twice`);
  return articles;
}

function locate(story: string, article: StoryArticle | undefined, text: string, where: string) {
  if (!article) throw new Error(`${where}: no article of that outlet in the story`);
  const start = article.body.indexOf(text);
  if (start < 0) throw new Error(`${where}: "${text}" is not in the ${article.outlet} article of ${story}`);
  if (article.body.indexOf(text, start + 1) >= 0) throw new Error(`${where}: "${text}" occurs twice in the article`);
  return { start, end: start + text.length };
}

export function parseStory(slug: string, articlesText: string, goldText: string): Story {
  const articles = parseArticles(articlesText, `${slug}.txt`);
  const gold = JSON.parse(goldText) as { story?: string; claims: GoldClaim[] };
  const ids = new Set(gold.claims.map((claim) => claim.id));
  if (ids.size !== gold.claims.length) throw new Error(`${slug}.gold.json: a claim id appears twice`);
  const mentions = gold.claims.flatMap((claim) => {
    if (claim.conflictsWith && !ids.has(claim.conflictsWith)) {
      throw new Error(`${slug}.gold.json: ${claim.id} conflicts with unknown claim ${claim.conflictsWith}`);
    }
    return claim.mentions.map((mention, index) => {
      const where = `${slug}.gold.json ${claim.id} mention ${index + 1}`;
      const article = articles.find((candidate) => candidate.outlet === mention.outlet);
      return {
        key: `${slug}/${claim.id}#${index + 1}`,
        story: slug,
        claim: claim.id,
        outlet: mention.outlet,
        text: mention.text,
        ...locate(slug, article, mention.text, where),
      };
    });
  });
  return { slug, title: gold.story ?? slug, articles, claims: gold.claims, mentions };
}

/** Every story of a folder, in file-name order. */
export function loadStorySet(dir: string): Story[] {
  const stories = readdirSync(dir)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const slug = basename(file, '.gold.json');
      return parseStory(slug, readFileSync(join(dir, `${slug}.txt`), 'utf8'), readFileSync(join(dir, file), 'utf8'));
    });
  if (stories.length === 0) throw new Error(`${dir}: no NN-slug.gold.json files`);
  return stories;
}
