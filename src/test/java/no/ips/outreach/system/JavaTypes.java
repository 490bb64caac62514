package no.ips.outreach.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.ips.outreach.platform.problem.Problem;

/** The service's records and enums by simple name (the names its OpenAPI schemas carry), read from target/classes. */
final class JavaTypes {

    private JavaTypes() {
    }

    static Map<String, Class<?>> bySimpleName() {
        Map<String, List<Class<?>>> candidates = new HashMap<>();
        try {
            Path classes = Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes.resolve("no/ips/outreach"))) {
                files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                    String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    try {
                        Class<?> type = Class.forName(name, false, JavaTypes.class.getClassLoader());
                        if (type.isRecord() || type.isEnum()) {
                            candidates.computeIfAbsent(type.getSimpleName(), key -> new ArrayList<>()).add(type);
                        }
                    } catch (ClassNotFoundException | LinkageError notLoadable) {
                        // a class that needs the server's runtime: not one of the API's types
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        // as the service decides (ApiTypes): of two classes with one simple name, the API's is in a boundary package
        Map<String, Class<?>> types = new HashMap<>();
        candidates.forEach((name, classes) -> {
            List<Class<?>> api = classes.size() == 1 ? classes
                    : classes.stream().filter(type -> type.getPackageName().endsWith(".boundary")).toList();
            if (api.size() == 1) {
                types.put(name, api.get(0));
            }
        });
        return types;
    }
}
