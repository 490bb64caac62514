package no.ips.outreach.backups.boundary;

import no.ips.outreach.backups.control.EmbeddedBackup;

/** Where a backup was written on the service's machine, and how large it is. */
public record BackupView(String file, long bytes) {

    static BackupView of(EmbeddedBackup.Backup backup) {
        return new BackupView(backup.file().toString(), backup.bytes());
    }
}
