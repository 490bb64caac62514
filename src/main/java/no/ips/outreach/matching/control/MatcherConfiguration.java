package no.ips.outreach.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.EnumMap;
import java.util.Map;
import no.ips.outreach.matching.entity.Criterion;
import no.ips.outreach.matching.entity.Matcher;
import no.ips.outreach.matching.entity.Weights;
import no.ips.outreach.occupations.control.OccupationCatalogue;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The scorer with its weights from config (outreach.matching.weight.occupation and so on, adding up to 100) and the
 * ISCO-08 titles its explanations name occupations by.
 */
@ApplicationScoped
public class MatcherConfiguration {

    /** Dependent: the Matcher is an immutable value, held by the application-scoped beans that use it. */
    @Produces
    Matcher matcher(OccupationCatalogue occupations) {
        Config config = ConfigProvider.getConfig();
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            points.put(criterion, config.getOptionalValue("outreach.matching.weight." + criterion.name().toLowerCase(), Integer.class)
                    .orElse(Weights.DEFAULT.of(criterion)));
        }
        Map<String, String> titles = occupations.titles();
        return new Matcher(new Weights(points), titles::get);
    }
}
