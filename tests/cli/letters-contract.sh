#!/usr/bin/env bash
# Checks regie-cli letter end to end on a fresh database: templates, make, reprint (the same
# bytes), post, receipt, list (exit codes, JSON forms), and that the receipt moves the GAS terms.
# Usage: letters-contract.sh PATH/TO/regie-cli
set -u
cli=$1
source "$(dirname "$0")/contract-lib.sh"
db="$work/regie.db"
today=$(date +%F)
facts=$(date -d "$today - 10 days" +%F)
received=$(date -d "$today - 3 days" +%F)
export QT_QPA_PLATFORM=offscreen

expect 0 "templates --json" -- "$cli" --db "$db" letter templates --json
check "templates list the start letter as registered" \
    "any(t['id'] == 'gas-start-letter' and t['registered'] and t['version'] >= 1 for t in d['templates'])"
expect 2 "letter without verb" -- "$cli" --db "$db" letter
expect 2 "make without --out" -- "$cli" --db "$db" letter make --dossier X --template gas-start-letter

expect 0 "person with address" -- "$cli" --db "$db" person add --family Janssens --given Els \
    --birth 1991-03-14 --address "Lange Nieuwstraat 21, 2000 Antwerpen" --json
person=$(python3 -c "import json; print(json.load(open('$work/out'))['id'])")
expect 0 "gas new" -- "$cli" --db "$db" gas new --person "$person" --facts "$facts" \
    --offence SOLICIT-OUTSIDE-ZONE --report AN.55.L3.01234/26 --received "$received" --fine 150 --json
number=$(python3 -c "import json; print(json.load(open('$work/out'))['number'])")

expect 1 "unknown template" -- "$cli" --db "$db" letter make --dossier "$number" --template nope --out "$work/x.pdf"
stderr_has "the refusal names the template" "no letter template nope"
expect 1 "decision letter before a decision" -- "$cli" --db "$db" letter make --dossier "$number" \
    --template gas-decision --out "$work/x.pdf"
stderr_has "the refusal names the missing value" "decisionDate"

expect 0 "make start letter" -- "$cli" --db "$db" --json letter make --dossier "$number" \
    --template gas-start-letter --out "$work/start.pdf"
check "the letter is registered and not yet posted" "d['registered'] and d['posted'] is None and d['templateVersion'] == 1"
letter=$(python3 -c "import json; print(json.load(open('$work/out'))['id'])")
head -c 5 "$work/start.pdf" | grep -q "%PDF-" && pass=$((pass + 1)) || { echo "FAIL: a PDF is written"; failures=$((failures + 1)); }
expect 0 "reprint" -- "$cli" --db "$db" letter reprint "$letter" --out "$work/again.pdf" --verify
cmp -s "$work/start.pdf" "$work/again.pdf" && pass=$((pass + 1)) || { echo "FAIL: reprint is byte-identical"; failures=$((failures + 1)); }
[ ! -s "$work/err" ] || ! grep -q "render-differs" "$work/err" && pass=$((pass + 1)) || { echo "FAIL: rendering again gives the same bytes"; failures=$((failures + 1)); }

expect 1 "tracking with signs" -- "$cli" --db "$db" letter post "$letter" --date "$today" --tracking "RR/12"
expect 2 "malformed posting date" -- "$cli" --db "$db" letter post "$letter" --date 2026-13-01 --tracking RR123456785BE
expect 0 "post" -- "$cli" --db "$db" --json letter post "$letter" --date "$today" --tracking "RR 123 456 785 BE"
check "posted with the normalised tracking number and a presumed notification" \
    "d['posted'] == '$today' and d['tracking'] == 'RR123456785BE' and d['notified'] > '$today' and 'third working day' in d['notifiedDerivation']"
expect 1 "post twice" -- "$cli" --db "$db" letter post "$letter" --date "$today" --tracking RR123456785BE
stderr_has "the refusal names the rule" "already-posted"

expect 0 "receipt" -- "$cli" --db "$db" --json letter receipt "$letter" --date "$today"
check "the receipt is the notification" "d['received'] == '$today' and d['notified'] == '$today'"
expect 0 "gas show" -- "$cli" --db "$db" gas show "$number" --json
check "the dossier's notification follows the receipt" \
    "[x['date'] for x in d['deadlines'] if x['name'] == 'startNotification'] == ['$today']"
expect 1 "a return after a receipt" -- "$cli" --db "$db" letter receipt "$letter" --returned unclaimed

expect 0 "list --json" -- "$cli" --db "$db" letter list --dossier "$number" --json
check "the list has the letter" "[l['id'] for l in d['letters']] == ['$letter']"
expect 0 "register by posting day" -- "$cli" --db "$db" letter list --posted-from "$today" --json
check "the register has the letter" "[l['tracking'] for l in d['letters']] == ['RR123456785BE']"
expect 0 "deadlines --ics" -- "$cli" --db "$db" deadlines --due-within 60 --ics "$work/board.ics"
head -1 "$work/board.ics" | grep -q "BEGIN:VCALENDAR" && pass=$((pass + 1)) || { echo "FAIL: ics written"; failures=$((failures + 1)); }

summary "letters contract"
