package no.ips.outreach.platform.bench.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("api")
public class FloorApplication extends Application {
}
