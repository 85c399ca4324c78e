#!/usr/bin/env bash
# Checks the contracts of regie-cli's indicator commands end to end on a fresh database:
# indicators --json, round new|freeze|list, import-registration, report (exit codes, JSON forms).
# Usage: indicators-contract.sh PATH/TO/regie-cli
set -u
cli=$1
. "$(dirname "$0")/contract-lib.sh"
db="$work/regie.db"

stderr_has() { # stderr_has DESCRIPTION TEXT
    if grep -qF -- "$2" "$work/err"; then pass=$((pass + 1)); else
        echo "FAIL: $1: stderr lacks '$2'"; sed 's/^/  stderr: /' "$work/err"; failures=$((failures + 1)); fi
}

expect 0 "init" -- "$cli" --db "$db" init --code TS --name "Indicator contract"

# indicators: every measurement result of the plan, fiche codes as strings, known kinds.
expect 0 "indicators --json" -- "$cli" --db "$db" indicators --from 2025-01-01 --to 2025-12-31 --json
check "indicators is an array of fiche/indicator/kind/value" \
      "isinstance(d, list) and len(d) >= 45 and all(isinstance(x['fiche'], str) and isinstance(x['indicator'], str) and x['kind'] in ('computed','entered','imported') and 'value' in x for x in d)"
check "every fiche of the plan has indicators" \
      "set(x['fiche'] for x in d) == {'1.1','1.2','1.3','2.1','2.2','2.3','2.4','3.1','3.2','3.3','3.4','3.5'}"
check "computed values are numbers, missing partner figures null" \
      "all(isinstance(x['value'], int) for x in d if x['kind']=='computed' and not x['indicator'].startswith('2.1.')) and all(x['value'] is None for x in d if x['kind']=='entered')"
expect 2 "indicators without a period" -- "$cli" --db "$db" indicators --from 2025-01-01
expect 2 "indicators with a bad date" -- "$cli" --db "$db" indicators --from 2025-01-01 --to 2025-13-01
expect 1 "indicators with an inverted period" -- "$cli" --db "$db" indicators --from 2025-12-31 --to 2025-01-01

# records counted by computed indicators
expect 0 "meeting add" -- "$cli" --db "$db" meeting add --type owners --date 2025-03-05 --title Eigenaarsoverleg --json
check "meeting add prints an id" "len(d['id']) == 36"
expect 1 "meeting of an unknown type" -- "$cli" --db "$db" meeting add --type party --date 2025-03-05
expect 0 "indicators for 2.3" -- "$cli" --db "$db" indicators --from 2025-03-05 --to 2025-03-05 --json
check "the owners' meeting is counted on its day" \
      "[x['value'] for x in d if x['indicator'] == '2.3.meetings-owners'] == [1]"
expect 0 "indicators the day after" -- "$cli" --db "$db" indicators --from 2025-03-06 --to 2025-12-31 --json
check "and not the day after" "[x['value'] for x in d if x['indicator'] == '2.3.meetings-owners'] == [0]"
expect 0 "figure add" -- "$cli" --db "$db" figure add --indicator 2.4.periodic-reports --from 2025-01-01 --to 2025-06-30 --value 2 --source "Lokale politie" --date 2025-07-10
expect 1 "figure for a computed indicator" -- "$cli" --db "$db" figure add --indicator 2.3.meetings-owners --from 2025-01-01 --to 2025-06-30 --value 2 --source X --date 2025-07-10

# import-registration
head="organisation;period_start;period_end;clients;contacts_medical;contacts_psychosocial;consultations_fixed;consultations_mobile;outreach_moments;group_activities;online_sessions;tests;referrals;cooperation_contacts"
printf '%s\nghapro;2025-01-01;2025-06-30;410;1200;380;900;300;45;12;0;150;88;40\n' "$head" >"$work/care.csv"
printf '%s\nghapro;2025-07-01;2025-12-31;-4;1;1;1;1;1;1;1;1;1;1\n' "$head" >"$work/bad.csv"
printf 'organisation;period_start;period_end;naam;clients\nghapro;2025-07-01;2025-12-31;Jan;1\n' >"$work/headers.csv"
expect 1 "import with a negative count" -- "$cli" --db "$db" import-registration --kind care "$work/bad.csv"
stderr_has "the refusal names row and column" "row 2, column clients"
expect 1 "import with wrong headers" -- "$cli" --db "$db" import-registration --kind care "$work/headers.csv"
stderr_has "the refusal names the unknown column" "column naam"
expect 0 "import care" -- "$cli" --db "$db" import-registration --kind care "$work/care.csv" --json
check "import reports its rows" "d['rows'] == 1 and d['organisations'] == ['ghapro']"
expect 1 "import the same periods again" -- "$cli" --db "$db" import-registration --kind care "$work/care.csv"
expect 2 "import of an unknown kind" -- "$cli" --db "$db" import-registration --kind other "$work/care.csv"
expect 1 "import of a missing file" -- "$cli" --db "$db" import-registration --kind care "$work/none.csv"
expect 0 "indicators after the import" -- "$cli" --db "$db" indicators --from 2025-01-01 --to 2025-12-31 --json
check "imported clients count" "[x['value'] for x in d if x['indicator'] == '1.1.clients'] == [410]"

# rounds
expect 0 "round new" -- "$cli" --db "$db" round new --name 2025-H1 --from 2025-01-01 --to 2025-06-30 --json
check "round new prints the round" "d['name'] == '2025-H1' and d['kind'] == 'half-year' and d['frozen'] is False"
expect 1 "round new with the same name" -- "$cli" --db "$db" round new --name 2025-H1 --from 2025-01-01 --to 2025-06-30
expect 1 "round new with a kind its dates contradict" -- "$cli" --db "$db" round new --name X --kind year --from 2025-01-01 --to 2025-06-30
expect 2 "round new without dates" -- "$cli" --db "$db" round new --name X
expect 0 "round freeze" -- "$cli" --db "$db" round freeze --name 2025-H1 --json
check "round freeze prints the frozen round" "d['frozen'] is True and d['frozenAt']"
expect 1 "round freeze twice" -- "$cli" --db "$db" round freeze --name 2025-H1
stderr_has "the refusal says why" "never changes"
expect 1 "round period on a frozen round" -- "$cli" --db "$db" round period --name 2025-H1 --from 2025-01-01 --to 2025-05-31
expect 1 "round freeze unknown" -- "$cli" --db "$db" round freeze --name nope
expect 0 "round new H2" -- "$cli" --db "$db" round new --name 2025-H2 --from 2025-07-01 --to 2025-12-31
expect 0 "round list" -- "$cli" --db "$db" round list --json
check "round list has both rounds" "[r['name'] for r in d] == ['2025-H1', '2025-H2'] and [r['frozen'] for r in d] == [True, False]"
expect 0 "round show" -- "$cli" --db "$db" round show --name 2025-H2 --json
check "round show compares with the previous round" \
      "d['previousRound'] == '2025-H1' and [x['previous'] for x in d['indicators'] if x['indicator'] == '2.3.meetings-owners'] == [1]"
expect 2 "round without a verb" -- "$cli" --db "$db" round

# reports
for ext in csv xlsx pdf; do
    expect 0 "report $ext" -- "$cli" --db "$db" report --round 2025-H1 --out "$work/report.$ext"
    [ -s "$work/report.$ext" ] && pass=$((pass + 1)) || { echo "FAIL: report.$ext is empty"; failures=$((failures + 1)); }
done
head -c 4 "$work/report.pdf" | grep -q '%PDF' && pass=$((pass + 1)) || { echo "FAIL: not a PDF"; failures=$((failures + 1)); }
head -c 2 "$work/report.xlsx" | grep -q 'PK' && pass=$((pass + 1)) || { echo "FAIL: not an XLSX"; failures=$((failures + 1)); }
grep -q '2.2.gas-fines-sex-worker' "$work/report.csv" && pass=$((pass + 1)) || { echo "FAIL: CSV lacks an indicator"; failures=$((failures + 1)); }
expect 2 "report to an unknown format" -- "$cli" --db "$db" report --round 2025-H1 --out "$work/report.doc"
expect 1 "report of an unknown round" -- "$cli" --db "$db" report --round nope --out "$work/x.csv"

summary "indicators contract"
