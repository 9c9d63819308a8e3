import type { Catalog } from '@skill-ladder/core/catalog';
import { SkillLadder } from '@skill-ladder/react';
import { RoleProfile, SkillCatalog } from '@skill-ladder/react/catalog';

/** What the page shows, from its query string: every view is a shareable link. */
export interface View {
  readonly skill: string | undefined;
  readonly careerRole: string | undefined;
  readonly level: string | undefined;
}

export function readView(search: string): View {
  const params = new URLSearchParams(search);
  return {
    skill: params.get('skill') ?? undefined,
    careerRole: params.get('career-role') ?? undefined,
    level: params.get('level') ?? undefined,
  };
}

const skillHref = (skill: { id: string }) => `?skill=${encodeURIComponent(skill.id)}`;

/** A host's career-framework page: the catalog and a role profile, or one skill's ladder. */
export function App({ catalog, view }: { catalog: Catalog; view: View }) {
  if (view.skill) {
    return (
      <>
        <a href="?">All skills</a>
        <SkillLadder
          catalog={catalog}
          skill={view.skill}
          defaultLevel={view.level}
          defaultCareerRole={view.careerRole ?? null}
          syncWithUrl
        />
      </>
    );
  }
  return (
    <>
      <SkillCatalog catalog={catalog} getSkillHref={skillHref} />
      <RoleProfile
        catalog={catalog}
        defaultCareerRole={view.careerRole ?? 'backend-engineer'}
        defaultLevel={view.level ?? 'middle'}
        syncWithUrl
        getSkillHref={skillHref}
      />
    </>
  );
}
