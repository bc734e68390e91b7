package example.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the fat jar with {@code java -jar}, as a user would, on a fresh, empty database. */
@RetortDatabaseTest
class CommerceAppIT {
    private static final Path JAR = Path.of("target/commerce.jar");
    private static final Pattern PORT = Pattern.compile("Tomcat started on port\\D*(\\d+)");

    @Test
    void theJarMigratesAnEmptyDatabaseAtStartUpAndServesTheModel(TestDatabase db) throws Exception {
        assertThat(JAR).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process app = new ProcessBuilder(List.of(java.toString(),
                // C1 only: a quicker start on a busy CI machine; nothing here runs long enough for C2 to pay.
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--server.port=0", "--spring.datasource.url=" + db.jdbcUrl(), "--spring.main.banner-mode=off"))
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    Matcher m = PORT.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (java.io.IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("the application stopped"));
        });
        reader.start();
        try {
            int p;
            try {
                // Bounded: a JVM start, two small revisions and Hibernate's validation.
                p = port.get(180, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the application did not start:\n" + output, e);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://127.0.0.1:" + p;

            String retort = get(http, base + "/actuator/retort");
            assertThat(retort).contains("\"current\":[\"9f3c2a1b7d4e\"]", "\"heads\":[\"9f3c2a1b7d4e\"]",
                    "\"upToDate\":true", "\"pending\":[]", "\"revision\":\"6e58a26e5c70\"");
            assertThat(output.toString()).contains("running upgrade 6e58a26e5c70", "running upgrade 9f3c2a1b7d4e");

            String created = send(http, HttpRequest.newBuilder(URI.create(base + "/orders"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"customerName\":\"Ada\",\"email\":\"ada@example.com\","
                            + "\"products\":{\"Kettle\":24.50,\"Teapot\":12.00},\"count\":2}")).build());
            Matcher id = Pattern.compile("\"orderId\":(\\d+)").matcher(created);
            assertThat(id.find()).as(created).isTrue();

            String lines = get(http, base + "/orders/" + id.group(1) + "/lines");
            assertThat(lines).contains("\"product_name\":\"Kettle\"", "\"order_price\":49.00",
                    "\"product_name\":\"Teapot\"", "\"order_price\":24.00");
            assertThat(get(http, base + "/customers")).contains("\"email\":\"ada@example.com\"");
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            reader.join(10_000);
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.uri() + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
