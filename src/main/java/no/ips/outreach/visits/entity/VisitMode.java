package no.ips.outreach.visits.entity;

/** How the contact happened. Only a meeting in person at the workplace is a face-to-face contact. */
public enum VisitMode {
    IN_PERSON, PHONE, VIDEO, EMAIL, EVENT;

    public boolean isFaceToFace() {
        return this == IN_PERSON;
    }
}
