package no.ips.outreach.registers.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * An import as far as it has come. Bytes are those of the file as stored (compressed, for a gzip file), so that
 * their share is the share of the work done; the time left is extrapolated from it.
 */
public record ImportProgress(long id, UnitKind kind, String fileName, String format, ImportState state, String startedBy,
                             Instant startedAt, Instant finishedAt, long bytesTotal, long bytesDone, long recordsRead,
                             long imported, long refused, long added, long changed, long unchanged, long closed,
                             String failure, long employersUpdated) {

    /** Done in per cent, one decimal. */
    public double percent() {
        if (state == ImportState.DONE) {
            return 100;
        }
        return bytesTotal == 0 ? 0 : Math.round(1000.0 * bytesDone / bytesTotal) / 10.0;
    }

    /** Seconds until done at the pace so far, or null before the first batch and after the end. */
    public Long secondsLeft(Instant now) {
        if (state != ImportState.RUNNING || bytesDone == 0) {
            return null;
        }
        double elapsed = Duration.between(startedAt, now).toMillis() / 1000.0;
        return Math.round(elapsed * (bytesTotal - bytesDone) / bytesDone);
    }
}
