#!/usr/bin/env bash
# Checks regie-cli's contracts end to end (exit codes, JSON forms) on a fresh database.
# Usage: cli-contract.sh PATH/TO/regie-cli
set -u
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/regie.db"
failures=0
pass=0

expect() { # expect CODE DESCRIPTION -- command...
    local want=$1 what=$2; shift 3
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    if [ "$got" -ne "$want" ]; then
        echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  stderr: /' "$work/err"
        failures=$((failures + 1))
    else
        pass=$((pass + 1))
    fi
}
check() { # check DESCRIPTION python-expression-over-json (reads $work/out)
    if python3 -c "import json,sys; d=json.load(open('$work/out')); sys.exit(0 if ($2) else 1)"; then
        pass=$((pass + 1))
    else
        echo "FAIL: $1"; failures=$((failures + 1))
    fi
}

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

echo "cli: $pass passed, $failures failed"
[ "$failures" -eq 0 ]
