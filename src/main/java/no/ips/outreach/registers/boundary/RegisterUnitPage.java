package no.ips.outreach.registers.boundary;

import java.util.List;

/** A page of register units chosen by place, industry and size. */
public record RegisterUnitPage(long total, int offset, int limit, List<RegisterUnitView> items) {
}
