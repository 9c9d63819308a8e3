import type { Alignment } from './types.js';

/** An O*NET-SOC occupation code, `15-2051.00`. */
export const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
/** An http(s) URL with a host and no whitespace. */
export const HTTP_URL = /^https?:\/\/[^\s/?#]+\S*$/i;

/**
 * Whether an alignment's target is a skill or an occupation: its `kind`, else what the target
 * says (an ESCO URI by its path, an O*NET-SOC code is an occupation); `undefined` when unknown.
 *
 * @example
 * alignmentKind({ framework: 'esco', target: 'http://data.europa.eu/esco/occupation/…' }) // 'occupation'
 */
export function alignmentKind(alignment: Pick<Alignment, 'framework' | 'target' | 'kind'>) {
  if (alignment.kind) return alignment.kind;
  if (alignment.framework === 'onet') return 'occupation';
  const type =
    alignment.framework === 'esco' &&
    /^https?:\/\/[^/]+\/esco\/(\w+)\//.exec(alignment.target)?.[1];
  return type === 'skill'
    ? 'skill'
    : type === 'occupation' || type === 'isco'
      ? 'occupation'
      : undefined;
}

/**
 * The web page of an alignment's target: the ESCO URI or URL itself, or O*NET OnLine's page
 * of an O*NET-SOC code; `undefined` for a target that is not an http(s) URL (data is text:
 * only these become links).
 *
 * @example
 * alignmentUrl({ framework: 'onet', target: '15-2051.00' }) // 'https://www.onetonline.org/link/summary/15-2051.00'
 */
export function alignmentUrl(
  alignment: Pick<Alignment, 'framework' | 'target'>,
): string | undefined {
  const { framework, target } = alignment;
  if (framework === 'onet') {
    return ONET_CODE.test(target) ? `https://www.onetonline.org/link/summary/${target}` : undefined;
  }
  return HTTP_URL.test(target) ? target : undefined;
}

/**
 * How a page names a taxonomy: `ESCO`, `O*NET`, or the framework's own name.
 *
 * @example
 * frameworkLabel('onet') // 'O*NET'
 */
export function frameworkLabel(framework: string): string {
  return framework === 'esco' ? 'ESCO' : framework === 'onet' ? 'O*NET' : framework;
}
