// analytics-service's API as the page calls it: the session cookie of the backend-for-frontend
// sign-in rides on every call (security.md, "The dashboard"); the page never sees a token.

/** A call that did not answer 2xx: status 401 (signed out), 403, 404, or 0 when the service was not reached. */
export class ApiError extends Error {
  constructor(status, path) {
    super(`${path} answered ${status}`);
    this.status = status;
  }

  get unreachable() { return this.status === 0 || this.status >= 500; }
}

export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  } catch (e) {
    throw new ApiError(0, path);
  }
  if (!response.ok) throw new ApiError(response.status, path);
  return response.json();
}

export function query(path, parameters) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) if (value != null && value !== "") search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export const readiness = {
  programme: () => getJson("/api/readiness/programme"),
  governorates: () => getJson("/api/readiness/governorates"),
  institutions: cohortCode => getJson(query("/api/readiness/institutions", { cohortCode })),
  institution: (code, cohortCode) => getJson(query(`/api/readiness/institutions/${encodeURIComponent(code)}`, { cohortCode })),
  participants: (code, cohortCode, atRisk) => getJson(participantsPath(code, cohortCode, atRisk)),
  cohorts: () => getJson("/api/readiness/cohorts"),
  cohort: code => getJson(`/api/readiness/cohorts/${encodeURIComponent(code)}`),
  history: group => getJson(`/api/readiness/${group}/history`),
  method: () => getJson("/api/readiness/method"),
};

export function participantsPath(code, cohortCode, atRisk) {
  return query(`/api/readiness/institutions/${encodeURIComponent(code)}/participants`, { cohortCode, atRisk: atRisk ? "true" : null });
}

function cookie(name) {
  return document.cookie.split("; ").filter(c => c.startsWith(name + "="))
    .map(c => decodeURIComponent(c.slice(name.length + 1)))[0];
}

/** POST /logout with the CSRF token; answers where the provider ends its own session, or null. */
export async function signOut() {
  const response = await fetch("/logout", { method: "POST", credentials: "same-origin",
    headers: { Accept: "application/json", "X-XSRF-TOKEN": cookie("XSRF-TOKEN") || "" } });
  return response.ok ? (await response.json()).redirect : null;
}

/**
 * The live stream of institutions' figures as this caller sees them. onFigures gets each new
 * InstitutionReadiness; onState(true) when (re)connected — the stream has no replay, so the
 * page re-reads its figures then — and onState(false) when the connection dropped.
 */
export function openStream(onFigures, onState) {
  const source = new EventSource("/api/readiness/stream", { withCredentials: true });
  source.addEventListener("readiness", event => onFigures(JSON.parse(event.data)));
  source.addEventListener("open", () => onState(true));
  source.addEventListener("error", () => onState(false, source.readyState === EventSource.CLOSED));
  return source;
}
