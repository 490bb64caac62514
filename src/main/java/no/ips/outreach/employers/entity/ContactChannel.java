package no.ips.outreach.employers.entity;

/** How a contact person prefers to be reached. */
public enum ContactChannel {
    PHONE, EMAIL, SMS, IN_PERSON
}
