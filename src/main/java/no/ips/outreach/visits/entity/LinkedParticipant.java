package no.ips.outreach.visits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import no.ips.outreach.participants.entity.Disclosure;

/** How a {@link ParticipantLink} is stored with its visit. */
@Embeddable
public class LinkedParticipant {

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure", nullable = false)
    private Disclosure disclosure;

    protected LinkedParticipant() {
    }

    LinkedParticipant(ParticipantLink link) {
        this.participantId = link.participantId();
        this.disclosure = link.disclosure();
    }

    ParticipantLink link() {
        return new ParticipantLink(participantId, disclosure);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkedParticipant that && participantId.equals(that.participantId) && disclosure == that.disclosure;
    }

    @Override
    public int hashCode() {
        return Objects.hash(participantId, disclosure);
    }
}
