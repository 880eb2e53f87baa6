package org.convene.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.convene.ConveneApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * Where the application's start-up goes: starts Convene with Spring's buffering start-up recorder,
 * stops it once started, and prints the slowest steps (own time, children excluded) and the
 * slowest beans (time including their dependencies). Arguments go to the application.
 *
 *   java -XX:TieredStopAtLevel=1 -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
 *     org.convene.bench.StartupSteps --spring.datasource.url=jdbc:h2:file:/tmp/steps/convene
 */
public final class StartupSteps {

    private StartupSteps() {
    }

    public static void main(String[] args) {
        var startup = new BufferingApplicationStartup(100_000);
        var application = new SpringApplication(ConveneApplication.class);
        application.setApplicationStartup(startup);
        application.setMainApplicationClass(ConveneApplication.class);
        long begin = System.nanoTime();
        var context = application.run(args);
        long started = System.nanoTime() - begin;
        context.close();
        StartupTimeline timeline = startup.getBufferedTimeline();
        Map<Long, Duration> childTime = new HashMap<>();
        for (var event : timeline.getEvents()) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childTime.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        Map<String, Duration> ownByName = new HashMap<>();
        for (var event : timeline.getEvents()) {
            Duration own = event.getDuration().minus(childTime.getOrDefault(event.getStartupStep().getId(),
                    Duration.ZERO));
            ownByName.merge(event.getStartupStep().getName(), own, Duration::plus);
        }
        System.out.printf("%nstarted in %d ms; own time by step:%n", started / 1_000_000);
        ownByName.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(15)
                .forEach(entry -> System.out.printf("%7d ms  %s%n", entry.getValue().toMillis(), entry.getKey()));
        System.out.println("slowest beans (including what they pulled in):");
        timeline.getEvents().stream()
                .filter(event -> event.getStartupStep().getName().equals("spring.beans.instantiate"))
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(40)
                .forEach(event -> {
                    String bean = "?";
                    for (var tag : event.getStartupStep().getTags()) {
                        if (tag.getKey().equals("beanName")) {
                            bean = tag.getValue();
                        }
                    }
                    System.out.printf("%7d ms  %s%n", event.getDuration().toMillis(), bean);
                });
    }
}
