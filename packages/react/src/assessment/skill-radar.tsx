import type { LadderLevel, Translator } from '@skill-ladder/core';
import {
  assessmentKey,
  createAssessmentTranslator,
  loadStoredAssessment,
  localAssessmentStorage,
  type Assessment,
  type AssessmentStorage,
  type AssessmentTranslator,
} from '@skill-ladder/core/assessment';
import {
  catalogRoles,
  catalogSkillTexts,
  roleProfile,
  type Catalog,
  type CatalogIndex,
} from '@skill-ladder/core/catalog';
import { cva } from 'class-variance-authority';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CatalogRoot, type CatalogPartProps } from '../catalog/catalog-root.js';
import { useLadders } from '../catalog/use-ladders.js';
import { classNames } from '../class-names.js';
import { markLang, namedLabel, type ContentText } from '../content-text.js';
import { labelledText } from '../labelled-message.js';
import { estimateFor, expectedLevel, levelPosition, type Estimate } from './skill-radar-data.js';
import { joinSentences } from './progress-chart-text.js';
import { fitLabel } from './progress-chart-geometry.js';
import { radarLabelColumns, radarLayout, SKILL_RADAR } from './skill-radar-geometry.js';
import { ChartDownloads } from './svg-download-buttons.js';

const radar = cva('sl-chart sl-skill-radar');

/** Props of `SkillRadar`; the rest go to its root `<div>`. */
export type SkillRadarProps = CatalogPartProps & {
  /** The career role whose skills are the spokes. */
  careerRole: string;
  /** The person's level: the role's expected level in each skill is taken up to it. */
  level: string;
  /**
   * Where the person's assessments are kept, one per skill: the browser's `localStorage` by
   * default, a host's own storage, or `null` (nothing stored: every skill not assessed).
   */
  storage?: AssessmentStorage | null;
  /** The most ladders loaded at once. Default: 4. */
  concurrency?: number;
  /** Offer "Download SVG" and "Download PNG". Default: true. */
  downloadable?: boolean;
  /** The downloaded file's name, without extension. Default: `<role>-<level>-skills`. */
  fileName?: string;
};

/**
 * Reads the stored assessment of each of `ids` (`undefined` until read, `null` for none), again
 * when the storage says one changed (another tab).
 */
function useStoredAssessments(
  storage: AssessmentStorage | null | undefined,
  ids: readonly string[],
): ReadonlyMap<string, Assessment | null> {
  const [read, setRead] = useState<{
    storage: typeof storage;
    ids: readonly string[];
    found: ReadonlyMap<string, Assessment | null>;
  }>();
  useEffect(() => {
    let live = true;
    // Made here, after mount: a server has no localStorage.
    const source = storage === undefined ? localAssessmentStorage() : storage;
    const found = new Map<string, Assessment | null>();
    const readOne = async (id: string) => {
      const assessment = (await loadStoredAssessment(source, id)) ?? null;
      if (!live) return;
      found.set(id, assessment);
      setRead({ storage, ids, found: new Map(found) });
    };
    for (const id of ids) void readOne(id);
    const unsubscribe = ids.map(
      (id) => source?.subscribe?.(assessmentKey(id), () => void readOne(id)) ?? (() => {}),
    );
    return () => {
      live = false;
      for (const stop of unsubscribe) stop();
    };
  }, [storage, ids]);
  return read && read.storage === storage && read.ids === ids ? read.found : new Map();
}

interface Spoke {
  readonly id: string;
  readonly name: ContentText;
  readonly levels: readonly LadderLevel[];
  readonly expected: LadderLevel | undefined;
  readonly estimate: Estimate;
}

const levelText = (t: Translator, level: LadderLevel | undefined, none: string): ContentText =>
  level
    ? namedLabel(t, level as LadderLevel & { lang: string }, 'level')
    : { text: none, lang: undefined };

function estimateText(
  t: Translator,
  text: AssessmentTranslator,
  estimate: Estimate,
  levelOf: (level: LadderLevel) => LadderLevel,
): ContentText {
  switch (estimate.state) {
    case 'loading':
      return { text: t.message('catalog.loading'), lang: undefined };
    case 'failed':
      return { text: t.message('roleProfile.failed'), lang: undefined };
    case 'not-assessed':
      return { text: text.message('assessment.radar.notAssessed'), lang: undefined };
    case 'assessed':
      return levelText(
        t,
        estimate.level && levelOf(estimate.level),
        text.message('assessment.radar.noneReached'),
      );
    default:
      return estimate satisfies never;
  }
}

interface RadarProps {
  index: CatalogIndex;
  catalog: Catalog;
  t: Translator;
  unstyled: boolean;
  locale: string | undefined;
  careerRole: string;
  level: string;
  storage: AssessmentStorage | null | undefined;
  concurrency: number;
  downloadable: boolean;
  fileName: string | undefined;
}

function Radar({
  index,
  catalog,
  t,
  unstyled,
  locale,
  careerRole,
  level: levelId,
  storage,
  concurrency,
  downloadable,
  fileName,
}: RadarProps) {
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const text = useMemo(() => createAssessmentTranslator(t), [t]);
  const profile = useMemo(
    () => roleProfile(index, careerRole, levelId, locale),
    [index, careerRole, levelId, locale],
  );
  const ids = useMemo(() => profile.rows.map((row) => row.skill.id), [profile]);
  const loads = useLadders(catalog, ids, concurrency);
  const stored = useStoredAssessments(storage, ids);
  const role = catalogRoles(index, locale).find((r) => r.id === careerRole);
  const roleLabel = role ? namedLabel(t, role, 'role') : { text: careerRole, lang: undefined };
  const level = profile.level;
  const levelLabel = levelText(t, level, levelId);
  // A level named in the reader's language, as the profile names it.
  const named = (l: LadderLevel) => profile.levels.find((p) => p.id === l.id) ?? l;

  const spokes: Spoke[] = profile.rows.map((row) => {
    const texts = catalogSkillTexts(row.skill, locale);
    return {
      id: row.skill.id,
      name: { text: texts.name, lang: markLang(t, texts.lang.name) },
      levels: row.skill.levels,
      expected: level && expectedLevel(row.skill, careerRole, level.id),
      estimate: estimateFor(
        careerRole,
        loads.ladders.get(row.skill.id),
        stored.get(row.skill.id),
        loads.failed.has(row.skill.id),
      ),
    };
  });
  if (!level || spokes.length === 0) {
    return <p data-slot="skill-radar-empty">{t.message('roleProfile.empty')}</p>;
  }
  const layout = radarLayout(
    spokes.map((spoke) => ({
      levels: spoke.levels.length,
      expected: levelPosition(spoke.levels, spoke.expected),
      estimated:
        spoke.estimate.state === 'assessed'
          ? levelPosition(spoke.levels, spoke.estimate.level)
          : undefined,
    })),
  );
  const below = spokes.filter(
    (spoke) =>
      spoke.estimate.state === 'assessed' &&
      levelPosition(spoke.levels, spoke.estimate.level) <
        levelPosition(spoke.levels, spoke.expected),
  );
  const notAssessed = spokes.filter((spoke) => spoke.estimate.state === 'not-assessed').length;
  const pending = spokes.filter((spoke) => spoke.estimate.state === 'loading').length;
  const failed = spokes.filter((spoke) => spoke.estimate.state === 'failed').length;
  const title = text.message('assessment.radar.title', {
    role: roleLabel.text,
    level: levelLabel.text,
  });
  const loaded = spokes.length - pending;
  // Until every skill is read, the summary says how far loading is, not a count that will change.
  const summary =
    pending > 0
      ? t.message('roleProfile.progress', { loaded, count: spokes.length })
      : joinSentences(text.locale, [
          text.message('assessment.radar.below', {
            count: below.length,
            skills: new Intl.ListFormat(text.locale, { type: 'conjunction' }).format(
              below.map((spoke) => spoke.name.text),
            ),
          }),
          notAssessed > 0 &&
            text.message('assessment.radar.notAssessedCount', { count: notAssessed }),
          failed > 0 && t.message('roleProfile.failedCount', { count: failed }),
        ]);
  const columns = radarLabelColumns(spokes.length);
  const { size, viewBox } = SKILL_RADAR;
  const centre = size / 2;
  const allAssessed = pending === 0;
  return (
    <figure data-slot="skill-radar-figure">
      <svg
        ref={svgRef}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
        data-slot="chart-svg"
        // The drawing is laid out left to right; in a right-to-left page its labels keep their
        // anchors (text itself still runs in its own direction).
        direction="ltr"
        fontSize={spokes.length > 16 ? 9 : 11}
      >
        <title id={`${id}-title`}>{title}</title>
        {layout.rings.map((r) => (
          <circle
            key={r}
            data-part="ring"
            cx={centre}
            cy={centre}
            r={r}
            fill="none"
            stroke="currentColor"
            strokeWidth={0.5}
            strokeOpacity={0.4}
          />
        ))}
        {layout.spokes.map((spoke, i) => (
          <line
            key={spokes[i]?.id}
            data-part="spoke"
            x1={centre}
            y1={centre}
            x2={spoke.end.x}
            y2={spoke.end.y}
            stroke="currentColor"
            strokeWidth={0.5}
            strokeOpacity={0.4}
          />
        ))}
        <polygon
          data-part="expected"
          points={layout.expectedOutline}
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeDasharray="6 4"
        />
        {allAssessed && (
          <polygon
            data-part="estimated"
            points={layout.estimatedOutline}
            fill="currentColor"
            fillOpacity={0.15}
            stroke="currentColor"
            strokeWidth={2}
          />
        )}
        {layout.spokes.map((spoke, i) => {
          const state = spokes[i]?.estimate.state;
          return (
            <g key={spokes[i]?.id} data-state={state}>
              <rect
                data-part="expected-point"
                x={spoke.expected.x - 3}
                y={spoke.expected.y - 3}
                width={6}
                height={6}
                fill="currentColor"
              />
              {state === 'assessed' && (
                <circle
                  data-part="estimated-point"
                  cx={spoke.estimated.x}
                  cy={spoke.estimated.y}
                  r={3.5}
                  fill="currentColor"
                />
              )}
              <text
                data-part="label"
                x={spoke.label.x}
                y={spoke.label.y}
                textAnchor={spoke.label.anchor}
                dominantBaseline="central"
                fill="currentColor"
              >
                {fitLabel(spokes[i]?.name.text ?? '', columns)}
                {state === 'not-assessed' ? ' ?' : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <p id={`${id}-summary`} data-slot="chart-summary" aria-busy={!allAssessed}>
          {summary}
        </p>
        {failed > 0 && (
          <button type="button" data-slot="retry" onClick={loads.retry}>
            {t.message('catalog.retry')}
          </button>
        )}
        <ul data-slot="chart-legend">
          <li>
            <svg aria-hidden="true" viewBox="0 0 24 12" data-part="legend-expected">
              <path
                data-part="expected"
                d="M0 6h24"
                stroke="currentColor"
                strokeWidth={2}
                strokeDasharray="6 4"
              />
            </svg>
            {text.message('assessment.chart.expectedLevel')}
          </li>
          <li>
            <svg aria-hidden="true" viewBox="0 0 24 12" data-part="legend-estimated">
              <path data-part="estimated" d="M0 6h24" stroke="currentColor" strokeWidth={2} />
            </svg>
            {text.message('assessment.chart.estimatedLevel')}
          </li>
        </ul>
        <p data-slot="chart-rule">
          {labelledText((params) => text.message('assessment.radar.rule', params), {
            level: levelLabel,
          })}
        </p>
      </figcaption>
      <table data-slot="chart-table" className={classNames(unstyled, 'sl-table', undefined)}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.message('roleProfile.skill')}</th>
            <th scope="col">{text.message('assessment.chart.expectedLevel')}</th>
            <th scope="col">{text.message('assessment.chart.estimatedLevel')}</th>
          </tr>
        </thead>
        <tbody>
          {spokes.map((spoke) => {
            const expected = levelText(
              t,
              spoke.expected && named(spoke.expected),
              text.message('assessment.radar.noneRequired'),
            );
            const estimated = estimateText(t, text, spoke.estimate, named);
            return (
              <tr key={spoke.id} data-state={spoke.estimate.state}>
                <th scope="row" lang={spoke.name.lang}>
                  {spoke.name.text}
                </th>
                <td lang={expected.lang}>{expected.text}</td>
                <td lang={estimated.lang}>{estimated.text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {downloadable && (
        <ChartDownloads
          svg={svgRef}
          text={text}
          fileName={fileName ?? `${careerRole}-${level.id}-skills`}
        />
      )}
    </figure>
  );
}

/**
 * A career role across the skills of a catalog, as a radar chart (plain SVG): one spoke per
 * skill in which the role appears at `level`, with two outlines — the role's expected level in
 * each skill (dashed, ■: the highest level up to `level` at which the skill is required for the
 * role, from the catalog index alone) and the person's estimated level (solid, ●: the highest
 * level whose required expectations they marked all "yes", from each skill's ladder and stored
 * assessment). A value is drawn at its share of the skill's levels. A skill the person has not
 * assessed is "not assessed" (a "?" by its name), not zero. The SVG is `role="img"` with a
 * title and a summary ("2 skills are below the expected level: …"); a data table gives each
 * skill's two levels. Ladders load at most `concurrency` at a time; the person's outline shows
 * once every skill is read. Styling hooks: `data-slot="skill-radar" | "chart-svg" |
 * "chart-summary" | "chart-table"`, `data-part` on the drawing's shapes, `data-state` on each
 * spoke and row (`loading`, `failed`, `not-assessed`, `assessed`); colours `--sl-chart-expected`
 * and `--sl-chart-estimated`.
 *
 * @example
 * <SkillRadar catalog={catalog} careerRole="backend-engineer" level="senior" />
 */
export function SkillRadar({
  careerRole,
  level,
  storage,
  concurrency = 4,
  downloadable = true,
  fileName,
  className,
  ...rest
}: SkillRadarProps) {
  return (
    <CatalogRoot
      slot="skill-radar"
      className={classNames(rest.unstyled, radar(), className)}
      {...rest}
      render={(index, t, unstyled) => (
        <Radar
          index={index}
          catalog={rest.catalog}
          t={t}
          unstyled={unstyled}
          locale={rest.locale}
          careerRole={careerRole}
          level={level}
          storage={storage}
          concurrency={concurrency}
          downloadable={downloadable}
          fileName={fileName}
        />
      )}
    />
  );
}
