#!/usr/bin/env bash
# Renders docs/sample-report.pdf from demo data: `regie-cli demo` plus a deterministic set of
# measures, inspections, certificates, meetings, notes, branch counts, partners' figures and
# registration files for 2025-H2 and 2026-H1, both rounds frozen.
# Usage: docs/sample-report.sh PATH/TO/regie-cli OUT.pdf
# The committed docs/sample-report.pdf was rendered from this database in Dutch by the hidden
# preview test (tests/views/reports, REGIE_PREVIEW_DB/_ROUND/_QM/_PDF) with the report's Dutch
# translations, because regie-cli does not embed the translations yet.
set -eu
cli=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=${SAMPLE_DB:-$work/demo.db} # SAMPLE_DB=PATH keeps the database for a look
r() { "$cli" --db "$db" "$@"; }
id() { "$cli" --db "$db" --json "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

r demo --size 120 >/dev/null
mapfile -t people < <(r person list --json | python3 -c 'import json,sys; [print(p["id"]) for p in json.load(sys.stdin)]')

# Premises in the zone: the demo's six and fourteen more.
for n in $(seq 21 34); do r premises add --street Vingerlingstraat --number "$n" --windows 3 >/dev/null; done
mapfile -t premises < <(r premises list --json | python3 -c 'import json,sys; [print(p["id"]) for p in json.load(sys.stdin)]')

# Proactive inspections: 12 premises in 2025-H2, 17 in 2026-H1; reactive ones with applications.
for i in $(seq 0 11); do r inspection add --premises "${premises[$i]}" --kind proactive --date "2025-$(printf %02d $((7 + i % 6)))-1$((i % 9))" >/dev/null; done
for i in $(seq 0 16); do r inspection add --premises "${premises[$i]}" --kind proactive --date "2026-0$((1 + i % 6))-2$((i % 8))" >/dev/null; done

certificate() { # premises applied decided outcome
    local c
    c=$(r certificate new --premises "$1" --date "$2" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    for t in cadastral-data real-rights criminal-record company-publications company-registration identity-copy; do
        r certificate event "$c" --kind document --type "$t" --date "$2" >/dev/null
    done
    for t in fire-safety urban-planning hygiene morality; do
        r certificate event "$c" --kind check --type "$t" --date "$2" --inspector "Inspecteur SL/SI" --result favourable >/dev/null
    done
    r inspection add --premises "$1" --kind reactive --date "$2" --certificate "$c" >/dev/null
    r certificate event "$c" --kind decision --outcome "$4" --date "$3" >/dev/null
    echo "$c"
}
c1=$(certificate "${premises[0]}" 2025-08-04 2025-09-15 granted)
c2=$(certificate "${premises[1]}" 2025-09-01 2025-10-06 granted)
certificate "${premises[2]}" 2025-10-13 2025-11-17 refused >/dev/null
for i in 3 4 5 6 7; do certificate "${premises[$i]}" "2026-0$((i - 2))-05" "2026-0$((i - 1))-10" granted >/dev/null; done
certificate "${premises[8]}" 2026-03-02 2026-04-06 refused >/dev/null
r certificate event "$c1" --kind suspension --date 2026-02-02 --until 2026-03-02 --reference "CBS 2026/114" >/dev/null
r certificate event "$c2" --kind withdrawal --date 2026-05-18 --reference "CBS 2026/402" >/dev/null

# The mayor's measures.
for i in 0 1 2; do r measure new --kind place-ban --person "${people[$i]}" --decided "2025-1$i-06" --perimeter "Schippersstraat, Verversrui" --hearing "2025-1$i-02" >/dev/null; done
for i in 3 4 5 6 7; do r measure new --kind place-ban --person "${people[$i]}" --decided "2026-0$((i - 2))-09" --perimeter "Falconplein" --hearing "2026-0$((i - 2))-05" >/dev/null; done
r measure new --kind closure-trafficking --premises "${premises[12]}" --decided 2026-03-12 --months 3 --consulted 2026-03-10 >/dev/null
r measure new --kind closure-public-order --premises "${premises[13]}" --decided 2025-11-20 --months 1 --confirmed 2025-11-27 >/dev/null
r measure new --kind closure-public-order --premises "${premises[14]}" --decided 2026-04-23 --months 2 --confirmed 2026-04-30 >/dev/null
r measure new --kind hearing-order --person "${people[9]}" --decided 2026-05-06 --order "Geen klanten ronselen op de openbare weg" --hearing 2026-05-04 --valid-until 2026-11-06 >/dev/null

# Meetings and notes.
meet() { r meeting add --type "$1" --date "$2" --title "$3" >/dev/null; }
for d in 2025-09-09 2025-12-09 2026-03-10 2026-06-09; do meet safety-partners "$d" "Sectoraal overleg veiligheid"; done
for d in 2025-10-14 2026-01-20 2026-04-21; do meet care-partners "$d" "Sectoraal overleg hulpverlening"; done
for d in 2025-11-25 2026-05-26; do meet intersectoral "$d" "Intersectoraal overleg prostitutie"; done
for d in 2025-10-02 2026-04-02; do meet owners "$d" "Overleg eigenaars raamprostitutiepanden"; done
for d in 2025-07-08 2025-10-07 2026-01-13 2026-04-14; do meet core-group "$d" "Kerngroep geschiktheidsverklaring"; done
for d in 2025-08-19 2025-11-18 2026-02-17 2026-05-19; do meet enforcement-partners "$d" "Overleg bestuurlijke handhaving"; done
for d in 2025-09-23 2026-03-24 2026-06-23; do meet police-actors "$d" "Prostitutieteam, referentiemagistraat en BH"; done
meet reporting 2026-01-27 "Halfjaarlijkse rapportering aan de plangroep"
r note add --kind covenant --date 2026-01-09 --title "Uitvoeringsovereenkomst Ghapro vzw 2026" >/dev/null
r note add --kind covenant --date 2026-01-16 --title "Uitvoeringsovereenkomst MSOC/Free Clinic 2026" >/dev/null
r note add --kind signal-note --date 2025-11-04 --title "Signaalnota verdoken prostitutie in massagesalons" >/dev/null
r note add --kind policy-note --date 2026-03-31 --title "Beleidsnota evaluatie gedoogzone" >/dev/null
r note add --kind explanation --date 2026-02-12 --title "Toelichting aan de gemeenteraadscommissie" >/dev/null

# The police team's branch inventory per half year.
branch() { # branch from to establishments controls pv rir
    r branch-count add --branch "$1" --from "$2" --to "$3" --source "Prostitutieteam Antwerpen" --date "$(date -d "$3 +10 days" +%F)" \
      --establishments "$4" --controls "$5" --establishments-checked "$5" --persons-checked "$((3 * $5))" \
      --reports-pv "$6" --rir "$7" --information-reports "$((1 + $6 / 2))" --administrative-arrests "$(($7 / 2))" --judicial-arrests "$(($7 / 3))" >/dev/null
}
branch window 2025-07-01 2025-12-31 96 54 21 6;      branch window 2026-01-01 2026-06-30 94 61 18 5
branch escort 2025-07-01 2025-12-31 38 9 4 2;        branch escort 2026-01-01 2026-06-30 41 12 6 3
branch massage 2025-07-01 2025-12-31 22 14 8 4;      branch massage 2026-01-01 2026-06-30 25 17 11 4
branch strip-club 2025-07-01 2025-12-31 5 6 1 0;     branch strip-club 2026-01-01 2026-06-30 5 4 0 0
branch private-reception 2025-07-01 2025-12-31 17 5 3 1; branch private-reception 2026-01-01 2026-06-30 19 7 2 1
branch street 2025-07-01 2025-12-31 0 11 9 3;        branch street 2026-01-01 2026-06-30 0 13 12 5

# Partners' figures.
fig() { r figure add --indicator "$1" --from "$2" --to "$3" --value "$4" --source "$5" --date "$6" >/dev/null; }
fig 2.4.database-operational 2025-07-01 2025-12-31 1 "Lokale politie Antwerpen" 2026-01-12
fig 2.4.database-operational 2026-01-01 2026-06-30 1 "Lokale politie Antwerpen" 2026-07-10
fig 2.4.persons-measured 2026-01-01 2026-06-30 612 "Lokale politie, meting prostitutieteam" 2026-07-10
fig 2.4.periodic-reports 2026-01-01 2026-06-30 2 "Lokale politie Antwerpen" 2026-07-10
fig 1.2.website-visits 2026-01-01 2026-06-30 18450 "Boysproject, webstatistieken" 2026-07-06
fig 2.1.judicial-measures 2026-01-01 2026-06-30 7 "Parket Antwerpen" 2026-07-15

# Minimum-format registration files of the care organisations and the safety actors.
care_head="organisation;period_start;period_end;clients;contacts_medical;contacts_psychosocial;consultations_fixed;consultations_mobile;outreach_moments;group_activities;online_sessions;tests;referrals;cooperation_contacts"
printf '%s\nghapro;2025-07-01;2025-12-31;402;1190;371;880;310;44;10;0;140;84;38\nboysproject;2025-07-01;2025-12-31;88;115;190;52;0;28;22;104;49;19;14\nmsoc-free-clinic;2025-07-01;2025-12-31;63;140;96;0;0;51;9;0;12;25;11\n' "$care_head" >"$work/care-2025-H2.csv"
printf '%s\nghapro;2026-01-01;2026-06-30;431;1255;402;930;325;47;13;0;158;91;41\nboysproject;2026-01-01;2026-06-30;97;126;204;61;0;31;25;118;57;22;16\nmsoc-free-clinic;2026-01-01;2026-06-30;70;151;99;0;0;55;11;0;14;28;12\n' "$care_head" >"$work/care-2026-H1.csv"
safety_head="actor;period_start;period_end;controls;establishments_checked;persons_checked;reports_pv;rir;information_reports;administrative_arrests;judicial_arrests"
printf '%s\nlokale-politie;2025-07-01;2025-12-31;99;85;310;46;16;30;7;5\nsl-bh-sd;2025-07-01;2025-12-31;24;24;0;9;0;0;0;0\n' "$safety_head" >"$work/safety-2025-H2.csv"
printf '%s\nlokale-politie;2026-01-01;2026-06-30;114;96;344;49;18;33;8;6\nsl-bh-sd;2026-01-01;2026-06-30;28;28;0;12;0;0;0;0\n' "$safety_head" >"$work/safety-2026-H1.csv"
for f in care-2025-H2 care-2026-H1; do r import-registration --kind care "$work/$f.csv" >/dev/null; done
for f in safety-2025-H2 safety-2026-H1; do r import-registration --kind safety "$work/$f.csv" >/dev/null; done

r round new --name 2025-H2 --from 2025-07-01 --to 2025-12-31 >/dev/null
r round new --name 2026-H1 --from 2026-01-01 --to 2026-06-30 >/dev/null
r round freeze --name 2025-H2 >/dev/null
r round freeze --name 2026-H1 >/dev/null
r report --round 2026-H1 --out "$out"
