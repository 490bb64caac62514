package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import no.ips.outreach.registers.entity.Centroid;
import no.ips.outreach.registers.entity.PostcodeCentroids;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Places the employers registered without coordinates before V24_1 at their postcode's centroid, marked approximate,
 * as a new registration would be. In Java because the centroids ship as data in the WAR, not as a table.
 */
public class V24_2__Place_employers_at_postcode_centroids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, country, postcode FROM employer "
                + "WHERE (latitude IS NULL OR longitude IS NULL) AND postcode IS NOT NULL");
             PreparedStatement place = connection.prepareStatement("UPDATE employer SET latitude = ?, longitude = ?, "
                     + "position_approximate = TRUE, version = version + 1 WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Optional<Centroid> centre = PostcodeCentroids.of(rows.getString(2), rows.getString(3));
                if (centre.isPresent()) {
                    place.setDouble(1, centre.get().latitude());
                    place.setDouble(2, centre.get().longitude());
                    place.setLong(3, rows.getLong(1));
                    place.addBatch();
                }
            }
            place.executeBatch();
        }
    }
}
