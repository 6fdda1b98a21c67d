package org.silta.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One browser's worth of HTTP: its own cookies, forms posted with their CSRF token, redirects shown, not followed. */
public class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String csrf;
    private String language = "en";

    public WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public record Page(int status, String body, HttpResponse<byte[]> response) {
        public String location() {
            return response.headers().firstValue("Location").orElse("");
        }

        public List<String> cookies() {
            return response.headers().allValues("Set-Cookie");
        }

        /** The message shown at a form field, as fields.html renders it. */
        public String errorAt(String field) {
            var id = field.replace('.', '-') + "-error";
            var matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(body);
            return matcher.find() ? unescape(matcher.group(1).strip()) : null;
        }

        static String unescape(String html) {
            return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }

    public WebSession speaking(String language) {
        this.language = language;
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts a form; a field may repeat, so values come as pairs: name, value, name, value... */
    public Page post(String path, String... pairs) {
        var fields = new ArrayList<String>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(encode(pairs[i]) + "=" + encode(pairs[i + 1]));
        }
        fields.add("_csrf=" + encode(csrf()));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))));
    }

    public Page post(String path, Map<String, String> fields) {
        return post(path, fields.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new));
    }

    /** Posts a form without its CSRF token, as a forged cross-site request would. */
    public Page postWithoutToken(String path, String... pairs) {
        var body = new ArrayList<String>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.add(encode(pairs[i]) + "=" + encode(pairs[i + 1]));
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", body))));
    }

    public Page send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofByteArray());
            var body = new String(response.body(), StandardCharsets.UTF_8);
            var token = CSRF.matcher(body);
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines of a streamed answer, such as Server-Sent Events, as they arrive. */
    public java.util.stream.Stream<String> lines(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).GET().build(),
                    HttpResponse.BodyHandlers.ofLines()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public WebSession signIn(String email, String password) {
        var page = post("/login", "email", email, "password", password);
        assertThat(page.status()).as("signing in as %s", email).isEqualTo(302);
        assertThat(page.location()).as("signing in as %s", email).doesNotContain("/login");
        csrf = null;
        return this;
    }

    public String base() {
        return base;
    }

    private String csrf() {
        if (csrf == null) {
            get("/login");
        }
        return csrf;
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
