package no.ips.outreach.demo.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Set;
import java.util.logging.Logger;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.dev.DevMode;
import no.ips.outreach.platform.dev.DevTokens;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.teams.control.TeamDirectory;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;

/**
 * The demo team, NAV Bodø, before anything else is loaded: liv manages it, and kari, ola and ingrid work from the
 * office in the town centre (ingrid part-time). Their tokens name the team, as a real identity provider's would.
 */
@ApplicationScoped
@Transactional
public class DemoTeam {

    static final String CODE = DevTokens.DEMO_TEAM;
    private static final Logger LOG = Logger.getLogger(DemoTeam.class.getName());
    private static final Address OFFICE = new Address("Storgata 4", "8006", "Bodø", DemoEmployers.BODO, 67.2838, 14.3803);

    @Inject
    TeamDirectory teams;

    @Inject
    SpecialistDirectory specialists;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION - 50) Migrations.SchemaReady ready) {
        if (!DevMode.active() || teams.byCode(CODE).isPresent()) {
            return;
        }
        Team team = teams.create(CODE, "NAV Bodø", TeamKind.NAV_OFFICE, DemoEmployers.BODO, null);
        teams.setManagers(team.id(), team.version(), Set.of("liv"));
        for (String user : DemoData.SPECIALISTS) {
            BigDecimal hours = user.equals("ingrid") ? new BigDecimal("30.0") : null;
            specialists.register(user, DevTokens.USERS.get(user).get(0), team.id(), hours, OFFICE);
        }
        LOG.info(() -> "Demo team: NAV Bodø with specialists " + DemoData.SPECIALISTS + ", managed by liv");
    }
}
