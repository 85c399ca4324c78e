#!/usr/bin/env bash
# regie-cli window-register and sanction, end to end on a fresh database.
# Usage: fieldwork-contract.sh PATH/TO/regie-cli
set -u
cli=$1
. "$(dirname "$0")/contract-lib.sh"
db="$work/regie.db"
run() { "$cli" --db "$db" "$@"; }

expect 0 "init" -- run init --code FW --name "Field work"
expect 0 "premises add" -- run premises add --street Verversrui --number 8 --windows 2 --json
premises=$(python3 -c "import json; print(json.load(open('$work/out'))['id'])")

expect 0 "register a pseudonymous reference" -- run window-register add --premises "$premises" \
    --window 1 --from 2026-01-01 --to 2026-12-31 --ref W-2001 --registered yes --validated yes
expect 1 "a national register number is refused" -- run window-register add --premises "$premises" \
    --window 1 --from 2026-01-01 --to 2026-12-31 --ref 85073003328 --registered yes --validated yes
stderr_has "the reason names the privacy rule" "national register"
expect 1 "an unknown window is refused" -- run window-register add --premises "$premises" \
    --window 7 --from 2026-01-01 --to 2026-12-31 --ref W-2002 --registered yes --validated yes
expect 2 "yes or no" -- run window-register add --premises "$premises" \
    --window 1 --from 2026-01-01 --to 2026-12-31 --ref W-2003 --registered maybe --validated yes
expect 0 "register list --json" -- run window-register list --premises "$premises" --json
check "one line, pseudonymous" "len(d) == 1 and d[0]['reference'] == 'W-2001' and d[0]['policeValidated']"
line=$(python3 -c "import json; print(json.load(open('$work/out'))[0]['id'])")
expect 1 "a correction with a national register number is refused" -- run window-register correct "$line" \
    --from 2026-01-01 --to 2026-12-31 --ref 85073003328 --registered yes --validated no
expect 0 "correct a line: the police did not validate it" -- run window-register correct "$line" \
    --from 2026-01-01 --to 2026-12-31 --ref W-2001 --registered yes --validated no
expect 0 "register list after the correction" -- run window-register list --premises "$premises" --json
check "the same line, corrected" "len(d) == 1 and d[0]['id'] == '$line' and not d[0]['policeValidated']"
expect 2 "a correction needs every field" -- run window-register correct "$line" --ref W-2001

expect 0 "a holder" -- run person add --legal "Raam BV" --kbo 0440.966.354 --json
holderPerson=$(python3 -c "import json; print(json.load(open('$work/out'))['id'])")
expect 0 "main holder from 2025" -- run premises holder "$premises" --person "$holderPerson" \
    --role main-holder --from 2025-01-01 --json
expect 0 "premises show --json" -- run premises show "$premises" --json
holderId=$(python3 -c "import json; print(json.load(open('$work/out'))['holders'][0]['id'])")
expect 1 "a role cannot end before it began" -- run premises holder-end "$holderId" --until 2024-12-31
expect 0 "the role ends" -- run premises holder-end "$holderId" --until 2026-06-30
expect 0 "premises show after the end" -- run premises show "$premises" --json
check "the role keeps its period" "d['holders'][0]['ends'] == '2026-06-30'"

expect 0 "inspection" -- run inspection add --premises "$premises" --kind proactive --date 2026-03-02 --json
inspection=$(python3 -c "import json; print(json.load(open('$work/out'))['id'])")
expect 0 "a worker who is not in the register" -- run window-register check --inspection "$inspection" \
    --window 2 --ref W-9999 --json
check "not conform, with a draft finding" "d['conform'] is False and len(d['findingId']) > 0"
finding=$(python3 -c "import json; print(json.load(open('$work/out'))['findingId'])")

expect 0 "the finding opens a sanction dossier" -- run sanction open --finding "$finding" \
    --date 2026-03-02 --report AN.55.L1.012345/2026 --json
check "numbered with the installation's code" "d['number'].startswith('HS/') and '/FW/' in d['number'] and d['phase'] == 'findings'"
number=$(python3 -c "import json; print(json.load(open('$work/out'))['number'])")
expect 1 "no hearing before a warning" -- run sanction event "$number" --type hearing-invitation --date 2026-03-10
stderr_has "the refusal names the rule" "warning-first"
expect 0 "warning letter" -- run sanction event "$number" --type warning-letter --date 2026-03-05
expect 0 "a new finding after the warning" -- run sanction event "$number" --type finding --date 2026-04-01 --report AN.55.L1.012399/2026
expect 0 "invitation" -- run sanction event "$number" --type hearing-invitation --date 2026-04-10
expect 0 "hearing" -- run sanction event "$number" --type hearing-held --date 2026-05-04
expect 1 "a closure longer than three months" -- run sanction event "$number" --type decision \
    --date 2026-05-20 --decision temporary-closure --start 2026-06-01 --end 2026-09-15
stderr_has "the refusal names the limit" "temporaryClosureMaxMonths"
expect 0 "decision" -- run sanction event "$number" --type decision --date 2026-05-20 \
    --decision temporary-closure --start 2026-06-01 --end 2026-08-31 --notified 2026-05-26 --json
check "appeal term of 60 days from notification" "d['phase'] == 'decided' and d['appealDeadline'] == '2026-07-27'"
expect 2 "unknown verb" -- run sanction bogus
expect 0 "list --json" -- run sanction list --json
check "one dossier" "len(d) == 1"

# Rule sets are stored in the database: listed, shown with their basis, a newer one added.
expect 0 "rules list --json" -- run rules list --json
check "the default sets are stored" "any(r['name'] == 'GAS 2024' and r['origin'] == 'default' for r in d)"
expect 0 "rules show" -- run rules show "GAS 2024" --json
check "each rule with its basis" "d['rules']['defenceDays']['value'] == 15 and 'art. 25' in d['rules']['defenceDays']['basis']"
run rules show "GAS 2024" --json | python3 -c "
import json, sys
s = json.load(sys.stdin)
out = {'name': 'GAS 2027', 'procedure': 'gas-fine', 'validFrom': '2027-01-01', 'rules': s['rules']}
json.dump(out, open('$work/gas2027.json', 'w'))"
expect 0 "a newer set is added" -- run rules add "$work/gas2027.json" --json
check "and reports the recomputed dossiers" "d['name'] == 'GAS 2027' and d['dossiersRecomputed'] == 0"
expect 1 "the same set again is not newer" -- run rules add "$work/gas2027.json"
stderr_has "the refusal names the rule" "rule-set-not-newer"

summary "fieldwork"
