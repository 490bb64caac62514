-- A specialist's working week is kept exactly as given: 18.75 hours (half of 37.5) no longer becomes 18.8. Every
-- whole number of minutes written as decimal hours needs at most two decimals (hours = minutes / 60 ends only when
-- the minutes are a multiple of 3, and then it is a multiple of 0.05), so two decimals keep every week exactly; the
-- service refuses hours that are not a whole number of minutes.
ALTER TABLE specialist MODIFY COLUMN weekly_hours DECIMAL(5, 2) NOT NULL;
