package no.ips.outreach.platform.bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "floor_thing")
public class FloorThing {
    @Id
    Long id;
    String name;
}
