package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.irtiqa.demo.Programme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * The dashboard as people use it, in a real headless Chromium against the running analytics
 * process: each demo account signs in through the provider's login form, sees what its role may
 * read (the figures, or the operator's message), and signs out — at analytics and at the provider,
 * so that the next sign-in meets the login form again. The page's script never sees the session
 * cookie; when the session is gone the page says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardInBrowserTest {

    private final Platform platform = Platform.shared();
    private final String dashboard = platform.process("analytics-service").url() + "/";
    private Programme programme;
    private Programme.Institution first;
    private Chromium browser;

    @BeforeAll
    void loadAProgrammeAndStartTheBrowser() throws Exception {
        browser = Chromium.start();
        programme = Programmes.generate("DB", 29, 3, 2);
        Programmes.loader(platform, System.out::println).load(programme);
        first = programme.institutions().iterator().next();
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void viewersCoordinatorsAndTheProgrammeOfficeSeeFiguresOperatorsAreToldTheirRoleCannot() {
        seesFigures("viewer", "viewer", "Viewer");
        seesFigures("admin", "admin", "Programme office");
        seesFigures("coordinator-" + first.code(), "coordinator-" + first.code(), "Institution coordinator");

        signIn("operator");
        browser.await(textToBePresentInElementLocated(By.id("notice"), "Your role cannot read figures"));
        assertThat(browser.find("#figures").isDisplayed()).isFalse();
        assertThat(browser.find("#account").getText()).contains("operator", "Operator");
        browser.screenshot("operator-signed-in");
        signOut("operator");
    }

    @Test
    void thePageSaysSoWhenTheSessionHasGoneAndNeverSeesTheSessionCookie() {
        signIn("viewer");
        browser.await(visibilityOfElementLocated(By.id("figures")));
        Object scriptCookies = browser.driver.executeScript("return document.cookie");
        assertThat(String.valueOf(scriptCookies)).contains("XSRF-TOKEN").doesNotContain("IRTIQA_SESSION");

        browser.driver.manage().deleteCookieNamed("IRTIQA_SESSION");
        browser.await(textToBePresentInElementLocated(By.id("notice"), "Your session has expired — sign in again"));
        assertThat(browser.find("#sign-in").isDisplayed()).isTrue();
        browser.screenshot("viewer-session-expired");
        // the provider still knows the viewer: signing in again needs no password
        browser.find("#sign-in").click();
        browser.await(visibilityOfElementLocated(By.id("sign-out")));
        signOut("viewer-again");
    }

    private void seesFigures(String account, String subject, String role) {
        signIn(account);
        browser.await(visibilityOfElementLocated(By.id("figures")));
        browser.await(textToBePresentInElementLocated(By.id("institutions"), first.nameEn()));
        assertThat(browser.find("#programme").getText()).contains("Readiness index");
        assertThat(browser.find("#account").getText()).contains(subject, role);
        browser.screenshot(account.startsWith("coordinator-") ? "coordinator-signed-in" : account + "-signed-in");
        if (account.equals("admin")) {
            browser.find("#lang").click();
            browser.await(textToBePresentInElementLocated(By.id("programme"), "مؤشر الجاهزية"));
            assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
            browser.await(textToBePresentInElementLocated(By.id("institutions"), first.nameAr()));
            browser.screenshot("admin-signed-in-arabic");
            browser.find("#lang").click();
        }
        signOut(account);
    }

    /** From the dashboard's "Sign in" through the provider's login form and back. */
    private void signIn(String account) {
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
        browser.await(textToBePresentInElementLocated(By.id("notice"), "Sign in to see the readiness figures"));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(dashboard);
        assertThat(browser.find("#account").isDisplayed()).isFalse();
        browser.screenshot(account + "-signed-out");
        browser.find("#sign-in").click();
        browser.await(visibilityOfElementLocated(By.name("username")));
    }
}
