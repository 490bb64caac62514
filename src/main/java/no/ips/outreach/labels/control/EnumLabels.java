package no.ips.outreach.labels.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.audit.boundary.ReviewView;
import no.ips.outreach.audit.entity.ContactLogReview;
import no.ips.outreach.audit.entity.FidelityItem;
import no.ips.outreach.audit.entity.NotCounted;
import no.ips.outreach.employers.entity.ContactChannel;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.matching.decisions.entity.MatchStage;
import no.ips.outreach.matching.entity.Criterion;
import no.ips.outreach.occupations.entity.OccupationLevel;
import no.ips.outreach.openings.entity.OpeningSource;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.planning.entity.PlanState;
import no.ips.outreach.planning.entity.SuggestionReason;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.supervision.entity.Shortfall;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;

/** Every enum the API shows, with each value's label in a language; the JSON values themselves stay English codes. */
public final class EnumLabels {

    public static final List<Class<? extends Enum<?>>> EXPOSED = List.of(
            AccessAction.class, ContactChannel.class, ContactLogReview.class, ContactQuality.class, Country.class,
            Criterion.class, Disclosure.class, FidelityItem.class, Language.class, MatchStage.class, NotCounted.class,
            OccupationLevel.class, OpeningSource.class, OpeningStatus.class, ParticipantStatus.class, PlanState.class,
            Program.class, RelationshipStage.class, ReviewView.Status.class, Shift.class, Shortfall.Kind.class,
            SuggestionReason.class, TeamKind.class, VisitMode.class, VisitPurpose.class);

    private EnumLabels() {
    }

    /** Enum name to value to label, both in a stable order. */
    public static Map<String, Map<String, String>> in(Language language) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : EXPOSED) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Enum<?> value : type.getEnumConstants()) {
                values.put(value.name(), Messages.label(language, value));
            }
            labels.put(Messages.enumName(type), values);
        }
        return labels;
    }
}
