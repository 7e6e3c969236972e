/**
 * The W3C test suite's annotation MUST assertions
 * (../shared/external/w3c-annotation-model/tests/annotations/annotationMusts.test),
 * run with Ajv's draft-04 build as that folder's README says: all 7 definition
 * files added to one instance, each of the 54 assertions compiled once, and an
 * annotation conforms when every assertion gives its expected result.
 *
 * ajv-formats is not installed, so `uri` and `date-time` are defined here
 * after RFC 3986 and RFC 3339 (without them Ajv would ignore the formats and
 * let an id of "anno 1" pass).
 */
import Ajv from 'ajv-draft-04';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KIT = fileURLToPath(
  new URL('../../../../shared/external/w3c-annotation-model/', import.meta.url),
);

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** RFC 3986 URI: a scheme, a colon, and no character a URI cannot hold. */
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}]*$/;
/** RFC 3339 date-time, with a time zone. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2}|60)(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as number[];
  const days = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= days && hour! <= 23 && minute! <= 59;
}

export interface MustFailure {
  assertion: string;
  message: string;
}

/** Compiles the 54 MUST assertions; returns a checker giving the failed ones for an annotation. */
export function loadMusts(): { count: number; check: (annotation: unknown) => MustFailure[] } {
  if (!existsSync(KIT)) {
    throw new Error(
      `The W3C annotation-model kit is missing: expected it at ${KIT} (../shared/external/w3c-annotation-model).`,
    );
  }
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addFormat('uri', URI);
  ajv.addFormat('date-time', isDateTime);
  const definitions = join(KIT, 'definitions');
  ajv.addSchema(readdirSync(definitions).map((file) => readJson(join(definitions, file))));
  const test = readJson(join(KIT, 'tests/annotations/annotationMusts.test')) as { assertions: string[] };
  const assertions = test.assertions.map((path) => {
    const schema = readJson(join(KIT, 'tests', path));
    return {
      path,
      expected: (schema.expectedResult ?? 'valid') === 'valid',
      message: String(schema.errorMessage ?? path),
      validate: ajv.compile(schema),
    };
  });
  return {
    count: assertions.length,
    check(annotation) {
      return assertions
        .filter((a) => Boolean(a.validate(annotation)) !== a.expected)
        .map((a) => ({ assertion: a.path, message: a.message }));
    },
  };
}
