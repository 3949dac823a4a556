/** Validating package manifests against ADL's SCORM and AICC's cmi5 XSDs, with libxml2 compiled to WebAssembly (xmllint-wasm). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMAS = join(process.cwd(), 'scripts', 'lms-schemas');

const files = (dir: string, skip: (name: string) => boolean = () => false) =>
  readdirSync(join(SCHEMAS, dir))
    .filter((f) => f.endsWith('.xsd') && !skip(f))
    .map((f) => ({ fileName: f, contents: readFileSync(join(SCHEMAS, dir, f), 'utf8') }));

/** One schema that imports every namespace a manifest uses (xmllint validates against one root schema). */
const wrapper = (imports: [namespace: string, file: string][]) => ({
  fileName: 'wrapper.xsd',
  contents: `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
${imports.map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>`,
});

const SETS = {
  scorm12: {
    schema: wrapper([
      ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ]),
    // libxml2 cannot compile the LOM schema (the manifest carries no inline LOM), and refuses ADL's
    // ims_xml.xsd (it binds the xml namespace as default): W3C's own xml.xsd declares the same attributes.
    preload: () => [
      ...files('scorm12', (f) => f.startsWith('imsmd') || f === 'ims_xml.xsd'),
      { fileName: 'ims_xml.xsd', contents: readFileSync(join(SCHEMAS, 'scorm2004', 'xml.xsd'), 'utf8') },
    ],
  },
  scorm2004: {
    schema: wrapper([
      ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ]),
    preload: () => files('scorm2004'),
  },
  cmi5: {
    schema: { fileName: 'CourseStructure.xsd', contents: readFileSync(join(SCHEMAS, 'cmi5-CourseStructure.xsd'), 'utf8') },
    preload: () => [],
  },
} as const;

/** xmllint's errors for the manifest (empty when it is valid). */
export async function manifestErrors(format: keyof typeof SETS, fileName: string, xml: string): Promise<string[]> {
  const set = SETS[format];
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [set.schema], preload: set.preload() });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
