package no.ips.outreach.planning.boundary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.ips.outreach.planning.control.WeekSuggestions;
import no.ips.outreach.planning.entity.SuggestionCause;
import no.ips.outreach.planning.entity.SuggestionReason;

/**
 * An employer worth visiting this week: its score (0-100), every reason with the participants it serves, and the
 * colleagues who already plan to go there. Participants appear by id and alias, and only to whoever plans the week.
 */
public record SuggestionView(long employerId, String employerName, String address, int score, LocalDate due,
                             List<Reason> reasons, List<ParticipantRef> participants,
                             List<ColleagueView> plannedByColleagues) {

    public record Reason(SuggestionReason reason, String explanation, List<Long> participantIds, LocalDate due) {

        static Reason of(SuggestionCause cause) {
            return new Reason(cause.reason(), cause.explanation(), cause.participantIds().stream().sorted().toList(),
                    cause.due());
        }
    }

    public record ParticipantRef(long id, String alias) {
    }

    static SuggestionView of(WeekSuggestions.Suggested suggested) {
        var suggestion = suggested.suggestion();
        return new SuggestionView(suggestion.employerId(), suggested.employer().name(),
                PlannedVisitView.address(suggested.employer()), suggestion.score(), suggestion.due(),
                suggestion.causes().stream().map(Reason::of).toList(),
                suggested.participants().entrySet().stream().map(e -> new ParticipantRef(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(ParticipantRef::id)).toList(),
                suggested.colleagues().stream().map(ColleagueView::of).toList());
    }
}
