package no.ips.outreach.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void clientsSeeSimpleClassNamesNotJavaPackages() {
        assertThat(Causes.withoutJavaNames("No enum constant no.ips.outreach.visits.entity.VisitMode.CARRIER"))
                .isEqualTo("No enum constant VisitMode.CARRIER");
    }

    @Test
    void theCauseOfATypeIsFoundAnywhereInTheChain() {
        var root = new IllegalStateException("root");
        var wrapped = new RuntimeException("outer", new IllegalArgumentException("middle", root));
        assertThat(Causes.find(wrapped, IllegalStateException.class)).containsSame(root);
        assertThat(Causes.find(wrapped, java.io.IOException.class)).isEmpty();
        assertThat(Causes.anyNamed(wrapped, "IllegalArgumentException")).isTrue();
        assertThat(Causes.anyNamed(wrapped, "NullPointerException")).isFalse();
    }
}
