package org.convene.bench;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.convene.live.LiveEvents;
import org.convene.live.LiveStreams;
import org.convene.live.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bench-only endpoints, active in the Spring profile {@code bench} and compiled only with the Maven
 * profile {@code bench}; no authentication.
 * <ul>
 * <li>{@code /bench/topics/{topic}/…} go through {@link LiveEvents} and {@link LiveStreams}: the real
 * delivery path of the clinic's events (topic {@code clinic-<topic>}, event {@code contribution}).</li>
 * <li>{@code /bench/plain/topics/{topic}/…} are a bare Spring MVC broadcaster in the same server: one
 * {@link SseEmitter} per stream, the publishing request writes to each in turn.</li>
 * </ul>
 */
@RestController
@Profile("bench")
class LiveBenchEndpoints {

    private final LiveEvents events;
    private final LiveStreams streams;
    private final JsonMapper json;
    private final Map<String, List<SseEmitter>> plain = new ConcurrentHashMap<>();

    LiveBenchEndpoints(LiveEvents events, LiveStreams streams, JsonMapper json) {
        this.events = events;
        this.streams = streams;
        this.json = json;
    }

    record Contribution(String kind, String text) {
    }

    @PostMapping("/bench/topics/{topic}/publish")
    ResponseEntity<Void> publish(@PathVariable String topic, @RequestBody Contribution contribution) {
        events.publish("clinic-" + topic, "contribution", contribution);
        return ResponseEntity.accepted().build();
    }

    @GetMapping(path = "/bench/topics/{topic}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void events(@PathVariable String topic, @RequestHeader(name = "Last-Event-ID", required = false)
            @Nullable String lastEventId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        streams.open(request, response, "clinic-" + topic, Viewer.client(0, "bench"), lastEventId);
    }

    @GetMapping("/bench/open-streams")
    Map<String, Integer> openStreams() {
        return Map.of("live", streams.openStreams(),
                "plain", plain.values().stream().mapToInt(List::size).sum());
    }

    /**
     * Memory outside the heap that a web server may pool its buffers in: NIO direct buffers (bytes in
     * use, and how many). bench/live-sse.sh samples it, with the process's resident size, during a run.
     */
    @GetMapping("/bench/memory")
    Map<String, Long> memory() {
        var direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).findFirst().orElseThrow();
        return Map.of("direct", direct.getMemoryUsed(), "directBuffers", direct.getCount());
    }

    @PostMapping("/bench/plain/topics/{topic}/publish")
    ResponseEntity<Void> publishPlain(@PathVariable String topic, @RequestBody Contribution contribution) {
        var emitters = plain.getOrDefault(topic, List.of());
        var id = Long.toString(System.nanoTime());
        var data = json.writeValueAsString(contribution);
        for (var emitter : emitters) {
            try {
                emitter.send(SseEmitter.event().id(id).name("contribution").data(data, MediaType.TEXT_PLAIN));
            } catch (IOException | IllegalStateException e) {
                emitters.remove(emitter);
            }
        }
        return ResponseEntity.accepted().build();
    }

    @GetMapping(path = "/bench/plain/topics/{topic}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter eventsPlain(@PathVariable String topic) {
        var emitter = new SseEmitter(0L);
        var list = plain.computeIfAbsent(topic, key -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        emitter.onCompletion(() -> list.remove(emitter));
        emitter.onError(error -> list.remove(emitter));
        try {
            // Like Convene's streams: commit the response now rather than with the first event.
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            list.remove(emitter);
        }
        return emitter;
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        plain.values().forEach(list -> list.forEach(SseEmitter::complete));
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("bench")
    static class BenchSecurity {

        @Bean
        @Order(0)
        SecurityFilterChain bench(HttpSecurity http) throws Exception {
            return http.securityMatcher("/bench/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
    }
}
