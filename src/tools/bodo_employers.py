#!/usr/bin/env python3
"""Writes the dev-mode demo employers: the real Enhetsregisteret underenheter of Bodø (kommunenummer 1804) from the
staged Nordland sample in ../shared/data/registers/no (see its README: statisticsnorway/statbus, commit bdc0b41, a
copy of Brønnøysundregistrene's bulk CSV of early 2024), NLOD 2.0.

Left out: sole proprietorships (a unit whose own or parent's organisasjonsform is ENK), since their names are those
of natural persons. Only the columns the demo uses are kept; every value is copied unedited (addresses keep the
register's literal "/n" between lines, as the importer reads them).

    python3 src/tools/bodo_employers.py
"""
import csv
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent  # the repository, from src/tools/
SAMPLES = ROOT.parent / "shared" / "data" / "registers" / "no"
TARGET = ROOT / "src" / "main" / "resources" / "no" / "ips" / "outreach" / "demo" / "bodo_underenheter.csv"
COLUMNS = ["organisasjonsnummer", "navn", "naeringskode1.kode", "antallAnsatte", "hjemmeside",
           "beliggenhetsadresse.adresse", "beliggenhetsadresse.postnummer", "beliggenhetsadresse.poststed",
           "beliggenhetsadresse.kommunenummer", "overordnetEnhet"]


def main():
    with open(SAMPLES / "brreg_enheter_sample.csv", encoding="utf-8", newline="") as f:
        forms = {row["organisasjonsnummer"]: row["organisasjonsform.kode"] for row in csv.DictReader(f)}
    with open(SAMPLES / "brreg_underenheter_nordland_sample.csv", encoding="utf-8", newline="") as f:
        units = [row for row in csv.DictReader(f)
                 if row["beliggenhetsadresse.kommunenummer"] == "1804"
                 and row["organisasjonsform.kode"] != "ENK"
                 and forms.get(row["overordnetEnhet"]) != "ENK"]
    units.sort(key=lambda row: row["organisasjonsnummer"])
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with open(TARGET, "w", encoding="utf-8", newline="") as out:
        out.write("# Bodø's underenheter from Enhetsregisteret (bulk CSV of early 2024, via statisticsnorway/statbus\n")
        out.write("# commit bdc0b41), sole proprietorships left out; written by src/tools/bodo_employers.py.\n")
        out.write("# Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort av Brønnøysundregistrene.\n")
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in units:
            writer.writerow([row[c] for c in COLUMNS])
    print(f"{len(units)} units written to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
