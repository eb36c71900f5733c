// The dashboard: a read-only view of analytics-service's readiness API (readiness-metrics.md), in
// English and Arabic. Served from the service itself, so its calls ride on the session cookie of the
// backend-for-frontend sign-in (security.md, "The dashboard"); the page never sees a token.
"use strict";

const WORDS = {
  en: { title: "Irtiqa — Leadership Forum for Future Readiness", lang: "العربية", governorates: "Governorates",
        institutionsTitle: "Institutions by readiness", institution: "Institution", institutions: "Institutions",
        governorate: "Governorate", enrolled: "Enrolled", completed: "Completed", withdrawn: "Withdrawn",
        attendanceRate: "Attendance rate", proficiency: "Proficiency", growth: "Growth", completionRate: "Completion rate",
        levelCoverage: "Leadership-level coverage", readinessIndex: "Readiness index", asOf: "Figures as of",
        signIn: "Sign in", signOut: "Sign out", signedInAs: "Signed in as",
        signInFirst: "Sign in to see the readiness figures.",
        expired: "Your session has expired — sign in again.",
        roleCannotRead: "Your role cannot read figures: the dashboard shows readiness figures to viewers, coordinators and the programme office.",
        signInFailed: "Signing in did not succeed; try again.",
        roles: { PROGRAMME_ADMIN: "Programme office", INSTITUTION_COORDINATOR: "Institution coordinator",
                 VIEWER: "Viewer", OPERATOR: "Operator" } },
  ar: { title: "البرنامج الوطني «ارتقاء» — ملتقى القيادات للجاهزية المستقبلية", lang: "English", governorates: "المحافظات",
        institutionsTitle: "المؤسسات حسب الجاهزية", institution: "المؤسسة", institutions: "المؤسسات",
        governorate: "المحافظة", enrolled: "المسجَّلون", completed: "مكتمل", withdrawn: "منسحب",
        attendanceRate: "نسبة الحضور", proficiency: "مستوى الإتقان", growth: "مقدار التحسّن", completionRate: "نسبة الإتمام",
        levelCoverage: "تغطية المستويات القيادية", readinessIndex: "مؤشر الجاهزية", asOf: "الأرقام حتى",
        signIn: "تسجيل الدخول", signOut: "تسجيل الخروج", signedInAs: "مسجَّل الدخول باسم",
        signInFirst: "سجِّل الدخول لعرض أرقام الجاهزية.",
        expired: "انتهت جلستك — سجِّل الدخول مجددًا.",
        roleCannotRead: "دورك لا يسمح بقراءة الأرقام: تعرض اللوحة أرقام الجاهزية للمطّلعين والمنسّقين ومكتب البرنامج.",
        signInFailed: "لم ينجح تسجيل الدخول؛ حاول مرة أخرى.",
        roles: { PROGRAMME_ADMIN: "مكتب البرنامج", INSTITUTION_COORDINATOR: "منسّق مؤسسة",
                 VIEWER: "مطّلع", OPERATOR: "مشغّل" } } };
const GOVERNORATES = {
  MUSCAT: ["Muscat", "مسقط"], DHOFAR: ["Dhofar", "ظفار"], MUSANDAM: ["Musandam", "مسندم"], AL_BURAIMI: ["Al Buraimi", "البريمي"],
  AD_DAKHILIYAH: ["Ad Dakhiliyah", "الداخلية"], NORTH_AL_BATINAH: ["North Al Batinah", "شمال الباطنة"],
  SOUTH_AL_BATINAH: ["South Al Batinah", "جنوب الباطنة"], SOUTH_ASH_SHARQIYAH: ["South Ash Sharqiyah", "جنوب الشرقية"],
  NORTH_ASH_SHARQIYAH: ["North Ash Sharqiyah", "شمال الشرقية"], AD_DHAHIRAH: ["Ad Dhahirah", "الظاهرة"], AL_WUSTA: ["Al Wusta", "الوسطى"] };
// api.md, "Who may call what": the roles that may read readiness figures.
const READS_FIGURES = ["PROGRAMME_ADMIN", "INSTITUTION_COORDINATOR", "VIEWER"];
const API = { session: "/api/session", programme: "/api/readiness/programme",
              governorates: "/api/readiness/governorates", institutions: "/api/readiness/institutions" };

let lang = "en";
let session = null;      // {subject, roles, institution} of the signed-in person, or null
let notice = null;       // the key of the message shown instead of (or above) the figures
let figures = null;      // the last figures read
const $ = id => document.getElementById(id);
const pct = v => v == null ? "—" : (100 * v).toFixed(1) + "%";
const num = v => v == null ? "—" : Number(v).toFixed(1);
const esc = s => String(s).replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
const gov = g => (GOVERNORATES[g] || [g, g])[lang === "en" ? 0 : 1];
const bar = v => `<div class="bar"><span style="width:${Math.max(0, Math.min(100, v || 0))}%"></span></div>`;
const cookie = name => document.cookie.split("; ").filter(c => c.startsWith(name + "=")).map(c => decodeURIComponent(c.slice(name.length + 1)))[0];

class Refused extends Error { constructor(status) { super("HTTP " + status); this.status = status; } }

async function get(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  if (!response.ok) throw new Refused(response.status);
  return response.json();
}

async function refresh() {
  if (!session) return render();
  if (!session.roles.some(role => READS_FIGURES.includes(role))) { notice = "roleCannotRead"; figures = null; return render(); }
  try {
    const [programme, governorates, institutions] = await Promise.all([get(API.programme), get(API.governorates), get(API.institutions)]);
    figures = { programme, governorates, institutions };
    notice = null;
  } catch (e) {
    if (e.status === 401) { session = null; notice = "expired"; }
    else if (e.status === 403) notice = "roleCannotRead";
    figures = null;
  }
  render();
}

function render() {
  const w = WORDS[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-t]").forEach(e => e.textContent = w[e.dataset.t]);
  $("lang").textContent = w.lang;
  $("sign-in").hidden = session !== null;
  $("sign-out").hidden = session === null;
  $("account").hidden = session === null;
  if (session) {
    const roles = session.roles.map(r => w.roles[r] || r).join(", ");
    $("account").textContent = `${w.signedInAs} ${session.subject} (${roles}${session.institution ? " · " + session.institution : ""})`;
  }
  $("notice").hidden = notice === null;
  $("notice").textContent = notice ? w[notice] : "";
  $("figures").hidden = figures === null;
  if (figures) renderFigures(w, figures);
}

function renderFigures(w, { programme, governorates, institutions }) {
  $("programme").innerHTML = [
    ["readinessIndex", num(programme.readinessIndex)], ["enrolled", programme.enrolled], ["completed", programme.completed],
    ["withdrawn", programme.withdrawn], ["attendanceRate", pct(programme.attendanceRate)],
    ["proficiency", num(programme.proficiency)], ["growth", num(programme.growth)],
    ["completionRate", pct(programme.completionRate)], ["levelCoverage", pct(programme.levelCoverage)]]
    .map(([k, v]) => `<div class="card">${w[k]}<b>${esc(v)}</b></div>`).join("");
  $("governorates").innerHTML = [...governorates.items]
    .sort((a, b) => (b.readinessIndex || 0) - (a.readinessIndex || 0))
    .map(g => `<tr><td>${esc(gov(g.governorate))}</td><td class="num">${g.institutions}</td><td class="num">${g.enrolled}</td>
      <td class="num">${num(g.readinessIndex)}</td><td class="wide">${bar(g.readinessIndex)}</td></tr>`).join("");
  $("institutions").innerHTML = institutions.items
    .map(i => `<tr><td>${esc(lang === "en" ? i.nameEn : i.nameAr)}</td><td>${esc(gov(i.governorate))}</td>
      <td class="num">${i.enrolled}</td><td class="num">${pct(i.attendanceRate)}</td><td class="num">${num(i.proficiency)}</td>
      <td class="num">${num(i.growth)}</td><td class="num">${pct(i.completionRate)}</td><td class="num">${pct(i.levelCoverage)}</td>
      <td class="num"><b>${num(i.readinessIndex)}</b>${bar(i.readinessIndex)}</td></tr>`).join("");
  $("asOf").textContent = programme.lastEventAt ? `${w.asOf} ${programme.lastEventAt}` : "";
}

// Signing out: POST /logout with the CSRF token in its header; the service ends the session and
// answers where the provider ends its own, and the browser goes there (and comes back signed out).
async function signOut() {
  const response = await fetch("/logout", { method: "POST", credentials: "same-origin",
    headers: { Accept: "application/json", "X-XSRF-TOKEN": cookie("XSRF-TOKEN") || "" } });
  if (response.ok) window.location.assign((await response.json()).redirect);
  else { session = null; notice = "expired"; figures = null; render(); }
}

async function start() {
  $("lang").addEventListener("click", () => { lang = lang === "en" ? "ar" : "en"; render(); });
  $("sign-out").addEventListener("click", signOut);
  try {
    session = await get(API.session);
  } catch (e) {
    session = null;
    notice = new URLSearchParams(window.location.search).has("sign-in") ? "signInFailed" : "signInFirst";
  }
  await refresh();
  setInterval(() => { if (session) refresh(); }, 10000);
}

document.addEventListener("DOMContentLoaded", start);
