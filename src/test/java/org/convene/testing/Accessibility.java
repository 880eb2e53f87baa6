package org.convene.testing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** axe-core on the page as it is now: every page a browser test visits must pass. */
public final class Accessibility {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {
    }

    /**
     * Fails on any {@code serious} or {@code critical} axe-core violation, listing each rule with
     * the elements that break it. Minor and moderate findings are not failures.
     */
    public static void assertAccessible(Page page) {
        var results = new AxeBuilder(page).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not run on " + page.url() + ": " + results.getErrorMessage());
        }
        var failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!failing.isEmpty()) {
            throw new AssertionError(failing.size() + " serious or critical accessibility violation(s) on "
                    + page.url() + "\n" + describe(failing));
        }
    }

    static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp()
                        + " (" + rule.getHelpUrl() + ")\n" + rule.getNodes().stream()
                        .map(node -> "    " + node.getTarget() + "  " + abbreviate(node.getHtml()))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String html) {
        var oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 157) + "..." : oneLine;
    }
}
