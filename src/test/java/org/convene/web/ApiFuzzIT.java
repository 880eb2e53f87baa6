package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.convene.identity.Accounts;
import org.convene.testing.ConveneIntegrationTest;
import org.convene.testing.TestAccounts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives every operation of the OpenAPI document ({@code /v3/api-docs}) with malformed, boundary
 * and hostile values, over real HTTP as a convener of a community: hostile path and query values,
 * bodies that are no JSON or the wrong JSON, and bodies built from the operation's schema with one
 * field at a time replaced by a hostile value. Every answer must be below 500, every 4xx must be
 * problem+json, and a refused request must leave the number of rows of every table as it was. The
 * cases are generated with a fixed seed, so a failure comes back the same way.
 */
@ConveneIntegrationTest
class ApiFuzzIT {

    private static final List<String> HOSTILE_PATH_VALUES = List.of("-1", "0", "99999999999999999999", "abc", "1e3",
            "' or 1=1--", "<script>", "x".repeat(2_000), "..", "%00");
    private static final List<Object> HOSTILE_VALUES = List.of("", "x".repeat(100_000), -1, Long.MAX_VALUE,
            "99999999999999999999999", 1e308, -1e308, "NaN", "+999999999-12-31", "-0001-01-01", true,
            "<img src=x onerror=alert(1)>", "=cmd|' /C calc'!A0", Map.of("nested", List.of()));
    private static final List<String> BROKEN_BODIES = List.of("", "null", "[]", "{", "{\"a\":", "[null]",
            "{\"entries\":[null],\"unitIds\":[null],\"dimensions\":[null]}", "\u0000\u0001\u0002", "1e309");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261129);
    private JsonNode document;
    private String bearer;
    private Map<String, String> knownIds;
    private String countRows;

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersHostileInputWithA4xxProblemOrSuccess() throws Exception {
        setUp();
        var tests = new ArrayList<DynamicTest>();
        var paths = document.get("paths");
        for (var path : paths.propertyNames()) {
            var item = paths.get(path);
            for (var method : item.propertyNames()) {
                var operation = item.get(method);
                if (streams(operation)) {
                    continue; // an event stream stays open: the live room's own tests cover it
                }
                for (var request : cases(path, method.toUpperCase(), operation)) {
                    tests.add(DynamicTest.dynamicTest(request.toString(), () -> assertAnswered(request)));
                }
            }
        }
        return tests.stream();
    }

    private void setUp() throws Exception {
        var convener = TestAccounts.create(accounts, "Fuzz Convener");
        var basic = Base64.getEncoder().encodeToString(
                (convener.email() + ":" + convener.password()).getBytes(StandardCharsets.UTF_8));
        var token = send(new Case("POST", "/api/tokens", "application/json", "{\"name\":\"fuzz\"}"),
                "Basic " + basic);
        bearer = "Bearer " + json.readTree(token.body()).get("token").asString();
        var community = json.readTree(send(new Case("POST", "/api/communities", "application/json",
                "{\"name\":\"Fuzzed\",\"purpose\":\"Hostile input\"}"), bearer).body()).get("id").asString();
        var unit = json.readTree(send(new Case("POST", "/api/communities/" + community + "/units", "application/json",
                "{\"name\":\"Fuzz unit\",\"type\":\"Site\"}"), bearer).body()).get("id").asString();
        knownIds = Map.of("id", community, "communityId", community, "unitId", unit);
        document = json.readTree(send(new Case("GET", "/v3/api-docs", null, null), bearer).body());
    }

    private List<Case> cases(String path, String method, JsonNode operation) {
        var cases = new ArrayList<Case>();
        var contentType = contentType(operation);
        var valid = validBody(operation);
        // Hostile values in each path variable, the others known to exist.
        for (var name : pathVariables(operation)) {
            for (var hostile : HOSTILE_PATH_VALUES) {
                cases.add(new Case(method, expand(path, name, hostile) + query(operation, "1"), contentType, valid));
            }
        }
        var target = expand(path, null, null);
        // Hostile values in every query parameter.
        for (var hostile : List.of("-1", "abc", "x".repeat(5_000), "%00")) {
            var query = query(operation, hostile);
            if (!query.isEmpty()) {
                cases.add(new Case(method, target + query, contentType, valid));
            }
        }
        if (contentType == null) {
            return cases;
        }
        // Bodies that are not what the operation reads.
        for (var broken : BROKEN_BODIES) {
            cases.add(new Case(method, target, contentType, broken));
        }
        cases.add(new Case(method, target, contentType, randomText(512)));
        cases.add(new Case(method, target, "application/xml", "<a/>"));
        cases.add(new Case(method, target, "multipart/form-data", "--x\r\n"));
        // The operation's own body with one field at a time made hostile.
        if (valid != null && valid.startsWith("{")) {
            var example = (ObjectNode) json.readTree(valid);
            for (var field : example.propertyNames()) {
                for (var hostile : HOSTILE_VALUES) {
                    var mutated = example.deepCopy();
                    mutated.set(field, json.valueToTree(hostile));
                    cases.add(new Case(method, target, contentType, json.writeValueAsString(mutated)));
                }
                var withNull = example.deepCopy();
                withNull.putNull(field);
                cases.add(new Case(method, target, contentType, json.writeValueAsString(withNull)));
            }
        }
        return cases;
    }

    private void assertAnswered(Case request) throws Exception {
        var before = rowCounts();
        HttpResponse<String> response;
        try {
            response = send(request, bearer);
        } catch (IOException closedUnderUs) {
            // A hostile request before may have left its connection for Jetty to close (an unread body)
            // while the client reuses it: the request was never read, so it is sent again, once.
            try {
                response = send(request, bearer);
            } catch (IOException e) {
                throw new AssertionError(request + " got no complete answer", e);
            }
        }
        var type = response.headers().firstValue("Content-Type").orElse("");
        assertThat(response.statusCode()).as("%s answered %s", request, response.body()).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(type).as("%s answered %s %s", request, response.statusCode(), response.body())
                    .startsWith("application/problem+json");
            assertThat(rowCounts()).as("rows after the refused %s", request).isEqualTo(before);
        }
    }

    /** Every table's number of rows, read in one statement. */
    private String rowCounts() {
        if (countRows == null) {
            var tables = jdbc.sql("select table_name from information_schema.tables where lower(table_schema) = "
                            + "lower(current_schema()) and table_type in ('BASE TABLE', 'TABLE') order by table_name")
                    .query(String.class).list();
            countRows = "select " + String.join(" || ',' || ", tables.stream()
                    .filter(table -> !table.equalsIgnoreCase("flyway_schema_history"))
                    .map(table -> "cast((select count(*) from " + table + ") as varchar(20))").toList());
        }
        return jdbc.sql(countRows).query(String.class).single();
    }

    private HttpResponse<String> send(Case request, String authorization) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.target()))
                .timeout(Duration.ofSeconds(20)).header("Authorization", authorization)
                .header("Accept", "application/json");
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        var body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body());
        return client.send(builder.method(request.method(), body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean streams(JsonNode operation) {
        return operation.path("responses").toString().contains("text/event-stream");
    }

    private static String contentType(JsonNode operation) {
        var content = operation.path("requestBody").path("content");
        return content.isMissingNode() || content.isEmpty() ? null : content.propertyNames().iterator().next();
    }

    private String validBody(JsonNode operation) {
        var content = operation.path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        var type = content.propertyNames().iterator().next();
        if (!type.contains("json")) {
            return "unit,dimension,level\n";
        }
        return json.writeValueAsString(example(content.get(type).path("schema"), 0));
    }

    /** A plausible value of a schema, for a body that passes the parser, so hostile fields reach the rules. */
    private Object example(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            var name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return example(document.path("components").path("schemas").path(name), depth);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        var type = schema.path("type").asString("object");
        return switch (type) {
            case "string" -> switch (schema.path("format").asString("")) {
                case "date" -> "2030-01-31";
                case "date-time" -> "2030-01-31T10:00:00Z";
                default -> "Fuzz";
            };
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> false;
            case "array" -> depth > 3 ? List.of() : List.of(example(schema.path("items"), depth + 1));
            default -> {
                var object = new java.util.LinkedHashMap<String, Object>();
                if (depth <= 3) {
                    schema.path("properties").properties().forEach(property ->
                            object.put(property.getKey(), example(property.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }

    private static List<String> pathVariables(JsonNode operation) {
        var names = new ArrayList<String>();
        operation.path("parameters").forEach(parameter -> {
            if ("path".equals(parameter.path("in").asString())) {
                names.add(parameter.get("name").asString());
            }
        });
        return names;
    }

    private static String query(JsonNode operation, String value) {
        var query = new StringBuilder();
        operation.path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asString())) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.get("name").asString()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The path with {@code hostileName} set to {@code hostile} (encoded) and every other variable to a known id. */
    private String expand(String path, String hostileName, String hostile) {
        var expanded = path;
        for (var variable : path.split("\\{")) {
            if (!variable.contains("}")) {
                continue;
            }
            var name = variable.substring(0, variable.indexOf('}'));
            var value = name.equals(hostileName)
                    ? URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20")
                    : knownIds.getOrDefault(name, "1");
            expanded = expanded.replace("{" + name + "}", value);
        }
        return expanded;
    }

    private String randomText(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x20, 0x2FF));
        }
        return text.toString();
    }

    private record Case(String method, String target, String contentType, String body) {

        @Override
        public String toString() {
            var shown = body == null ? "" : " " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
            var where = target.length() > 120 ? target.substring(0, 120) + "…" : target;
            return method + " " + where + (contentType == null ? "" : " [" + contentType + "]") + shown;
        }
    }
}
