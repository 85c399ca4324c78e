#!/usr/bin/env bash
# Checks regie-cli's contracts end to end (exit codes, JSON forms) on a fresh database.
# Usage: cli-contract.sh PATH/TO/regie-cli
set -u
cli=$1
. "$(dirname "$0")/contract-lib.sh"
db="$work/regie.db"


expect 0 "init" -- "$cli" --db "$db" init --code TS --name "Contract test"
expect 0 "info --json" -- "$cli" --db "$db" info --json
check "info names the installation" "d['installation']['code'] == 'TS'"

expect 0 "validate nrn valid" -- "$cli" validate nrn 85073003328
expect 1 "validate nrn invalid" -- "$cli" validate nrn 20070199952
grep -q "nrn.checksum" "$work/err" && pass=$((pass + 1)) || { echo "FAIL: reason names the rule"; failures=$((failures + 1)); }
expect 0 "validate nrn 2000+" -- "$cli" validate nrn 20070199951
expect 0 "validate kbo" -- "$cli" validate kbo 0440966354
expect 1 "validate iban national check" -- "$cli" validate iban BE41091811735141
expect 0 "validate iban" -- "$cli" validate iban "BE68 5390 0754 7034"
expect 0 "validate ogm" -- "$cli" validate ogm "+++090/9337/55493+++"
expect 2 "validate unknown kind" -- "$cli" validate foo 123
expect 2 "validate missing value" -- "$cli" validate nrn

expect 0 "plan export" -- "$cli" --db "$db" plan export
check "plan export has 12 fiches with string codes and indicators" \
      "len(d['fiches']) == 12 and all(isinstance(f['code'], str) and f['indicators'] for f in d['fiches']) and d['fiches'][5]['code'] == '2.3'"
expect 0 "plan show" -- "$cli" --db "$db" plan show 2.3 --json
check "plan show gives the fiche" "d['code'] == '2.3'"
expect 1 "plan show unknown" -- "$cli" --db "$db" plan show 9.9

expect 0 "person add" -- "$cli" --db "$db" person add --family Proefmans --given Jan --nrn 85.07.30-033.28 --json
check "person add prints an id" "len(d['id']) == 36"
expect 1 "person add wrong number" -- "$cli" --db "$db" person add --family Testaert --nrn 85073003329
expect 0 "person list" -- "$cli" --db "$db" person list --json
check "person list has the one person" "len(d) == 1 and d[0]['nationalNumber'] == '85073003328'"
expect 2 "person usage" -- "$cli" --db "$db" person add

expect 0 "demo" -- "$cli" --db "$db" demo --size 20
expect 2 "demo usage" -- "$cli" --db "$db" demo --size x

cat >"$work/scenario.json" <<'JSON'
{"procedure": "gas-fine", "factsDate": "2026-03-10", "birthDate": "1990-05-01",
 "findingReceived": "2026-04-20", "intendedFine": 150,
 "events": [{"type": "start-letter-posted", "date": "2026-04-21"},
            {"type": "hearing-requested", "date": "2026-04-30"},
            {"type": "hearing-held", "date": "2026-05-20"},
            {"type": "decision-posted", "date": "2026-05-27"}]}
JSON
expect 0 "clock" -- "$cli" clock "$work/scenario.json"
check "clock transmission and defence" \
      "[x['date'] for x in d['deadlines'] if x['name']=='transmission'] == ['2026-05-10'] and [x['date'] for x in d['deadlines'] if x['name']=='defence'] == ['2026-05-11'] and d['ruleSet'] == 'GAS 2024' and d['maxFine'] == 500"
expect 0 "clock from stdin" -- bash -c "\"$cli\" clock - < \"$work/scenario.json\""
echo '{"procedure": "gas-fine", "factsDate": "2026-13-40"}' >"$work/bad.json"
expect 2 "clock malformed" -- "$cli" clock "$work/bad.json"
grep -q "factsDate" "$work/err" && pass=$((pass + 1)) || { echo "FAIL: malformed names the field"; failures=$((failures + 1)); }

printf 'not a database\n' >"$work/notes.txt"
expect 1 "a file that is not a Regie database" -- "$cli" --db "$work/notes.txt" info
grep -q "not a database" "$work/notes.txt" && pass=$((pass + 1)) || { echo "FAIL: file changed"; failures=$((failures + 1)); }

# premises, fitness certificates, inspections and the planner (dates in the past: the real clock)
cdb="$work/certificates.db"
idof() { python3 -c "import json; print(json.load(open('$work/out'))['id'])"; }
expect 0 "certificates: init" -- "$cli" --db "$cdb" init --code TC --no-seed
expect 0 "premises add" -- "$cli" --db "$cdb" premises add --street Schippersstraat --number 9 --windows 3 --json
check "premises add prints an id" "len(d['id']) == 36"
pid=$(idof)
expect 1 "premises add outside the zone" -- "$cli" --db "$cdb" premises add --street Kerkstraat --number 1 --windows 1
grep -q "Kerkstraat" "$work/err" && pass=$((pass + 1)) || { echo "FAIL: zone refusal names the street"; failures=$((failures + 1)); }
expect 0 "premises list" -- "$cli" --db "$cdb" premises list --json
check "premises list has the premises with its windows" "len(d) == 1 and d[0]['id'] == '$pid' and d[0]['windows'] == 3"
expect 0 "certificate new" -- "$cli" --db "$cdb" certificate new --premises "$pid" --date 2025-03-01 --json
cid=$(idof)
expect 1 "decision without documents and checks" -- "$cli" --db "$cdb" certificate event "$cid" --kind decision --outcome granted --date 2025-03-10
grep -q "criminal-record" "$work/err" && pass=$((pass + 1)) || { echo "FAIL: refused decision names the missing documents"; failures=$((failures + 1)); }
expect 0 "certificate event document" -- "$cli" --db "$cdb" certificate event "$cid" --kind document --type criminal-record --date 2024-12-01
expect 0 "certificate show" -- "$cli" --db "$cdb" certificate show "$cid" --json
check "certificate show names stale and missing items" "d['status'] == 'applied' and any('criminal-record' in p for p in d['documentProblems']) and len(d['missingChecks']) == 4"
expect 0 "inspection add" -- "$cli" --db "$cdb" inspection add --premises "$pid" --kind proactive --date 2025-06-01 --json
iid=$(idof)
expect 1 "inspection dated in the future" -- "$cli" --db "$cdb" inspection add --premises "$pid" --kind proactive --date 2999-01-01
expect 0 "inspection answer" -- "$cli" --db "$cdb" inspection answer "$iid" --item panic-button --result not-conform --remark broken --json
expect 1 "inspection answer for a window that does not exist" -- "$cli" --db "$cdb" inspection answer "$iid" --item panic-button --result conform --window 7
expect 1 "inspection finalise with items unanswered" -- "$cli" --db "$cdb" inspection finalise "$iid"
expect 0 "inspection show" -- "$cli" --db "$cdb" inspection show "$iid" --json
check "inspection show keeps the answer and the checklist version" "d['templateVersion'] == 1 and not d['finalised'] and any(a['result'] == 'not-conform' for a in d['answers'])"
expect 0 "planner --year 2025" -- "$cli" --db "$cdb" planner --year 2025 --json
check "planner 2025: inspected premises not listed for inspection" "not any(x['premisesId'] == '$pid' and x['reason'] == 'no-proactive-inspection' for x in d)"
expect 0 "planner --year 2024" -- "$cli" --db "$cdb" planner --year 2024 --json
check "planner 2024: premises without a proactive inspection" "any(x['premisesId'] == '$pid' and x['reason'] == 'no-proactive-inspection' for x in d)"

summary "cli"
