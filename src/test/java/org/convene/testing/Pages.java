package org.convene.testing;

import com.microsoft.playwright.Page;

import org.convene.testing.TestAccounts.TestAccount;

/** What a person does on any page, written once for every browser test. */
public final class Pages {

    private Pages() {
    }

    /**
     * Signs in through the sign-in page and waits for the page that follows.
     *
     * @throws AssertionError when the sign-in page shows an error instead
     */
    public static void signIn(Page page, String email, String password) {
        page.navigate("/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForLoadState();
        if (page.url().contains("/login")) {
            var alert = page.locator("[role=alert]");
            throw new AssertionError("sign-in as " + email + " failed at " + page.url()
                    + (alert.count() > 0 ? ": " + alert.first().innerText() : ""));
        }
    }

    public static void signIn(Page page, TestAccount account) {
        signIn(page, account.email(), account.password());
    }

    /** Signs out with the button in the page header, landing on the sign-in page. */
    public static void signOut(Page page) {
        page.locator("form[action$='/logout'] button[type=submit]").click();
        page.waitForURL("**/login?signedOut");
    }
}
