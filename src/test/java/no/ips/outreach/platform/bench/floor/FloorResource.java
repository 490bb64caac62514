package no.ips.outreach.platform.bench.floor;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

@Path("things")
public class FloorResource {

    @Inject
    FloorStore store;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> first() {
        return Map.of("found", store.find(1) != null);
    }
}
