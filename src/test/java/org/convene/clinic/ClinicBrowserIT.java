package org.convene.clinic;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserType;

/** The whole clinic in four browsers at once. */
class ClinicBrowserIT {

    static BrowserType.LaunchOptions launchOptions() {
        return new BrowserType.LaunchOptions().setHeadless(true).setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run"));
    }
}
