import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { catalogueEntries, type CatalogueSources } from '../../../src/lib/search/catalogue';
import { buildCatalogueIndex } from '../../../src/lib/search/catalogue-index';
import { FilterIndex } from '../../../src/lib/search/filter-index';
import { frenchSources, labels } from './fixtures';

describe('catalogueEntries', () => {
  const entries = catalogueEntries(frenchSources);

  it('lists lessons, stories, quizzes and calculators in that order, each with its page', () => {
    expect(entries.map((e) => e.ref)).toEqual([
      'lesson/why-programmes-fail',
      'lesson/not-mass-media',
      'lesson/listening-first',
      'story/listening-before-selling',
      'quiz/why-programmes-fail',
      'quiz/free-quiz',
      'calculator/roi',
    ]);
    expect(entries.map((e) => e.href)).toContain('/fr/quizzes/why-programmes-fail/');
    expect(entries.find((e) => e.type === 'calculator')!.href).toBe('/fr/calculators/roi/');
  });

  it('gives a story the audiences of the lessons it illustrates, ignoring unknown slugs', () => {
    expect(entries.find((e) => e.type === 'story')!.audience).toEqual(['executive', 'staff']);
  });

  it('gives a quiz its lesson’s audience, track and tags, and a description naming the lesson', () => {
    const quiz = entries.find((e) => e.ref === 'quiz/why-programmes-fail')!;
    expect(quiz).toMatchObject({ audience: ['executive'], track: 'executive-briefings', tags: ['strategy', 'governance'] });
    expect(quiz.description).toBe('Quiz sur «\u00a0Pourquoi la plupart des programmes échouent\u00a0»');
    expect(entries.find((e) => e.ref === 'quiz/free-quiz')).toMatchObject({ audience: [], track: null, description: 'Quiz' });
  });
});

/** 100 entries with realistic text: 60 lessons, 20 stories, 16 quizzes, 4 calculators. */
function syntheticSources(): CatalogueSources {
  const words = 'réseaux sociaux mesure valeur client service objectif indicateur tableau bord fidélité audience engagement coût marge retour investissement écoute conversation communauté stratégie budget outil équipe direction conseil formation parcours leçon risque vente'.split(' ');
  const sentence = (seed: number, length: number) => Array.from({ length }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ');
  const base = frenchSources;
  return {
    ...base,
    lessons: Array.from({ length: 60 }, (_, i) => ({
      ...base.lessons[i % 3]!,
      slug: `lesson-${i}`,
      title: `Leçon ${i} : ${sentence(i, 6)}`,
      description: sentence(i + 1, 24),
      objectives: [sentence(i + 2, 12), sentence(i + 3, 12), sentence(i + 4, 12)],
      takeaways: [sentence(i + 5, 14), sentence(i + 6, 14), sentence(i + 7, 14), sentence(i + 8, 14)],
      tags: [`tag-${i % 12}`, `theme-${i % 5}`],
    })),
    stories: Array.from({ length: 20 }, (_, i) => ({ ...base.stories[0]!, slug: `story-${i}`, title: `Cas ${i}`, description: sentence(i, 24), lessons: [`lesson-${i}`] })),
    quizzes: Array.from({ length: 16 }, (_, i) => ({ slug: `lesson-${i}`, title: `Quiz ${i}`, lesson: `lesson-${i}`, textLang: 'fr' as const })),
    calculators: Array.from({ length: 4 }, (_, i) => ({ ...base.calculators[0]!, id: `calc-${i}` })),
  };
}

describe('catalogue index budget', () => {
  it('stays under 30 KB gzipped for 100 entries, and still answers', () => {
    const entries = catalogueEntries(syntheticSources());
    expect(entries).toHaveLength(100);
    const data = buildCatalogueIndex('fr', entries, labels.fr);
    const json = JSON.stringify(data);
    const gz = gzipSync(json, { level: 9 }).length;
    console.log(`catalogue index, 100 entries: ${json.length} bytes, ${gz} bytes gzipped`);
    expect(gz).toBeLessThanOrEqual(30 * 1024);
    expect(FilterIndex.load(JSON.parse(json)).search('tag:tag-3').refs).toContain('lesson/lesson-3');
  });
});
