import { describe, expect, it } from 'vitest';
import { cmi5Xml, escapeXml, lomMetadata, scorm12Manifest, scorm2004Manifest, type PackagedCourse } from '../../../src/lib/lms/manifests';
import { manifestErrors } from '../../e2e/support/xsd';

const course: PackagedCourse = {
  locale: 'fr-FR',
  identifier: 'board-academy-fr-test',
  title: 'Board Academy · « Mesurer » & <décider>',
  description: 'Les "bons" indicateurs d’abord.',
  lessons: [
    { slug: 'what-roi-measures', title: 'Ce que le ROI mesure', description: 'Un & deux', href: 'fr/lms/lessons/what-roi-measures/index.html', masteryPercent: 70 },
    { slug: '2-no-quiz', title: 'Sans quiz', description: 'Lecture', href: 'fr/lms/lessons/2-no-quiz/index.html' },
  ],
  files: ['fr/lms/lessons/what-roi-measures/index.html', 'fr/lms/lessons/2-no-quiz/index.html', '_astro/a&b.js'],
};

describe('manifests', () => {
  it('are valid against ADL’s and AICC’s schemas, with text that needs escaping and a slug starting with a digit', async () => {
    expect(await manifestErrors('scorm12', 'imsmanifest.xml', scorm12Manifest(course))).toEqual([]);
    expect(await manifestErrors('scorm2004', 'imsmanifest.xml', scorm2004Manifest(course))).toEqual([]);
    expect(await manifestErrors('cmi5', 'cmi5.xml', cmi5Xml(course))).toEqual([]);
  });

  it('carry the pass mark as mastery score in each standard’s unit, and only for lessons with a quiz', () => {
    expect(scorm12Manifest(course)).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(scorm12Manifest(course).match(/masteryscore>/g)).toHaveLength(2);
    expect(scorm2004Manifest(course)).toContain('<imsss:minNormalizedMeasure>0.7000</imsss:minNormalizedMeasure>');
    const cmi5 = cmi5Xml(course);
    expect(cmi5).toContain('moveOn="CompletedAndPassed" masteryScore="0.7000"');
    expect(cmi5).toContain('moveOn="Completed" launchMethod="AnyWindow"');
    expect(cmi5.indexOf('what-roi-measures')).toBeLessThan(cmi5.indexOf('2-no-quiz'));
  });

  it('escape titles and descriptions, in the package’s language', () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
    expect(cmi5Xml(course)).toContain('<langstring lang="fr-FR">Board Academy · « Mesurer » &amp; &lt;décider&gt;</langstring>');
    expect(lomMetadata(course, 'scorm2004')).toContain('<string language="fr-FR">Les &quot;bons&quot; indicateurs d’abord.</string>');
    expect(lomMetadata(course, 'scorm12')).toContain('<langstring xml:lang="fr-FR">Les &quot;bons&quot; indicateurs d’abord.</langstring>');
  });
});
