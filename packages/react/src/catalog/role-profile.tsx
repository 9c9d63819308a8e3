import {
  cellAt,
  localizeLadder,
  type LadderLevel,
  type MessageKey,
  type Requirement,
  type Translator,
} from '@skill-ladder/core';
import {
  catalogRoles,
  catalogSkillTexts,
  roleProfile,
  type CatalogIndex,
  type Catalog,
  type RoleProfileChanges,
  type RoleProfileRow,
  type RoleProfileStep,
} from '@skill-ladder/core/catalog';
import { memo, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { classNames } from '../class-names.js';
import { cellText, markLang, namedLabel, type ContentText } from '../content-text.js';
import { labelledMessage } from '../labelled-message.js';
import { RequirementBadge } from '../requirement-badge.js';
import { readUrlState, writeUrlState } from '../url-state.js';
import { useControllableState } from '../use-controllable-state.js';
import { useLatestCallback } from '../use-latest-callback.js';
import { CatalogRoot, type CatalogPartProps } from './catalog-root.js';
import { SkillName, type SkillTarget } from './catalog-results.js';
import { useLadders, type LadderLoads } from './use-ladders.js';

/** Props of `RoleProfile`; the rest go to its root `<div>`. */
export type RoleProfileProps = CatalogPartProps &
  SkillTarget & {
    /** The role shown (controlled). */
    careerRole?: string;
    /** The role shown at first (uncontrolled). Default: the catalog's first role. */
    defaultCareerRole?: string;
    /** Called with the role id the user picks. */
    onCareerRoleChange?: (careerRole: string) => void;
    /** The level shown (controlled). An unknown id shows the role's first level. */
    level?: string;
    /** The level shown at first (uncontrolled). Default: the role's first level. */
    defaultLevel?: string;
    /** Called with the level id the user picks. */
    onLevelChange?: (level: string) => void;
    /** The most ladders loaded at once, for descriptions. Default: 6. */
    concurrency?: number;
    /** Keep the role and level in the query string (`?career-role=…&level=…`). */
    syncWithUrl?: boolean;
  };

// A catalog's level always carries the language of its name (`roleProfile` names it).
const levelLabel = (t: Translator, level: LadderLevel): ContentText =>
  namedLabel(t, level as LadderLevel & { lang: string }, 'level');

const requirementLabel = (t: Translator, requirement: Requirement) =>
  t.message(`requirement.${requirement}`);

interface ProfileProps extends SkillTarget {
  index: CatalogIndex;
  catalog: Catalog;
  t: Translator;
  unstyled: boolean;
  locale: string | undefined;
  careerRole: string | undefined;
  setCareerRole: (careerRole: string) => void;
  level: string | undefined;
  setLevel: (level: string) => void;
  concurrency: number;
  syncWithUrl: boolean;
}

interface Description {
  readonly state: 'loading' | 'failed' | 'not-expected' | 'loaded';
  readonly text: string;
  readonly lang?: string | undefined;
}

function descriptionOf(
  loads: LadderLoads,
  skillId: string,
  role: string,
  level: string,
  t: Translator,
  locale: string | undefined,
): Description {
  const ladder = loads.ladders.get(skillId);
  if (!ladder) {
    const failed = loads.failed.has(skillId);
    return {
      state: failed ? 'failed' : 'loading',
      text: t.message(failed ? 'roleProfile.failed' : 'catalog.loading'),
    };
  }
  const localized = localizeLadder(ladder, locale);
  const cell = cellAt(localized, role, level);
  if (!cell?.description) {
    return { state: 'not-expected', text: t.message('requirement.notExpectedHere') };
  }
  // Marked, as the ladder's parts mark it, when it is not in the root's language (the
  // interface's, `t.locale`): a fallback, a ladder with no translation, or a translation into a
  // language whose interface strings fell back to English.
  return { state: 'loaded', ...cellText(localized, t, cell) };
}

function Profile({
  index,
  catalog,
  t,
  unstyled,
  locale,
  careerRole: wantedRole,
  setCareerRole,
  level: wantedLevel,
  setLevel,
  concurrency,
  syncWithUrl,
  getSkillHref,
  onSkillSelect,
}: ProfileProps) {
  const id = useId();
  const roles = useMemo(() => catalogRoles(index, locale), [index, locale]);
  const role = roles.find((r) => r.id === wantedRole) ?? roles[0];
  const profile = useMemo(
    () => (role ? roleProfile(index, role.id, wantedLevel, locale) : undefined),
    [index, role, wantedLevel, locale],
  );
  // Every skill of the role, so that a level switch needs no more loads.
  const ids = useMemo(
    () =>
      index.skills.filter((s) => s.roles.some((r) => r.id === role?.id)).map((skill) => skill.id),
    [index, role],
  );
  const loads = useLadders(catalog, ids, concurrency);
  const progress = useRef<HTMLParagraphElement>(null);

  const restore = useLatestCallback(() => {
    const wanted = readUrlState();
    if (wanted.careerRole && roles.some((r) => r.id === wanted.careerRole)) {
      setCareerRole(wanted.careerRole);
    }
    if (wanted.level) setLevel(wanted.level);
  });
  useEffect(() => {
    if (!syncWithUrl) return;
    restore();
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [syncWithUrl, restore]);
  const pick = (name: 'careerRole' | 'level', value: string) => {
    if (name === 'careerRole') setCareerRole(value);
    else setLevel(value);
    if (syncWithUrl) writeUrlState(name, value);
  };

  if (!role || !profile?.level)
    return <p data-slot="role-profile-empty">{t.message('roleProfile.empty')}</p>;
  const level = profile.level;
  const roleLabel = namedLabel(t, role, 'role');
  const total = ids.length;
  const done = loads.ladders.size + loads.failed.size;
  return (
    <>
      <div data-slot="role-profile-toolbar">
        <div data-slot="role-select">
          <label htmlFor={`${id}-role`}>{t.message('roleFilter.label')}</label>
          <select
            id={`${id}-role`}
            value={role.id}
            onChange={(event) => pick('careerRole', event.target.value)}
          >
            {roles.map((r) => {
              const label = namedLabel(t, r, 'role');
              return (
                <option key={r.id} value={r.id} lang={label.lang}>
                  {label.text}
                </option>
              );
            })}
          </select>
        </div>
        <div data-slot="level-select">
          <label htmlFor={`${id}-level`}>{t.message('levelSelector.label')}</label>
          <select
            id={`${id}-level`}
            value={level.id}
            onChange={(event) => pick('level', event.target.value)}
          >
            {profile.levels.map((l) => {
              const label = levelLabel(t, l);
              return (
                <option key={l.id} value={l.id} lang={label.lang}>
                  {label.text}
                </option>
              );
            })}
          </select>
        </div>
      </div>
      <div data-slot="role-profile-progress-line">
        <p
          ref={progress}
          // Focus comes here when Retry, which leaves with the failures, had it.
          tabIndex={-1}
          role="status"
          aria-busy={done < total}
          data-slot="role-profile-progress"
          data-state={done < total ? 'loading' : 'done'}
        >
          {t.message('roleProfile.progress', { loaded: loads.ladders.size, count: total })}
          {loads.failed.size > 0 &&
            ` ${t.message('roleProfile.failedCount', { count: loads.failed.size })}`}
        </p>
        {loads.failed.size > 0 && (
          <button
            type="button"
            data-slot="retry"
            onClick={() => {
              progress.current?.focus();
              loads.retry();
            }}
          >
            {t.message('catalog.retry')}
          </button>
        )}
      </div>
      <ToNext
        steps={profile.toNext}
        nextLevel={profile.nextLevel}
        level={level}
        t={t}
        locale={locale}
        getSkillHref={getSkillHref}
        onSkillSelect={onSkillSelect}
      />
      <table data-slot="role-profile-table" className={classNames(unstyled, 'sl-table', undefined)}>
        <caption data-slot="section-title">
          {labelledMessage(t, 'roleProfile.caption', {
            role: roleLabel,
            level: levelLabel(t, level),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.message('roleProfile.skill')}</th>
            <th scope="col">{t.message('table.requirement')}</th>
            <th scope="col">{t.message('table.description')}</th>
          </tr>
        </thead>
        <tbody>
          {profile.rows.map((row) => (
            <ProfileRow
              key={row.skill.id}
              row={row}
              locale={locale}
              t={t}
              unstyled={unstyled}
              description={descriptionOf(loads, row.skill.id, role.id, level.id, t, locale)}
              getSkillHref={getSkillHref}
              onSkillSelect={onSkillSelect}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

interface ProfileRowProps extends SkillTarget {
  row: RoleProfileRow;
  locale: string | undefined;
  t: Translator;
  unstyled: boolean;
  description: Description;
}

// Memoized on the description's text and state, so that a batch of arriving ladders renders
// only the rows it fills in.
const ProfileRow = memo(
  function ProfileRow({
    row,
    locale,
    t,
    unstyled,
    description,
    getSkillHref,
    onSkillSelect,
  }: ProfileRowProps) {
    const texts = catalogSkillTexts(row.skill, locale);
    return (
      <tr data-slot="role-profile-row" data-requirement={row.requirement}>
        <th scope="row">
          <SkillName
            skill={row.skill}
            name={texts.name}
            lang={markLang(t, texts.lang.name)}
            getSkillHref={getSkillHref}
            onSkillSelect={onSkillSelect}
          />
        </th>
        <td>
          <RequirementBadge requirement={row.requirement} t={t} unstyled={unstyled} />
        </td>
        <td
          data-slot="description"
          data-state={description.state}
          lang={description.lang}
          dir="auto"
        >
          {description.text}
        </td>
      </tr>
    );
  },
  (before, after) =>
    before.row === after.row &&
    before.locale === after.locale &&
    before.t === after.t &&
    before.unstyled === after.unstyled &&
    before.getSkillHref === after.getSkillHref &&
    before.onSkillSelect === after.onSkillSelect &&
    before.description.text === after.description.text &&
    before.description.state === after.description.state &&
    before.description.lang === after.description.lang,
);

interface ToNextProps extends SkillTarget {
  steps: RoleProfileChanges;
  nextLevel: LadderLevel | undefined;
  level: LadderLevel;
  t: Translator;
  locale: string | undefined;
}

// What changes on the way up depends on the index only, so it does not re-render as
// descriptions stream in.
const ToNext = memo(function ToNext({
  steps,
  nextLevel,
  level,
  t,
  locale,
  getSkillHref,
  onSkillSelect,
}: ToNextProps) {
  if (nextLevel === undefined) {
    return (
      <div data-slot="role-profile-next" data-state="top">
        <h3>{labelledMessage(t, 'promotion.topHeading', { level: levelLabel(t, level) })}</h3>
      </div>
    );
  }
  const lists: [string, MessageKey, readonly RoleProfileStep[]][] = [
    ['becomes-required', 'change.becomes-required', steps.becomesRequired],
    ['becomes-expected', 'roleProfile.becomesExpected', steps.becomesExpected],
    ['other', 'roleProfile.changes', steps.changes],
  ];
  const shown = lists.filter(([, , list]) => list.length > 0);
  let body: ReactNode;
  if (shown.length === 0) {
    body = (
      <p>{labelledMessage(t, 'roleProfile.noChanges', { level: levelLabel(t, nextLevel) })}</p>
    );
  } else {
    body = shown.map(([kind, heading, list]) => (
      <div key={kind} data-slot="role-profile-change" data-change={kind}>
        <h4>{t.message(heading)}</h4>
        <ul>
          {list.map((step) => {
            const texts = catalogSkillTexts(step.skill, locale);
            return (
              <li key={step.skill.id}>
                <SkillName
                  skill={step.skill}
                  name={texts.name}
                  lang={markLang(t, texts.lang.name)}
                  getSkillHref={getSkillHref}
                  onSkillSelect={onSkillSelect}
                />{' '}
                <span data-slot="role-profile-step">
                  {t.message('roleProfile.step', {
                    from: requirementLabel(t, step.from),
                    to: requirementLabel(t, step.to),
                  })}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    ));
  }
  return (
    // Not a landmark: beside a SkillLadder its name would repeat the promotion cards'.
    <div data-slot="role-profile-next">
      <h3>{labelledMessage(t, 'promotion.heading', { level: levelLabel(t, nextLevel) })}</h3>
      {body}
    </div>
  );
});

/**
 * One career role across every skill of a catalog. Pick a role and a level: a table of the
 * role's skills with the requirement at that level, and "To reach <next level>": the skills that
 * become required, become expected, or whose expectation changes. It renders from the index at
 * once and fills in the descriptions as ladders load — at most `concurrency` at a time, with a
 * polite progress line ("Loaded 40 of 120 skills") — and stops loading on unmount or when the
 * role changes. Styling hooks: `data-slot="role-profile" | "role-profile-progress" |
 * "role-profile-next" | "role-profile-change" | "role-profile-table"`, `data-change` on each
 * list of changes (`becomes-required`, `becomes-expected`, `other`), `data-state` on each
 * description (`loading`, `loaded`, `failed`, `not-expected`).
 *
 * @example
 * <RoleProfile catalog={catalog} defaultCareerRole="ml-engineer" defaultLevel="middle" />
 */
export function RoleProfile({
  careerRole: careerRoleProp,
  defaultCareerRole,
  onCareerRoleChange,
  level: levelProp,
  defaultLevel,
  onLevelChange,
  concurrency = 6,
  syncWithUrl = false,
  getSkillHref,
  onSkillSelect,
  ...rest
}: RoleProfileProps) {
  const [careerRole, setCareerRole] = useControllableState(
    careerRoleProp,
    defaultCareerRole,
    onCareerRoleChange as ((careerRole: string | undefined) => void) | undefined,
  );
  const [level, setLevel] = useControllableState(
    levelProp,
    defaultLevel,
    onLevelChange as ((level: string | undefined) => void) | undefined,
  );
  return (
    <CatalogRoot
      slot="role-profile"
      {...rest}
      render={(index, t, unstyled) => (
        <Profile
          index={index}
          catalog={rest.catalog}
          t={t}
          unstyled={unstyled}
          locale={rest.locale}
          careerRole={careerRole}
          setCareerRole={setCareerRole}
          level={level}
          setLevel={setLevel}
          concurrency={concurrency}
          syncWithUrl={syncWithUrl}
          getSkillHref={getSkillHref}
          onSkillSelect={onSkillSelect}
        />
      )}
    />
  );
}
