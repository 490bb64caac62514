package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.ips.outreach.platform.boundary.OutreachApplication;
import no.ips.outreach.platform.security.ClaimMapping;
import no.ips.outreach.platform.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Least privilege over the whole API, read from the resource classes themselves so that an endpoint is covered the
 * day it is added: every endpoint refuses, with 403, each role its {@link RolesAllowed} does not name (an endpoint
 * without one is open to every person and closed to a machine). The check is {@code AccessFilter}'s alone since
 * Payara's own {@code @RolesAllowed} filter is off (payara-web.xml), so this test is what holds it to every endpoint.
 */
class RoleChecksIT {

    private final Outreach outreach = Outreach.onMariaDb();

    private record Endpoint(String method, String path, String mediaType, List<String> allowed) {
    }

    @Test
    void everyEndpointRefusesEachRoleItDoesNotName() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the resource classes were found").hasSizeGreaterThan(80);

        List<String> wrong = new ArrayList<>();
        int refusals = 0;
        for (Endpoint endpoint : endpoints) {
            for (String role : ClaimMapping.ROLES) {
                if (endpoint.allowed().contains(role)) {
                    continue;
                }
                Client caller = outreach.as("roles-" + role, role);
                HttpRequest.Builder request = caller.request(endpoint.path())
                        .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", endpoint.mediaType());
                int status = caller.send(request).status();
                refusals++;
                if (status != 403) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + role + ": " + status);
                }
            }
        }
        assertThat(wrong).as("endpoints that did not refuse a role they do not name").isEmpty();
        assertThat(refusals).isGreaterThan(100);
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            if (resource.isAnnotationPresent(PermitAll.class)) {
                continue;
            }
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null || method.isAnnotationPresent(PermitAll.class)) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("^/", "")
                        .replaceAll("\\{[^}]+}", "1");
                RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                        : resource.getAnnotation(RolesAllowed.class);
                // the body the method takes, so that JAX-RS matches it (a 415 comes before any filter)
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : resource.getAnnotation(Consumes.class);
                String mediaType = consumes == null ? "application/json" : consumes.value()[0];
                endpoints.add(new Endpoint(verb, path, mediaType, roles == null ? Roles.PEOPLE : List.of(roles.value())));
            }
        }
        return endpoints;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** Every class with {@link Path} among the service's compiled classes. */
    private static List<Class<?>> resourceClasses() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(
                    OutreachApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
                return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                        .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .map(RoleChecksIT::load)
                        .filter(type -> type.isAnnotationPresent(Path.class))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RoleChecksIT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
