package no.ips.outreach.employers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone at an employer whom specialists talk to. */
@Entity
@Table(name = "contact_person")
public class ContactPerson {

    public static final int NAME_LENGTH = 200;
    public static final int ROLE_LENGTH = 100;
    public static final int PHONE_LENGTH = 30;
    public static final int EMAIL_LENGTH = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "role", length = ROLE_LENGTH)
    private String role;

    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", length = 20)
    private ContactChannel preferredChannel;

    protected ContactPerson() {
    }

    public ContactPerson(Long employerId, String name, String role, String phone, String email, ContactChannel preferredChannel) {
        this.employerId = employerId;
        update(name, role, phone, email, preferredChannel);
    }

    public void update(String name, String role, String phone, String email, ContactChannel preferredChannel) {
        this.name = name.trim();
        this.role = role;
        this.phone = phone;
        this.email = email;
        this.preferredChannel = preferredChannel;
    }

    public boolean worksFor(Long employer) {
        return employerId.equals(employer);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Long employerId() {
        return employerId;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public ContactChannel preferredChannel() {
        return preferredChannel;
    }
}
