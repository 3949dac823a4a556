/**
 * The manifests of a track package: SCORM 1.2 and SCORM 2004 4th edition `imsmanifest.xml`, and
 * cmi5's `cmi5.xml`. One SCO / AU per lesson, in track order, with the quiz's pass mark as mastery
 * score. Written by hand against ADL's and AICC's XSDs (the tests validate every one): the usual
 * generators put `metadata` where the schemas do not allow it.
 * Self-contained (no imports): `scripts/package.ts` loads it with Node's own TypeScript support.
 */

export interface PackagedLesson {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** The lesson page inside the package, e.g. `fr/lms/lessons/what-roi-measures/index.html`. */
  readonly href: string;
  /** The pass mark of the lesson's quiz, in percent; absent when the lesson has no quiz. */
  readonly masteryPercent?: number;
}

export interface PackagedCourse {
  /** `fr-FR`, `en-GB`: the language of every title and description. */
  readonly locale: string;
  /** Unique and stable for this track in this language, e.g. `board-academy-fr-fundamentals`. */
  readonly identifier: string;
  readonly title: string;
  readonly description: string;
  readonly lessons: readonly PackagedLesson[];
  /** Every file of the package (paths relative to its root), listed in the SCORM resources. */
  readonly files: readonly string[];
}

export const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** An XML identifier (xs:ID): letters, digits, hyphens, dots and underscores, never starting with a digit. */
const xmlId = (prefix: string, slug: string) => `${prefix}-${slug.replace(/[^A-Za-z0-9._-]/g, '_')}`;

const fileList = (files: readonly string[], indent: string) =>
  files.map((f) => `${indent}<file href="${escapeXml(f)}"/>`).join('\n');

/** The course's LOM record (title, description, language) beside the manifest, which points to it. */
export const METADATA_FILE = 'metadata.xml';

/**
 * The LOM record: IMS LOM 1.2.1 for SCORM 1.2, IEEE LOM for SCORM 2004. Kept in its own file
 * (`adlcp:location`) because libxml2 cannot compile either LOM schema (non-deterministic content
 * models), so inline LOM would make the manifest unverifiable here.
 */
export function lomMetadata(course: PackagedCourse, format: 'scorm12' | 'scorm2004'): string {
  const lang = course.locale;
  const [namespace, text] =
    format === 'scorm12'
      ? ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', (value: string) => `<langstring xml:lang="${lang}">${escapeXml(value)}</langstring>`]
      : ['http://ltsc.ieee.org/xsd/LOM', (value: string) => `<string language="${lang}">${escapeXml(value)}</string>`];
  return `<?xml version="1.0" encoding="UTF-8"?>
<lom xmlns="${namespace}">
  <general>
    <title>${text(course.title)}</title>
    <language>${lang}</language>
    <description>${text(course.description)}</description>
  </general>
</lom>
`;
}

/** One `<item>` per lesson, in order; `mastery` writes the standard's mastery-score lines for a lesson with a quiz. */
const itemsXml = (course: PackagedCourse, mastery: (percent: number, slug: string) => string[]) =>
  course.lessons
    .map((l) =>
      [
        `      <item identifier="${xmlId('item', l.slug)}" identifierref="${xmlId('sco', l.slug)}" isvisible="true">`,
        `        <title>${escapeXml(l.title)}</title>`,
        ...(l.masteryPercent === undefined ? [] : mastery(l.masteryPercent, l.slug)),
        '      </item>',
      ].join('\n'),
    )
    .join('\n');

/** One SCO resource per lesson, each depending on the shared files; `scormType` is the attribute as each standard spells it. */
const resourcesXml = (course: PackagedCourse, scormType: 'adlcp:scormtype' | 'adlcp:scormType') =>
  [
    ...course.lessons.map((l) =>
      [
        `    <resource identifier="${xmlId('sco', l.slug)}" type="webcontent" ${scormType}="sco" href="${escapeXml(l.href)}">`,
        `      <file href="${escapeXml(l.href)}"/>`,
        '      <dependency identifierref="shared"/>',
        '    </resource>',
      ].join('\n'),
    ),
    `    <resource identifier="shared" type="webcontent" ${scormType}="asset">`,
    fileList(course.files, '      '),
    '    </resource>',
  ].join('\n');

/** SCORM 1.2 (ADL SCORM 1.2, IMS Content Packaging 1.1.2). */
export function scorm12Manifest(course: PackagedCourse): string {
  const items = itemsXml(course, (percent) => [`        <adlcp:masteryscore>${Math.round(percent)}</adlcp:masteryscore>`]);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(course.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <adlcp:location>${METADATA_FILE}</adlcp:location>
  </metadata>
  <organizations default="track">
    <organization identifier="track">
      <title>${escapeXml(course.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resourcesXml(course, 'adlcp:scormtype')}
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th edition. Each item's primary objective is satisfied by its measure, so the LMS
 * applies the quiz's pass mark (`minNormalizedMeasure`, 0–1) and hands it to the SCO as
 * `cmi.scaled_passing_score`. The learner moves freely between lessons (flow and choice).
 */
export function scorm2004Manifest(course: PackagedCourse): string {
  const items = itemsXml(course, (percent, slug) => [
    '        <imsss:sequencing>',
    '          <imsss:objectives>',
    `            <imsss:primaryObjective objectiveID="${xmlId('pass', slug)}" satisfiedByMeasure="true">`,
    `              <imsss:minNormalizedMeasure>${(percent / 100).toFixed(4)}</imsss:minNormalizedMeasure>`,
    '            </imsss:primaryObjective>',
    '          </imsss:objectives>',
    '        </imsss:sequencing>',
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(course.identifier)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <adlcp:location>${METADATA_FILE}</adlcp:location>
  </metadata>
  <organizations default="track">
    <organization identifier="track">
      <title>${escapeXml(course.title)}</title>
${items}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
${resourcesXml(course, 'adlcp:scormType')}
  </resources>
</manifest>
`;
}

/** The cmi5 AU and course identifiers: URNs, stable across builds and hosts (the LMS maps them to its own). */
export const cmi5CourseId = (course: PackagedCourse) => `urn:board-academy:course:${course.identifier}`;
export const cmi5AuId = (course: PackagedCourse, slug: string) => `urn:board-academy:au:${course.identifier}:${slug}`;

/** cmi5 course structure (AICC cmi5 Quartz, CourseStructure.xsd). */
export function cmi5Xml(course: PackagedCourse): string {
  const lang = course.locale;
  const text = (tag: string, value: string, indent: string) =>
    `${indent}<${tag}>\n${indent}  <langstring lang="${lang}">${escapeXml(value)}</langstring>\n${indent}</${tag}>`;
  const aus = course.lessons
    .map((l) =>
      [
        `  <au id="${escapeXml(cmi5AuId(course, l.slug))}" moveOn="${l.masteryPercent === undefined ? 'Completed' : 'CompletedAndPassed'}"${
          l.masteryPercent === undefined ? '' : ` masteryScore="${(l.masteryPercent / 100).toFixed(4)}"`
        } launchMethod="AnyWindow">`,
        text('title', l.title, '    '),
        text('description', l.description, '    '),
        `    <url>${escapeXml(l.href)}</url>`,
        '  </au>',
      ].join('\n'),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(cmi5CourseId(course))}">
${text('title', course.title, '    ')}
${text('description', course.description, '    ')}
  </course>
${aus}
</courseStructure>
`;
}
