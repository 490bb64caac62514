package no.ips.outreach.participants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ips.outreach.participants.control.ParticipantSync.Numbered;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.teams.entity.Team;

/**
 * Takes the host system's participants in batches of {@value #BATCH} rows, each batch one transaction. A batch that
 * fails as a whole (another writer enrolled the same reference at the same moment) is done again row by row, so that
 * a bad row never stops the good ones. The integration's team is the {@code team} claim of its token.
 */
@ApplicationScoped
public class BulkSync {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(BulkSync.class.getName());

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    ParticipantSync sync;

    @Inject
    CurrentUser user;

    /** One record; a refusal is a 400 naming the fields, a stale {@code expectedVersion} 412. */
    public SyncResult one(SyncRow row, Long expectedVersion) {
        Team team = team();
        List<Numbered> rows = List.of(new Numbered(1, row));
        List<SyncResult> results;
        try {
            results = sync.apply(user.name(), team, rows, expectedVersion);
        } catch (ProblemException refused) {
            throw refused;
        } catch (RuntimeException clash) {
            // the same reference enrolled by a concurrent call: now it exists, and this call updates or leaves it
            results = sync.apply(user.name(), team, rows, expectedVersion);
        }
        SyncResult result = results.get(0);
        if (result.errors() != null) {
            throw ProblemException.invalid(result.errors());
        }
        return result;
    }

    /** Every row, in order, each with its outcome; rows refused while reading come in already decided. */
    public List<SyncResult> all(List<Numbered> rows, List<SyncResult> unreadable) {
        Team team = team();
        List<SyncResult> results = new ArrayList<>(unreadable);
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Numbered> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            try {
                results.addAll(sync.apply(user.name(), team, batch, null));
            } catch (RuntimeException failed) {
                batch.forEach(row -> results.add(alone(team, row)));
            }
        }
        results.sort(java.util.Comparator.comparingInt(SyncResult::row));
        return results;
    }

    private SyncResult alone(Team team, Numbered row) {
        try {
            return sync.apply(user.name(), team, List.of(row), null).get(0);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "participant sync: row " + row.row() + " could not be saved", failed);
            return SyncResult.refused(row.row(), row.data().reference(),
                    List.of(new Problem.FieldError("externalRef", Messages.get("host.sync.not-saved"))));
        }
    }

    private Team team() {
        String code = user.team().orElseThrow(() -> ProblemException.forbidden(Messages.get("host.sync.no-team")));
        var named = em.createQuery("SELECT t FROM Team t WHERE t.code = :code", Team.class).setParameter("code", code);
        return named.getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.forbidden(Messages.get("host.sync.unknown-team", code)));
    }
}
