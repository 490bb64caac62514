package no.ips.outreach.registers.control;

/** Another import holds the lock: only one runs at a time, on any instance. */
public class ImportBusy extends Exception {

    private final long runningImport;

    public ImportBusy(long runningImport) {
        super("Import " + runningImport + " is still running");
        this.runningImport = runningImport;
    }

    public long runningImport() {
        return runningImport;
    }
}
