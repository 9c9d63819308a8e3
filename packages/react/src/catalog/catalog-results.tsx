import {
  catalogSkillTexts,
  type CatalogSearchResult,
  type CatalogSkill,
} from '@skill-ladder/core/catalog';
import type { Translator } from '@skill-ladder/core';
import { memo, useId } from 'react';
import { markLang } from '../content-text.js';

/** How a skill of a catalog part is opened: a link, or a callback. */
export interface SkillTarget {
  /** The address of a skill's page: each skill becomes a real link. Wins over `onSkillSelect`. */
  getSkillHref?: (skill: CatalogSkill) => string;
  /** Called when a skill is picked: each skill becomes a button. */
  onSkillSelect?: (skill: CatalogSkill) => void;
}

interface SkillNameProps extends SkillTarget {
  skill: CatalogSkill;
  name: string;
  lang: string | undefined;
}

/** A skill's name as a link, a button, or plain text when there is nowhere to go. */
export function SkillName({ skill, name, lang, getSkillHref, onSkillSelect }: SkillNameProps) {
  if (getSkillHref) {
    return (
      <a href={getSkillHref(skill)} lang={lang} dir="auto" data-slot="skill-link">
        {name}
      </a>
    );
  }
  if (onSkillSelect) {
    return (
      <button
        type="button"
        lang={lang}
        dir="auto"
        data-slot="skill-link"
        onClick={() => onSkillSelect(skill)}
      >
        {name}
      </button>
    );
  }
  return (
    <span lang={lang} dir="auto">
      {name}
    </span>
  );
}

interface SkillItemProps extends SkillTarget {
  skill: CatalogSkill;
  locale: string | undefined;
  t: Translator;
}

// Memoized, so that a keystroke that keeps a skill in the list does not render it again.
const SkillItem = memo(function SkillItem({
  skill,
  locale,
  t,
  getSkillHref,
  onSkillSelect,
}: SkillItemProps) {
  const texts = catalogSkillTexts(skill, locale);
  return (
    <li data-slot="catalog-skill">
      <SkillName
        skill={skill}
        name={texts.name}
        lang={markLang(t, texts.lang.name)}
        getSkillHref={getSkillHref}
        onSkillSelect={onSkillSelect}
      />
      {texts.keywords.length > 0 && (
        <span data-slot="catalog-keywords" lang={markLang(t, texts.lang.keywords)} dir="auto">
          {texts.keywords.join(' · ')}
        </span>
      )}
    </li>
  );
});

interface CatalogResultsProps extends SkillTarget {
  result: CatalogSearchResult;
  locale: string | undefined;
  t: Translator;
  stale: boolean;
}

// Memoized on the search result, so that a keystroke re-renders the box, not the list, until
// the deferred query catches up.
export const CatalogResults = memo(function CatalogResults({
  result,
  locale,
  t,
  stale,
  getSkillHref,
  onSkillSelect,
}: CatalogResultsProps) {
  const baseId = useId();
  return (
    <div data-slot="catalog-results" data-state={stale ? 'stale' : undefined}>
      {result.domains.map((domain, d) => (
        <section key={domain.name} data-slot="catalog-domain" aria-labelledby={`${baseId}-${d}`}>
          <h2 id={`${baseId}-${d}`} lang={markLang(t, domain.lang)} dir="auto">
            {domain.name}
          </h2>
          {domain.groups.map((group) => (
            <div key={group.name} data-slot="catalog-group">
              <h3 lang={markLang(t, group.lang)} dir="auto">
                {group.name}
              </h3>
              <ul>
                {group.skills.map((skill) => (
                  <SkillItem
                    key={skill.id}
                    skill={skill}
                    locale={locale}
                    t={t}
                    getSkillHref={getSkillHref}
                    onSkillSelect={onSkillSelect}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
});
