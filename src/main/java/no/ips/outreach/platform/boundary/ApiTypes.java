package no.ips.outreach.platform.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The application's own records and enums by their simple name, which is the name Payara's OpenAPI scanner gives
 * their schemas. The document is corrected from them: an enum's values are its constants (not its static fields),
 * and a record's properties are its components (not its static constants).
 */
final class ApiTypes {

    private static final List<String> REQUIRED = List.of("NotNull", "NotBlank", "NotEmpty");

    private final Map<String, Class<?>> bySimpleName;

    private ApiTypes(Map<String, Class<?>> bySimpleName) {
        this.bySimpleName = bySimpleName;
    }

    /** Reads the classes the application was deployed with (an exploded WAR: WEB-INF/classes is a directory). */
    static ApiTypes deployed() {
        Map<String, List<Class<?>>> candidates = new HashMap<>();
        try {
            // this class's own file, in WEB-INF/classes/no/ips/outreach/platform/boundary
            Path root = Path.of(ApiTypes.class.getResource(ApiTypes.class.getSimpleName() + ".class").toURI())
                    .getParent().getParent().getParent();
            Path classes = root.getParent().getParent().getParent();
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(file -> file.toString().endsWith(".class"))
                            .map(file -> classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                            .map(ApiTypes::load).flatMap(Optional::stream)
                            .filter(type -> type.isRecord() || type.isEnum())
                            .forEach(type -> candidates.computeIfAbsent(type.getSimpleName(), name -> new ArrayList<>()).add(type));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException notADirectory) {
            // packed in a jar: the document stays as scanned
        }
        Map<String, Class<?>> types = new HashMap<>();
        candidates.forEach((name, classes) -> unambiguous(classes).ifPresent(type -> types.put(name, type)));
        return new ApiTypes(types);
    }

    /** Where two classes share a simple name (an entity's Reached and its view's), the API's is in a boundary. */
    static Optional<Class<?>> unambiguous(List<Class<?>> classes) {
        List<Class<?>> api = classes.size() == 1 ? classes
                : classes.stream().filter(type -> type.getPackageName().endsWith(".boundary")).toList();
        return api.size() == 1 ? Optional.of(api.get(0)) : Optional.empty();
    }

    Optional<Class<?>> named(String simpleName) {
        return Optional.ofNullable(bySimpleName.get(simpleName));
    }

    static List<Object> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> (Object) ((Enum<?>) constant).name()).toList();
    }

    /** Whether a request must carry this component: Bean Validation says it may not be missing. */
    static boolean demanded(Class<?> record, RecordComponent component) {
        return Stream.<AnnotatedElement>of(component.getAccessor(), field(record, component.getName()))
                .filter(java.util.Objects::nonNull)
                .flatMap(element -> Arrays.stream(element.getAnnotations()))
                .anyMatch(annotation -> REQUIRED.contains(annotation.annotationType().getSimpleName()));
    }

    private static AnnotatedElement field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, ApiTypes.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
