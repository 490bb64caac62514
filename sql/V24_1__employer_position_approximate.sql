-- An employer registered without coordinates is placed at its postcode's centroid, and this says so (issue #17);
-- V24_2 places the employers registered before it.
ALTER TABLE employer ADD COLUMN position_approximate BOOLEAN DEFAULT FALSE NOT NULL;
