// The readiness dashboard: Arabic first (English a click away, remembered, or ?lang=), pages by
// the address's #fragment, figures updated in place from the live stream. Read-only, served by
// analytics-service; its calls ride on the session cookie (security.md, "The dashboard").
import { ApiError, getJson, openStream, signOut } from "./api.js";
import { mountCharts } from "./charts.js";
import { h, replace, updateInPlace } from "./dom.js";
import { LANGS, language, own, setLanguage, t, time } from "./i18n.js";
import { cohort, cohorts } from "./pages/cohorts.js";
import { governorates } from "./pages/governorates.js";
import { institution } from "./pages/institution.js";
import { institutionKey, institutions } from "./pages/institutions.js";
import { method } from "./pages/method.js";
import { overview } from "./pages/overview.js";

// api.md, "Who may call what": the roles that may read readiness figures.
const READS_FIGURES = ["PROGRAMME_ADMIN", "INSTITUTION_COORDINATOR", "VIEWER"];
const ROUTES = [
  [/^\/$/, overview, "overview"], [/^\/governorates$/, governorates, "governorates"],
  [/^\/institutions$/, institutions, "institutions"], [/^\/institutions\/([^/]+)$/, institution, "institutions"],
  [/^\/cohorts$/, cohorts, "cohorts"], [/^\/cohorts\/([^/]+)$/, cohort, "cohorts"], [/^\/method$/, method, "method"],
];
const STORED_LANGUAGE = "irtiqa.lang";
const RETRY_MS = 10000;
const SESSION_CHECK_MS = 15000;

const $ = id => document.getElementById(id);
let session = null;   // {subject, roles, institution}, or null when signed out
let page = null;      // what the current page shows and how it refreshes
let stream = null;
let shown = 0;        // counts page loads, so a late answer never replaces a newer page
let refreshTimer = null;

function chooseLanguage() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (LANGS.includes(asked)) localStorage.setItem(STORED_LANGUAGE, asked);
  setLanguage(LANGS.includes(asked) ? asked : localStorage.getItem(STORED_LANGUAGE) || "ar");
}

function applyLanguage() {
  document.documentElement.lang = language();
  document.documentElement.dir = language() === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-t]").forEach(element => { element.textContent = t(element.dataset.t); });
  $("menu").setAttribute("aria-label", t("menu"));
  $("lang").textContent = t("otherLang");
  $("lang").setAttribute("lang", language() === "ar" ? "en" : "ar");
  if (session) {
    const roles = session.roles.map(role => t("roles")[role] || role).join("، ");
    $("account").textContent = `${t("signedInAs")} ${session.subject} (${roles}${session.institution ? " · " + session.institution : ""})`;
  }
}

function notice(key) {
  $("notice").hidden = key == null;
  $("notice").textContent = key ? t(key) : "";
  $("notice").dataset.key = key || "";
}

function showSignedIn(signedIn) {
  $("sign-in").hidden = signedIn;
  $("sign-out").hidden = !signedIn;
  $("account").hidden = !signedIn;
  $("menu").hidden = !signedIn || !session.roles.some(role => READS_FIGURES.includes(role));
}

function route() {
  const [path, search] = (location.hash.replace(/^#/, "") || "/").split("?");
  for (const [pattern, show, section] of ROUTES) {
    const match = path.match(pattern);
    if (match) return { show, section, params: match.slice(1).map(decodeURIComponent), query: new URLSearchParams(search || "") };
  }
  return null;
}

async function showPage() {
  const ticket = ++shown;
  const content = $("content");
  document.title = `${t("programme")} — ${t("forum")}`;
  if (!session) return replace(content);
  if (!session.roles.some(role => READS_FIGURES.includes(role))) { notice("roleCannotRead"); return replace(content); }
  const wanted = route();
  document.querySelectorAll("#menu a").forEach(a => {
    if (a.dataset.section === wanted?.section) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  });
  if (!wanted) { notice("notFound"); return replace(content); }
  content.setAttribute("aria-busy", "true");
  try {
    const next = await wanted.show({ ...wanted, session, go: hash => { location.hash = hash; } });
    if (ticket !== shown) return;
    page = next;
    notice(null);
    replace(content, h("h1", { id: "page-title", tabindex: "-1" }, next.title), ...next.content);
    document.title = `${next.title} — ${t("programme")}`;
    mountCharts();
  } catch (e) {
    if (ticket === shown) failed(e);
  } finally {
    content.removeAttribute("aria-busy");
  }
}

function failed(e) {
  if (!(e instanceof ApiError)) throw e;
  if (e.status === 401) return expired();
  if (e.status === 403) return notice("roleCannotRead");
  if (e.status === 404) { replace($("content")); return notice("notFound"); }
  notice("unreachable");
  setTimeout(() => { if ($("notice").dataset.key === "unreachable") showPage(); }, RETRY_MS);
}

function expired() {
  session = null;
  stream?.close();
  stream = null;
  showSignedIn(false);
  notice("expired");
  replace($("content"));
  $("live-state").textContent = "";
}

/** An institution's figures changed: its cells now, the page's groups (sums over it) a moment later. */
function changed(figures) {
  const reshaped = updateInPlace(institutionKey(figures.institutionCode), figures);
  page?.onFigures?.(figures);
  if (reshaped && page?.reshapes?.(figures.institutionCode)) return showPage().then(() => announce(figures));
  announce(figures);
  if (page?.refresh && !refreshTimer) {
    refreshTimer = setTimeout(async () => {
      refreshTimer = null;
      try {
        for (const [key, again] of await page.refresh()) updateInPlace(key, again);
      } catch (e) {
        failed(e);
      }
    }, 500);
  }
}

function announce(figures) {
  $("live").textContent = t("updated", { name: own(figures), time: time() });
}

function live() {
  let dropped = false;
  stream = openStream(changed, async (open, closed) => {
    $("live-state").textContent = open ? t("liveOn") : t("liveOff");
    $("live-state").dataset.state = open ? "on" : "off";
    if (open && dropped) showPage(); // no replay: read the figures again
    dropped = !open;
    if (closed) {
      // the server refused the stream (the session ended?) or went away: ask who we are
      try {
        await getJson("/api/session");
        setTimeout(live, RETRY_MS);
      } catch (e) {
        if (e.status === 401) expired();
        else setTimeout(live, RETRY_MS);
      }
    }
  });
}

async function start() {
  chooseLanguage();
  applyLanguage();
  $("lang").addEventListener("click", () => {
    setLanguage(language() === "ar" ? "en" : "ar");
    localStorage.setItem(STORED_LANGUAGE, language());
    applyLanguage();
    showPage();
  });
  $("sign-out").addEventListener("click", async () => {
    const redirect = await signOut();
    if (redirect) location.assign(redirect);
    else expired();
  });
  // the skip link moves the focus; the #fragment belongs to the pages
  document.querySelector(".skip").addEventListener("click", event => { event.preventDefault(); $("content").focus(); });
  window.addEventListener("hashchange", () => { showPage().then(() => $("page-title")?.focus()); });
  try {
    session = await getJson("/api/session");
  } catch (e) {
    session = null;
    if (e.unreachable) {
      notice("unreachable");
      setTimeout(() => location.reload(), RETRY_MS);
    } else {
      notice(new URLSearchParams(location.search).has("sign-in") ? "signInFailed" : "signInFirst");
    }
  }
  showSignedIn(session !== null);
  applyLanguage();
  await showPage();
  if (session && session.roles.some(role => READS_FIGURES.includes(role))) live();
  setInterval(stillSignedIn, SESSION_CHECK_MS);
}

/** A session can end while the page sits open (timeout, sign-out elsewhere): say so without waiting for a click. */
async function stillSignedIn() {
  if (!session) return;
  try {
    await getJson("/api/session");
  } catch (e) {
    if (e.status === 401) expired();
  }
}

document.addEventListener("DOMContentLoaded", start);
