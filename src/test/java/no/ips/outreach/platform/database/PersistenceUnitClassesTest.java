package no.ips.outreach.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import no.ips.outreach.employers.entity.Employer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The persistence unit names its classes instead of having EclipseLink read every class of the WAR at deployment to
 * find them. An entity, embeddable or converter left out of that list would be unknown to JPA on the server; this
 * compares the list with what the compiled classes say about themselves.
 */
class PersistenceUnitClassesTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> MAPPED =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

    @Test
    void listsEveryMappedClassOfTheServiceAndNothingElse() throws Exception {
        assertThat(listedClasses()).containsExactlyInAnyOrderElementsOf(mappedClasses());
    }

    @Test
    void theComparisonSeesTheMappedClasses() throws Exception {
        // guards the test above against passing on two empty sets
        assertThat(mappedClasses()).contains(Employer.class.getName()).hasSizeGreaterThan(20);
    }

    private static Set<String> listedClasses() throws Exception {
        try (InputStream xml = PersistenceUnitClassesTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList classes = factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS("*", "class");
            return Stream.iterate(0, i -> i < classes.getLength(), i -> i + 1)
                    .map(i -> classes.item(i).getTextContent().trim())
                    .collect(Collectors.toSet());
        }
    }

    private static Set<String> mappedClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Employer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", ""))
                    .filter(PersistenceUnitClassesTest::isMapped)
                    .collect(Collectors.toSet());
        }
    }

    private static boolean isMapped(String className) {
        try {
            Class<?> type = Class.forName(className, false, PersistenceUnitClassesTest.class.getClassLoader());
            return MAPPED.stream().anyMatch(type::isAnnotationPresent);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load compiled class " + className, e);
        }
    }
}
