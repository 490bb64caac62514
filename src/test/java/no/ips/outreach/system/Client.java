package no.ips.outreach.system;

import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Talks to the running service over HTTP, as one user. */
public final class Client {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;
    private final String token;
    private final String language;

    /** A client that reads English, as the system tests were written; {@link #speaking} picks another language. */
    public Client(URI base, String token) {
        this(base, token, "en");
    }

    private Client(URI base, String token, String language) {
        this.base = base;
        this.token = token;
        this.language = language;
    }

    /** The same user with another Accept-Language header, or none for null. */
    public Client speaking(String acceptLanguage) {
        return new Client(base, token, acceptLanguage);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Reply post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(text(body)))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request);
    }

    public Reply put(String path, Object body, String ifMatch) {
        HttpRequest.Builder request = request(path).PUT(HttpRequest.BodyPublishers.ofString(text(body)))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /**
     * Posts over a plain socket: a server that refuses a large body answers before reading it and closes the
     * connection, which java.net.http reports as an error instead of the answer. HTTP/1.0 keeps the reply unchunked.
     */
    public Reply postOverSocket(String path, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        URI uri = request(path).build().uri();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + uri.getRawPath() + " HTTP/1.0\r\nHost: " + uri.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + (language == null ? "" : "Accept-Language: " + language + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(content);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered and closed before taking the whole body: read its answer
            }
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int endOfHead = response.indexOf("\r\n\r\n");
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.substring(0, endOfHead).lines().skip(1).map(line -> line.split(":", 2))
                    .forEach(pair -> headers.computeIfAbsent(pair[0].trim(), name -> new ArrayList<>()).add(pair[1].trim()));
            int status = Integer.parseInt(response.substring(0, endOfHead).split(" ")[1]);
            return new Reply(status, HttpHeaders.of(headers, (name, value) -> true), response.substring(endOfHead + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the request; an answer from the API that its OpenAPI document does not describe fails the test. */
    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Contract.check(base, request, response);
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path : "/api/v1/" + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private static String text(Object body) {
        return body instanceof JsonStructure json ? json.toString() : String.valueOf(body);
    }
}
