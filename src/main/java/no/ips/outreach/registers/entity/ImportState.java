package no.ips.outreach.registers.entity;

/** Where an import is: reading, finished (its counts final), or stopped by a file that could not be read on. */
public enum ImportState {
    RUNNING, DONE, FAILED
}
