package no.ips.outreach.teams.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.TeamScope;

/**
 * A specialist's record is created from their token on their first call of any kind, so that managers see the whole
 * team and its scheduled hours from the start. Once enrolled, a user costs no further lookup here.
 */
@Provider
@Priority(Priorities.USER)
public class SpecialistEnrolment implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(SpecialistEnrolment.class.getName());
    private static final Set<String> ENROLLED = ConcurrentHashMap.newKeySet();

    @Inject
    CurrentUser user;

    @Inject
    TeamScope scope;

    @Override
    public void filter(ContainerRequestContext request) {
        String name = user.name();
        if (name == null || !user.is(Roles.SPECIALIST) || ENROLLED.contains(name)) {
            return;
        }
        try {
            scope.specialist().ifPresent(specialist -> ENROLLED.add(specialist.username()));
        } catch (RuntimeException raceOrOutage) {
            // two first calls at once: one enrolled the specialist, the other's insert lost; the next call finds it
            LOG.log(Level.FINE, "Enrolment of " + name + " deferred", raceOrOutage);
        }
    }
}
