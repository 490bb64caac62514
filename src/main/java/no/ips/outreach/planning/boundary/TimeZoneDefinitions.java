package no.ips.outreach.planning.boundary;

import java.time.ZoneId;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;

/**
 * The VTIMEZONE that tells a calendar client what a TZID means. The definitions come from the tz database copy bundled
 * in the ical4j jar: ical4j 4 never fetches updates unless {@code net.fortuna.ical4j.timezone.update.enabled} is set,
 * so writing a calendar needs no network and gives the same bytes for the same library version.
 */
final class TimeZoneDefinitions {

    private static final TimeZoneRegistry BUNDLED = TimeZoneRegistryFactory.getInstance().createRegistry();

    private TimeZoneDefinitions() {
    }

    static VTimeZone of(ZoneId zone) {
        TimeZone bundled = BUNDLED.getTimeZone(zone.getId());
        if (bundled == null) {
            throw new IllegalArgumentException("no time zone definition for " + zone);
        }
        // The tz database merged Oslo and Copenhagen into Europe/Berlin, whose rules they share since 1970, so the
        // bundled definition carries Berlin's name and links. Renamed, clients show the visit in the specialist's zone.
        VTimeZone definition = bundled.getVTimeZone().copy();
        definition.replace(new TzId(zone.getId()));
        definition.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return definition;
    }
}
