package org.convene.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The live room in real Chromium: four people (browser contexts of one Chromium) open a running
 * clinic's room; the first posts questions through the page's own form, one after the other, and
 * every other page notes (with a MutationObserver, on the browser's clock shared by the contexts)
 * when the text is in its DOM. Prints post → seen in the other pages, in milliseconds.
 *
 * <pre>
 *   --base-url=http://127.0.0.1:18091 --room=/communities/1/clinics/1/room
 *   --emails=chloe@…,femi@…,jonas@…,hugo@… --password=practice-together --posts=30
 * </pre>
 */
public final class RoomChromiumLatency {

    private RoomChromiumLatency() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String base = options.get("base-url");
        List<String> emails = List.of(options.get("emails").split(","));
        int posts = Integer.parseInt(options.getOrDefault("posts", "30"));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                    .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run")));
            List<Page> pages = new ArrayList<>();
            for (String email : emails) {
                Page page = browser.newContext(new Browser.NewContextOptions().setBaseURL(base)).newPage();
                page.navigate("/login");
                page.fill("#email", email);
                page.fill("#password", options.get("password"));
                page.click("form[action$='/login'] button[type=submit]");
                page.waitForLoadState();
                page.navigate(options.get("room"));
                // Notes when each marked text first appears in this page's DOM.
                page.evaluate("""
                        () => { window.seen = {};
                          new MutationObserver(() => {
                            for (const m of document.body.innerText.matchAll(/chromium#(\\d+)#/g)) {
                              if (!(m[1] in window.seen)) window.seen[m[1]] = Date.now();
                            }
                          }).observe(document.body, { childList: true, subtree: true }); }""");
                pages.add(page);
            }
            Page poster = pages.get(0);
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < posts; i++) {
                poster.fill("#composer-text", "chromium#" + i + "# Who checks the open alarms at six?");
                double sent = ((Number) poster.evaluate("() => { const t = Date.now();"
                        + " document.querySelector('#room-composer button[type=submit]').click(); return t; }"))
                        .doubleValue();
                for (Page viewer : pages.subList(1, pages.size())) {
                    viewer.waitForFunction("n => window.seen[n] !== undefined", i);
                    latencies.add(((Number) viewer.evaluate("n => window.seen[n]", i)).doubleValue() - sent);
                }
            }
            double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("Chromium, %d pages, %d posts: post → text in the other pages' DOM, ms:"
                            + " p50 %.0f  p95 %.0f  max %.0f (%d measurements)%n", pages.size(), posts,
                    sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                    sorted[sorted.length - 1], sorted.length);
            System.out.println("all: " + Arrays.toString(sorted));
        }
    }
}
