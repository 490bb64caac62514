package no.ips.outreach.registers.control;

import no.ips.outreach.registers.entity.Fields;

/** Receives a bulk file's records one at a time, each with its number (from 1) and the line it starts on. */
@FunctionalInterface
interface RecordSink {
    void accept(long recordNumber, long line, Fields fields) throws Exception;
}
