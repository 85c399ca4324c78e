#!/usr/bin/env bash
# Checks regie-cli meeting end to end on a fresh database: the indicators' forms (add, list) and
# the meeting record (show, attend, topic, minutes, action, action-done, actions, delete,
# restore, deleted): exit codes 0 ok, 1 refused with the reason, 2 usage; JSON field names.
# Usage: meetings-contract.sh PATH/TO/regie-cli
set -u
cli=$1
. "$(dirname "$0")/contract-lib.sh"
db="$work/regie.db"
out_has() { # out_has DESCRIPTION TEXT
    if grep -q -- "$2" "$work/out"; then pass=$((pass + 1)); else
        echo "FAIL: $1 (stdout lacks '$2')"; sed 's/^/  stdout: /' "$work/out"; failures=$((failures + 1)); fi
}

expect 0 "init" -- "$cli" --db "$db" init --code TS --name "Meetings contract"
expect 0 "meeting add" -- "$cli" --db "$db" meeting add --type core-group --date 2025-03-05 --title Kerngroep --participants "Stad, politie" --json
check "meeting add prints an id" "len(d['id']) == 36"
id=$(python3 -c "import json; print(json.load(open('$work/out'))['id'])")
expect 0 "meeting list" -- "$cli" --db "$db" meeting list --from 2025-01-01 --to 2025-12-31 --json
check "meeting list keeps its fields" \
      "[(x['id'], x['type'], x['date'], x['title'], x['participants']) for x in d] == [('$id', 'core-group', '2025-03-05', 'Kerngroep', 'Stad, politie')]"
expect 2 "meeting list without a period" -- "$cli" --db "$db" meeting list
expect 2 "meeting without a verb" -- "$cli" --db "$db" meeting
expect 2 "meeting of an unknown verb" -- "$cli" --db "$db" meeting plan "$id"

# attendees: organisations of the register by name or id, others by role
expect 0 "attend by name" -- "$cli" --db "$db" meeting attend "$id" --organisation "Ghapro vzw" --json
expect 0 "attend a unit by its name" -- "$cli" --db "$db" meeting attend "$id" --organisation "Prostitutieteam Antwerpen" --role voorzitter
expect 0 "attend by role" -- "$cli" --db "$db" meeting attend "$id" --role uitbaters
expect 1 "attend twice" -- "$cli" --db "$db" meeting attend "$id" --organisation "ghapro vzw"
stderr_has "the refusal names the organisation" "Ghapro vzw"
expect 1 "attend an unknown organisation" -- "$cli" --db "$db" meeting attend "$id" --organisation "Nergens vzw"
stderr_has "the refusal names the unknown organisation" "Nergens vzw"
expect 1 "attend an unknown meeting" -- "$cli" --db "$db" meeting attend 00000000-0000-0000-0000-000000000000 --role uitbaters
expect 2 "attend without organisation or role" -- "$cli" --db "$db" meeting attend "$id"

# agenda and minutes
expect 0 "topic" -- "$cli" --db "$db" meeting topic "$id" --text "Verslag vorige vergadering"
expect 0 "second topic" -- "$cli" --db "$db" meeting topic "$id" --text "Signalen uit het veld"
expect 1 "empty topic" -- "$cli" --db "$db" meeting topic "$id" --text "  "
printf 'Het verslag wordt goedgekeurd.\nGeen nieuwe signalen.\n' > "$work/minutes.txt"
expect 0 "minutes from a file" -- "$cli" --db "$db" meeting minutes "$id" --file "$work/minutes.txt"
expect 1 "minutes from a missing file" -- "$cli" --db "$db" meeting minutes "$id" --file "$work/none.txt"
expect 2 "minutes from both a file and a text" -- "$cli" --db "$db" meeting minutes "$id" --file "$work/minutes.txt" --text x

# action points: owner organisation and/or role, due on or after the meeting
expect 0 "action overdue" -- "$cli" --db "$db" meeting action "$id" --text "Overzicht controles bezorgen" --owner "Prostitutieteam Antwerpen" --due 2025-04-01 --json
late=$(python3 -c "import json; print(json.load(open('$work/out'))['id'])")
expect 0 "action by role" -- "$cli" --db "$db" meeting action "$id" --text "Attesten bezorgen" --role uitbaters --due 2099-12-31
expect 1 "action due before the meeting" -- "$cli" --db "$db" meeting action "$id" --text X --owner "Ghapro vzw" --due 2025-03-01
stderr_has "the refusal names the date" "2025-03-01"
expect 1 "action of an unknown owner" -- "$cli" --db "$db" meeting action "$id" --text X --owner "Nergens vzw" --due 2025-04-01
expect 2 "action without owner" -- "$cli" --db "$db" meeting action "$id" --text X --due 2025-04-01
expect 2 "action without due date" -- "$cli" --db "$db" meeting action "$id" --text X --role uitbaters

expect 0 "actions --open" -- "$cli" --db "$db" meeting actions --open --json
check "open actions, the overdue one first" \
      "[x['description'] for x in d] == ['Overzicht controles bezorgen', 'Attesten bezorgen'] and d[0]['overdue'] and not d[1]['overdue'] and d[0]['daysLeft'] < 0"
check "action fields" \
      "set(d[0]) >= {'id','meetingId','meetingDate','description','owner','ownerOrganisationId','ownerRole','due','done','status','overdue'} and d[0]['owner'] == 'Lokale politie Antwerpen / Prostitutieteam Antwerpen' and d[1]['ownerRole'] == 'uitbaters' and d[0]['done'] is None"

expect 1 "done before the meeting" -- "$cli" --db "$db" meeting action-done "$late" --date 2025-01-01
expect 0 "action-done" -- "$cli" --db "$db" meeting action-done "$late" --date 2025-03-20
expect 1 "action-done twice" -- "$cli" --db "$db" meeting action-done "$late" --date 2025-03-21
expect 1 "action-done of an unknown action" -- "$cli" --db "$db" meeting action-done 00000000-0000-0000-0000-000000000000
expect 0 "actions --open after done" -- "$cli" --db "$db" meeting actions --open --json
check "the done action is no longer open" "[x['description'] for x in d] == ['Attesten bezorgen']"
expect 0 "actions (all)" -- "$cli" --db "$db" meeting actions --json
check "all actions with the done one last" "len(d) == 2 and d[1]['status'] == 'done' and d[1]['done'] == '2025-03-20' and not d[1]['overdue']"

expect 0 "show" -- "$cli" --db "$db" meeting show "$id" --json
check "show has attendees, ordered topics, minutes and actions" \
      "d['id'] == '$id' and d['type'] == 'core-group' and len(d['attendees']) == 3 and [t['text'] for t in d['topics']] == ['Verslag vorige vergadering', 'Signalen uit het veld'] and d['minutes'].startswith('Het verslag') and len(d['actions']) == 2"
check "an attendee by role has no organisation" \
      "[a['role'] for a in d['attendees'] if a['organisationId'] == ''] == ['uitbaters']"
expect 0 "show as text" -- "$cli" --db "$db" meeting show "$id"
expect 1 "show an unknown meeting" -- "$cli" --db "$db" meeting show 00000000-0000-0000-0000-000000000000
expect 2 "show without id" -- "$cli" --db "$db" meeting show

# the indicators still count the meeting by type
expect 0 "indicators" -- "$cli" --db "$db" indicators --from 2025-03-05 --to 2025-03-05 --json
check "the core-group meeting is counted" \
      "[x['value'] for x in d if x['indicator'] == '2.3.meetings-core-group'] == [1]"

# delete and restore: a duplicate entered by mistake goes with its action points, comes back whole
expect 0 "deleted before any deletion" -- "$cli" --db "$db" meeting deleted --json
check "no deleted meetings yet" "d == []"
expect 0 "deleted as text when there are none" -- "$cli" --db "$db" meeting deleted
out_has "the empty list says so" "No deleted meetings."
expect 2 "deleted with an argument" -- "$cli" --db "$db" meeting deleted "$id"
expect 0 "duplicate meeting" -- "$cli" --db "$db" meeting add --type core-group --date 2025-03-05 --title Kerngroep --json
dup=$(python3 -c "import json; print(json.load(open('$work/out'))['id'])")
expect 0 "duplicate's topic" -- "$cli" --db "$db" meeting topic "$dup" --text "Verslag vorige vergadering"
expect 0 "duplicate's overdue action" -- "$cli" --db "$db" meeting action "$dup" --text "Dubbel ingevoerd" --role uitbaters --due 2025-04-01
expect 0 "delete" -- "$cli" --db "$db" meeting delete "$dup" --json
check "delete names the meeting and what went with it" \
      "d['id'] == '$dup' and d['date'] == '2025-03-05' and d['type'] == 'core-group' and d['actions'] == 1 and d['openActions'] == 1 and d['topics'] == 1 and d['attendees'] == 0"
expect 0 "deleted after delete" -- "$cli" --db "$db" meeting deleted --json
check "the deleted meeting is listed with when and by whom" \
      "[x['id'] for x in d] == ['$dup'] and d[0]['date'] == '2025-03-05' and d[0]['type'] == 'core-group' and d[0]['title'] == 'Kerngroep' and d[0]['deletedBy'] != '' and d[0]['deletedAt'].endswith('Z') and len(d[0]['deletedAt']) == 20"
check "deleted keeps its fields" "set(d[0]) >= {'id','date','type','title','deletedAt','deletedBy'}"
expect 0 "deleted as text" -- "$cli" --db "$db" meeting deleted
out_has "the table names the deleted meeting" "$dup"
expect 0 "list after delete" -- "$cli" --db "$db" meeting list --from 2025-01-01 --to 2025-12-31 --json
check "the deleted meeting is not listed" "[x['id'] for x in d] == ['$id']"
expect 0 "actions after delete" -- "$cli" --db "$db" meeting actions --json
check "its action point is gone, the others stay" "sorted(x['description'] for x in d) == ['Attesten bezorgen', 'Overzicht controles bezorgen']"
expect 1 "show a deleted meeting" -- "$cli" --db "$db" meeting show "$dup"
expect 0 "indicators after delete" -- "$cli" --db "$db" indicators --from 2025-03-05 --to 2025-03-05 --json
check "the deleted meeting is not counted" \
      "[x['value'] for x in d if x['indicator'] == '2.3.meetings-core-group'] == [1]"
expect 1 "delete twice" -- "$cli" --db "$db" meeting delete "$dup"
stderr_has "the refusal says it is already deleted" "already deleted"
expect 1 "delete an unknown meeting" -- "$cli" --db "$db" meeting delete 00000000-0000-0000-0000-000000000000
stderr_has "the refusal names the unknown meeting" "00000000-0000-0000-0000-000000000000"
expect 1 "restore a meeting that is not deleted" -- "$cli" --db "$db" meeting restore "$id"
stderr_has "the refusal says it is not deleted" "not deleted"
expect 2 "delete without id" -- "$cli" --db "$db" meeting delete
expect 2 "restore with two ids" -- "$cli" --db "$db" meeting restore "$id" "$dup"
expect 0 "restore" -- "$cli" --db "$db" meeting restore "$dup" --json
check "restore brings back what the deletion took" "d['id'] == '$dup' and d['actions'] == 1 and d['topics'] == 1"
expect 0 "deleted after restore" -- "$cli" --db "$db" meeting deleted --json
check "a restored meeting is no longer listed as deleted" "d == []"
expect 0 "actions --open after restore" -- "$cli" --db "$db" meeting actions --open --json
check "the restored overdue action point is open again, first" "d[0]['description'] == 'Dubbel ingevoerd' and d[0]['overdue']"
expect 0 "show after restore" -- "$cli" --db "$db" meeting show "$dup" --json
check "the restored meeting has its agenda" "[t['text'] for t in d['topics']] == ['Verslag vorige vergadering']"
expect 0 "delete as text" -- "$cli" --db "$db" meeting delete "$dup"
expect 0 "restore as text" -- "$cli" --db "$db" meeting restore "$dup"

summary "meetings contract"
