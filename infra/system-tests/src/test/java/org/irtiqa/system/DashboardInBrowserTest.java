package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.irtiqa.demo.Programme;
import org.irtiqa.demo.Programme.Step;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PrintOptions;

/**
 * The dashboard as people use it, in a real headless Chromium against the running services and
 * the real provider: each demo role signs in through the provider's login form; every page in
 * Arabic (the default, right to left) and English passes axe-core's WCAG 2.2 AA rules with no
 * serious or critical violation; a viewer sees a two-leader institution as "fewer than 3 leaders"
 * and no leader's name; a coordinator sees their own leaders and not another institution's; a
 * write reaches an open page without a reload; the CSV downloads; the institution report prints
 * to a PDF whose text is checked. Screenshots of every page in both languages go to
 * {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardInBrowserTest {

    private static final String TAG = "DB";
    /** Codes of this run's own small institutions (a platform's data may outlive a run). */
    private static final String RUN =
            Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private static final List<String> LANGUAGES = List.of("ar", "en");

    private final Platform platform = Platform.shared();
    private final String dashboard = platform.process("analytics-service").url() + "/";
    private Programme programme;
    private Programme.Institution first;
    private Programme.Institution second;
    private Programme.Cohort cohort;
    private Programme.Institution two;
    private Programme.Institution growing;
    private Chromium browser;

    @BeforeAll
    void loadAProgrammeAndStartTheBrowser() throws Exception {
        browser = Chromium.start();
        programme = Programmes.generate(TAG, 29, 3, 2);
        Programmes.loader(platform, System.out::println).load(programme);
        var institutions = programme.institutions().iterator();
        first = institutions.next();
        second = institutions.next();
        cohort = programme.cohorts().iterator().next();
        two = smallInstitution("TWO", "Two-leader authority", "هيئة القياديَين", "MUSCAT");
        growing = smallInstitution("GROWS", "Growing authority", "الهيئة المتنامية", "AL_WUSTA");
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageInArabicAndEnglishForTheProgrammeOfficeWithNoSeriousAccessibilityViolation() {
        signIn("admin");
        Map<String, String> pages = Map.of(
                "overview", "#/",
                "governorates", "#/governorates",
                "institutions", "#/institutions",
                "institution", "#/institutions/" + first.code(),
                "cohorts", "#/cohorts",
                "cohort", "#/cohorts/" + cohort.code(),
                "method", "#/method");
        List<String> violations = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (var page : new java.util.TreeMap<>(pages).entrySet()) {
                show(page.getValue(), lang);
                assertThat(browser.find("html").getAttribute("lang")).isEqualTo(lang);
                assertThat(browser.find("html").getAttribute("dir")).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
                assertThat(browser.driver.getTitle())
                        .contains(lang.equals("ar") ? "البرنامج الوطني «ارتقاء»" : "Irtiqa national programme");
                browser.screenshot("admin-" + page.getKey() + "-" + lang);
                Axe.seriousViolations(browser.driver)
                        .forEach(v -> violations.add(page.getKey() + " (" + lang + "): " + v));
            }
        }
        assertThat(violations).as("axe-core, WCAG 2.2 A and AA").isEmpty();

        show("#/institutions/" + first.code(), "ar");
        assertThat(browser.find("#content").getText())
                .contains(first.nameAr(), "مؤشر الجاهزية", "تقدّم القياديين")
                .doesNotContain(first.nameEn());
        show("#/institutions/" + first.code(), "en");
        assertThat(browser.find("#content").getText()).contains(first.nameEn(), "Readiness index", "Leaders' progress");
        // the choice is remembered: the next visit without ?lang= stays in English
        browser.open(dashboard + "#/method");
        browser.await(textToBePresentInElementLocated(By.id("page-title"), "Method"));
        signOut("admin");
    }

    @Test
    void aViewerSeesSmallGroupsAsSuchAndNoLeadersName() {
        signIn("viewer");
        show("#/institutions/" + two.code(), "en");
        String page = browser.find("#content").getText();
        assertThat(page)
                .contains("fewer than 3 leaders", "Fewer than 3 leaders: figures hidden to protect individuals.");
        assertThat(page).doesNotContain("Leaders' progress");
        browser.screenshot("viewer-small-institution-en");
        assertThat(Axe.seriousViolations(browser.driver))
                .as("axe-core, a suppressed institution")
                .isEmpty();

        show("#/institutions/" + first.code(), "ar");
        assertThat(browser.find("#content").getText()).doesNotContain("تقدّم القياديين");
        for (Programme.Participant leader : programme.participants()) {
            assertThat(browser.driver.getPageSource()).doesNotContain(leader.fullNameEn(), leader.fullNameAr());
        }
        browser.screenshot("viewer-institution-ar");
        show("#/institutions?q=" + two.code(), "ar");
        browser.await(textToBePresentInElementLocated(By.id("content"), "أقل من 3 قياديين"));
        browser.screenshot("viewer-institutions-ar");
        assertThat(Axe.seriousViolations(browser.driver))
                .as("axe-core, suppressed rows")
                .isEmpty();
        signOut("viewer");
    }

    @Test
    void aCoordinatorSeesTheirOwnLeadersAndNotAnotherInstitutions() {
        String account = "coordinator-" + first.code();
        signIn(account);
        show("#/institutions/" + first.code(), "en");
        browser.await(textToBePresentInElementLocated(By.id("content"), "Leaders' progress"));
        String own = browser.find("#content").getText();
        programme.participants().stream()
                .filter(p -> p.institutionCode().equals(first.code()))
                .forEach(p -> assertThat(own).contains(p.fullNameEn()));
        browser.screenshot("coordinator-own-institution-en");
        assertThat(Axe.seriousViolations(browser.driver))
                .as("axe-core, the leaders' progress")
                .isEmpty();

        show("#/institutions/" + second.code(), "en");
        String other = browser.find("#content").getText();
        assertThat(other).contains(second.nameEn()).doesNotContain("Leaders' progress");
        programme.participants().stream()
                .filter(p -> p.institutionCode().equals(second.code()))
                .forEach(p -> assertThat(other).doesNotContain(p.fullNameEn()));
        browser.screenshot("coordinator-other-institution-en");
        signOut(account);
    }

    @Test
    void aWriteReachesAnOpenPageInPlaceWithoutAReload() {
        signIn("viewer");
        show("#/institutions/" + growing.code(), "en");
        String cell = "[data-key=\"institution:" + growing.code() + "\"][data-field=\"enrolled\"]";
        assertThat(browser.find(cell).getText()).isEqualTo("2");
        assertThat(browser.find("#content").getText()).contains("Fewer than 3 leaders: figures hidden");
        browser.driver.executeScript("window.stillTheSamePage = true");

        Programme third = enrolAThirdLeader(growing);
        Programmes.loader(platform, System.out::println).load(third);

        browser.await(textToBePresentInElementLocated(By.cssSelector(cell), "3"));
        // the polite note names the last institution updated (other tests write too)
        browser.await(textToBePresentInElementLocated(By.id("live"), " updated at "));
        assertThat(browser.driver.executeScript("return window.stillTheSamePage"))
                .isEqualTo(true);
        // shown now, unless a sibling hidden beside it makes it the one more hidden (readiness-metrics.md, rule 3)
        String index = "[data-key=\"institution:" + growing.code() + "\"][data-field=\"readinessIndex\"]";
        browser.await(driver -> {
            Object hidden =
                    browser.driver.executeAsyncScript("const done = arguments[0]; fetch('/api/readiness/institutions/"
                            + growing.code() + "').then(r => r.json()).then(f => done(f.suppressed))");
            String shown = browser.find(index).getText();
            return Boolean.TRUE.equals(hidden)
                    ? shown.equals("hidden (a small group beside it)")
                    : shown.matches("\\d+\\.\\d")
                            && !browser.find("#content").getText().contains("figures hidden");
        });
        browser.screenshot("viewer-live-update-en");
        signOut("viewer");
    }

    @Test
    void theCsvDownloadsAndTheInstitutionReportPrintsToAPdf() throws Exception {
        signIn("admin");
        show("#/governorates", "en");
        browser.find("a.csv").click();
        Path csv = browser.await(driver -> {
            try (var files = Files.list(browser.downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        byte[] bytes = browser.await(driver -> {
            try {
                byte[] read = Files.readAllBytes(csv);
                return read.length > 0 ? read : null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFgovernorate,institutions,enrolled,").contains("\r\n");

        show("#/institutions/" + first.code(), "en");
        String pdf = browser.driver.print(new PrintOptions()).getContent();
        byte[] document = Base64.getDecoder().decode(pdf);
        Files.createDirectories(Chromium.SCREENSHOTS);
        Files.write(Chromium.SCREENSHOTS.resolve("admin-institution-report-en.pdf"), document);
        try (PDDocument report = org.apache.pdfbox.Loader.loadPDF(document)) {
            String printed = new PDFTextStripper().getText(report);
            assertThat(printed).contains("Readiness report", first.nameEn(), "Readiness index", "Leaders' progress");
            assertThat(printed).as("no navigation or buttons on paper").doesNotContain("Sign out", "Print report");
        }
        signOut("admin");
    }

    @Test
    void operatorsAreToldTheirRoleCannotReadFiguresAndAnEndedSessionIsSaidSo() {
        signIn("operator");
        browser.await(attributeToBe(By.id("notice"), "data-key", "roleCannotRead"));
        assertThat(browser.find("#menu").isDisplayed()).isFalse();
        browser.screenshot("operator-signed-in-ar");
        signOut("operator");

        signIn("viewer");
        show("#/", "en");
        Object scriptCookies = browser.driver.executeScript("return document.cookie");
        assertThat(String.valueOf(scriptCookies)).contains("XSRF-TOKEN").doesNotContain("IRTIQA_SESSION");
        browser.driver.manage().deleteCookieNamed("IRTIQA_SESSION");
        browser.await(textToBePresentInElementLocated(By.id("notice"), "Your session has expired — sign in again"));
        assertThat(browser.find("#sign-in").isDisplayed()).isTrue();
        browser.screenshot("viewer-session-expired-en");
        // the provider still knows the viewer: signing in again needs no password
        browser.find("#sign-in").click();
        browser.await(visibilityOfElementLocated(By.id("sign-out")));
        signOut("viewer-again");
    }

    @Test
    void whenTheApiCannotBeReachedThePageSaysSoAndComesBackByItself() {
        signIn("viewer");
        show("#/governorates", "en");
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/readiness/*")));
        try {
            browser.find("#menu a[data-section=institutions]").click();
            browser.await(attributeToBe(By.id("notice"), "data-key", "unreachable"));
            assertThat(browser.find("#notice").getText())
                    .isEqualTo("The analytics service cannot be reached; trying again by itself.");
            browser.screenshot("viewer-api-unreachable-en");
        } finally {
            browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        browser.await(textToBePresentInElementLocated(By.id("page-title"), "Institutions"));
        assertThat(browser.find("#notice").isDisplayed()).isFalse();

        // sorting by keyboard: the header's button, Enter, and the column says how it is sorted
        var sort = browser.find("th button.sort[aria-label=\"Sort by Readiness index\"]");
        sort.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.await(
                driver -> "descending".equals(browser.find("th[aria-sort]").getAttribute("aria-sort")));
        signOut("viewer");
    }

    /** A page of the dashboard in a language, once its title is shown. */
    private void show(String hash, String lang) {
        browser.open(dashboard + "?lang=" + lang + hash);
        browser.await(presenceOfElementLocated(By.cssSelector("#content h1#page-title")));
        browser.await(driver -> !"true".equals(browser.find("#content").getAttribute("aria-busy")));
    }

    /** From the dashboard's "Sign in" through the provider's login form and back (signing out whoever is in). */
    private void signIn(String account) {
        browser.open(dashboard);
        browser.await(driver -> browser.find("#sign-in").isDisplayed()
                || browser.find("#sign-out").isDisplayed());
        if (browser.find("#sign-out").isDisplayed()) {
            signOut("left-signed-in");
        }
        browser.open(dashboard);
        browser.await(visibilityOfElementLocated(By.id("sign-in"))).click();
        browser.await(visibilityOfElementLocated(By.name("username"))).sendKeys(account);
        browser.find("input[name=password]").sendKeys("local-only-" + account);
        browser.find("button[type=submit]").click();
        browser.await(urlContains(dashboard));
        browser.await(visibilityOfElementLocated(By.id("sign-out")));
    }

    /** "Sign out", back on the dashboard signed out; the provider's session has ended too. */
    private void signOut(String account) {
        browser.find("#sign-out").click();
        browser.await(attributeToBe(By.id("notice"), "data-key", "signInFirst"));
        assertThat(browser.driver.getCurrentUrl()).startsWith(dashboard);
        assertThat(browser.find("#account").isDisplayed()).isFalse();
        browser.screenshot(account + "-signed-out");
        browser.find("#sign-in").click();
        browser.await(visibilityOfElementLocated(By.name("username")));
    }

    /** An institution of two leaders in the generated cohort: small enough to be hidden from viewers. */
    private Programme.Institution smallInstitution(String code, String nameEn, String nameAr, String governorate) {
        Programme two = new Programme(TAG + "-" + code + "-" + RUN);
        Programme.Institution institution =
                new Programme.Institution(TAG + "-" + code + "-" + RUN, nameEn, nameAr, governorate, "AUTHORITY");
        two.add(institution);
        List<Step> steps = new ArrayList<>();
        List<Step> enrolments = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            leader(two, institution, i, steps, enrolments);
        }
        // the steps of a stage run concurrently: the institution first
        two.add(new Programme.Stage("institution", List.of(new Step.RegisterInstitution(institution)), null));
        two.add(new Programme.Stage("leaders", steps, null));
        two.add(new Programme.Stage("enrolments", enrolments, null));
        Ledger.record(two);
        Programmes.loader(platform, System.out::println).load(two);
        return institution;
    }

    private Programme enrolAThirdLeader(Programme.Institution institution) {
        Programme third = new Programme(TAG + "-third-" + RUN);
        List<Step> steps = new ArrayList<>();
        List<Step> enrolments = new ArrayList<>();
        leader(third, institution, 3, steps, enrolments);
        third.add(new Programme.Stage("leader", steps, null));
        third.add(new Programme.Stage("enrolment", enrolments, null));
        Ledger.record(third);
        return third;
    }

    private void leader(
            Programme into, Programme.Institution institution, int n, List<Step> registrations, List<Step> enrolments) {
        String key = institution.code() + "-leader-" + n;
        Programme.Participant leader = new Programme.Participant(
                key,
                institution.code(),
                "Leader " + n + " of two",
                "القيادي " + n,
                key.toLowerCase() + "@example.om",
                "EXECUTIVE_TEAM",
                "Director");
        into.add(leader);
        into.put(new Programme.Enrolment(
                key, key, institution.code(), cohort.code(), "EXECUTIVE_TEAM", Programme.Status.ENROLLED));
        registrations.add(new Step.RegisterParticipant(leader));
        // enrolled on the cohort's first day, or now if that is still to come (api.md, "Recording the past")
        Instant firstDay =
                cohort.startsOn().atTime(9, 0).atZone(ZoneId.of("Asia/Muscat")).toInstant();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        enrolments.add(new Step.Enrol(key, key, cohort.code(), firstDay.isBefore(now) ? firstDay : now));
    }
}
