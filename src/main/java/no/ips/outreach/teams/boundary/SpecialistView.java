package no.ips.outreach.teams.boundary;

import java.math.BigDecimal;
import no.ips.outreach.employers.boundary.AddressPayload;
import no.ips.outreach.teams.entity.Specialist;

/** A specialist as the API shows them. */
public record SpecialistView(String username, String displayName, long teamId, String teamCode, String teamName,
                             BigDecimal weeklyHours, AddressPayload office, long version) {

    static SpecialistView of(Specialist specialist) {
        return new SpecialistView(specialist.username(), specialist.displayName(), specialist.team().id(),
                specialist.team().code(), specialist.team().name(), specialist.weeklyHours(),
                specialist.office() == null ? null : AddressPayload.of(specialist.office()), specialist.version());
    }
}
