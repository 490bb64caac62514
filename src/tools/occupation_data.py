#!/usr/bin/env python3
"""Writes the occupation titles migration and the search terms from the published classifications.

Run from the repository root with the shared data beside it:  python3 src/tools/occupation_data.py ../shared/data
Writes sql/V23_1__occupation_titles_nb_da.sql and src/main/resources/no/ips/outreach/occupations/terms.tsv.
Sources and licences: ../shared/data/occupations/README.md (STYRK-08: SSB, NLOD; DISCO-08: Danmarks Statistik;
ESCO v1.2: European Commission, CC BY 4.0). The hand-written everyday words are in occupation_synonyms.tsv here.
"""
import csv
import os
import sys

data = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
here = os.path.dirname(os.path.abspath(__file__))


def rows(name):
    with open(os.path.join(data, name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


isco = {r['code']: r['title_en'] for r in rows('isco08.csv')}
styrk = {r['code']: r['name'] for r in rows('occupations/styrk08_nb.csv')}
disco = [(r['code'], int(r['level']), r['title']) for r in rows('occupations/disco08_da.csv')]
esco = rows('occupations/esco_occupations_en.csv')

# STYRK-08 2221 is "Spesialsykepleiere" only; ISCO 2221 is every nurse, whom STYRK-08 codes 2223 "Sykepleiere"
title_nb = {code: styrk[code] for code in isco if code in styrk}
title_nb['2221'] = styrk['2223']
title_da = {code: title for code, level, title in disco if level <= 4 and code in isco}


def sql_text(text):
    return "'" + text.replace("'", "''") + "'"


with open('sql/V23_1__occupation_titles_nb_da.sql', 'w', encoding='utf-8') as out:
    out.write('-- Norwegian (STYRK-08, Statistics Norway) and Danish (DISCO-08, Danmarks Statistik) titles for the ISCO-08\n'
              '-- groups with the same code, so that every title can be shown in the reader\'s language. ISCO 2221 (all nurses)\n'
              '-- takes STYRK-08 2223 "Sykepleiere": STYRK-08 keeps 2221 for specialist nurses. Groups without a national\n'
              # the applied migration keeps the script's old path: a changed byte would fail Flyway's checksum
              '-- title keep NULL and are shown in English. Written by tools/occupation_data.py from ../shared/data/occupations.\n'
              'ALTER TABLE occupation ADD COLUMN title_da VARCHAR(200);\n\n')
    for code in sorted(isco):
        sets = []
        if code in title_nb:
            sets.append('title_no = ' + sql_text(title_nb[code]))
        if code in title_da:
            sets.append('title_da = ' + sql_text(title_da[code]))
        if sets:
            out.write('UPDATE occupation SET ' + ', '.join(sets) + ' WHERE code = ' + sql_text(code) + ';\n')

terms = set()


def add(code, source, term):
    term = ' '.join(term.split())
    if code in isco and term:
        terms.add((code, source, term))
        for compound in compounds(term):
            terms.add((code, source, compound))


def compounds(term):
    """'Lastebil- og trailersjåfører' also reads 'lastebilsjåfører': the head the two words share is not marked, so
    every ending of four letters or more is tried; the wrong ones are words nobody searches for."""
    words = term.split()
    for i in range(len(words) - 2):
        if words[i].endswith('-') and words[i + 1] in ('og', 'eller', 'and', 'or') and len(words[i]) > 2:
            second = words[i + 2].rstrip(',')
            for cut in range(1, len(second) - 3):
                yield words[i][:-1] + second[cut:]


for code, title in isco.items():
    add(code, 'isco', title)
for code, title in title_nb.items():
    add(code, 'styrk', title)
add('2221', 'styrk', styrk['2221'])
for code, level, title in disco:
    add(code[:4] if level == 5 else code, 'disco', title)
for occupation in esco:
    group = occupation['iscoGroup']
    add(group, 'esco', occupation['preferredLabel'])
    for field in ('altLabels', 'hiddenLabels'):
        for label in (occupation[field] or '').split('\n'):
            add(group, 'esco', label)
with open(os.path.join(here, 'occupation_synonyms.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.strip() and not line.startswith('#'):
            code, language, word = line.rstrip('\n').split('\t')[:3]
            add(code, 'outreach-' + language, word)

target = 'src/main/resources/no/ips/outreach/occupations'
os.makedirs(target, exist_ok=True)
with open(os.path.join(target, 'terms.tsv'), 'w', encoding='utf-8') as out:
    out.write('# ISCO-08 unit or group code, source, term. Written by src/tools/occupation_data.py; do not edit by hand.\n')
    for code, source, term in sorted(terms):
        out.write(f'{code}\t{source}\t{term}\n')
print(len(title_nb), 'nb titles,', len(title_da), 'da titles,', len(terms), 'terms')
