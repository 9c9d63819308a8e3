/** The level and role a page's query string asks for, as text (not yet checked). */
export interface UrlState {
  level: string | null;
  role: string | null;
}

/** Reads `?level=…&role=…` from the current page; nothing on the server. */
export function readUrlState(): UrlState {
  if (typeof window === 'undefined') return { level: null, role: null };
  const params = new URLSearchParams(window.location.search);
  return { level: params.get('level'), role: params.get('role') };
}

/** Writes one of them into the query string, keeping every other parameter and the history entry. */
export function writeUrlState(name: keyof UrlState, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url);
}
