import { describe, expect, it } from 'vitest';
import { formatDate, localizedPath, otherLangs, pluralKey, translator } from '../../../src/lib/i18n';

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('fr')('lesson.duration', { minutes: 6 })).toBe('6 min de lecture');
    expect(translator('en')('lesson.duration', { minutes: 6 })).toBe('6 min read');
    expect(translator('en')('lesson.duration')).toBe('{minutes} min read');
  });
});

describe('pluralKey', () => {
  it('follows each language’s plural rules (French: 0 and 1 are singular)', () => {
    expect(pluralKey('fr', 0, 'home.entry.count')).toBe('home.entry.count.one');
    expect(pluralKey('fr', 1, 'home.entry.count')).toBe('home.entry.count.one');
    expect(pluralKey('fr', 2, 'home.entry.count')).toBe('home.entry.count.other');
    expect(pluralKey('en', 0, 'home.entry.count')).toBe('home.entry.count.other');
    expect(pluralKey('en', 1, 'home.entry.count')).toBe('home.entry.count.one');
  });
});

describe('paths and dates', () => {
  it('mirrors a path into the other language', () => {
    expect(localizedPath('/fr/lessons/x/', 'en')).toBe('/en/lessons/x/');
    expect(localizedPath('/en/', 'fr')).toBe('/fr/');
    expect(localizedPath('/fr', 'en')).toBe('/en/');
    expect(localizedPath('/french-thing/', 'en')).toBe('/en/french-thing/');
    expect(otherLangs('fr')).toEqual(['en']);
    expect(otherLangs('en')).toEqual(['fr']);
  });
  it('formats dates for the page locale', () => {
    const date = new Date('2026-11-23T00:00:00Z');
    expect(formatDate(date, 'fr')).toBe('23 novembre 2026');
    expect(formatDate(date, 'en')).toBe('23 November 2026');
  });
});
