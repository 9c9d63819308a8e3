/** The skill, level and career role a page's query string asks for, as text (not yet checked). */
export interface UrlState {
  skill: string | null;
  level: string | null;
  careerRole: string | null;
}

// The query parameter of each piece of state.
const PARAMS = { skill: 'skill', level: 'level', careerRole: 'career-role' } as const;

/** Reads `?skill=…&level=…&career-role=…` from the current page; nothing on the server. */
export function readUrlState(): UrlState {
  if (typeof window === 'undefined') return { skill: null, level: null, careerRole: null };
  const params = new URLSearchParams(window.location.search);
  return {
    skill: params.get(PARAMS.skill),
    level: params.get(PARAMS.level),
    careerRole: params.get(PARAMS.careerRole),
  };
}

/** Writes one of them into the query string, keeping every other parameter and the history entry. */
export function writeUrlState(name: keyof UrlState, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(PARAMS[name]);
  else url.searchParams.set(PARAMS[name], value);
  window.history.replaceState(window.history.state, '', url);
}
