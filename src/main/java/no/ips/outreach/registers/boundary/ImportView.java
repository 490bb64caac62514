package no.ips.outreach.registers.boundary;

import java.time.Instant;
import no.ips.outreach.registers.entity.ImportProgress;
import no.ips.outreach.registers.entity.ImportState;
import no.ips.outreach.registers.entity.UnitKind;
import no.ips.outreach.platform.language.Wording;

/**
 * An import's progress, for a progress bar: records read, imported (of them added, changed, unchanged; newly closed)
 * and refused; how many employers taken from the register it updated (the changes at {@code .../changes}); bytes of the file done; {@code secondsLeft} estimated from the pace so far, null when not running.
 */
public record ImportView(long id, UnitKind kind, String file, String format, ImportState state, String startedBy,
                         Instant startedAt, Instant finishedAt, long bytesTotal, long bytesDone, double percent,
                         Long secondsLeft, long recordsRead, long imported, long refused, long added, long changed,
                         long unchanged, long closed, long employersUpdated, String failure) {

    static ImportView of(ImportProgress p, Instant now) {
        return new ImportView(p.id(), p.kind(), p.fileName(), p.format(), p.state(), p.startedBy(), p.startedAt(),
                p.finishedAt(), p.bytesTotal(), p.bytesDone(), p.percent(), p.secondsLeft(now), p.recordsRead(),
                p.imported(), p.refused(), p.added(), p.changed(), p.unchanged(), p.closed(), p.employersUpdated(),
                Wording.read(p.failure()));
    }
}
