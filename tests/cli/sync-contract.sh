#!/usr/bin/env bash
# Checks the sync contracts of regie-cli end to end: keys, trust, bundles both ways, faults
# refused with exit 1 and the data unchanged, conflicts, digest.
# Usage: sync-contract.sh PATH/TO/regie-cli
set -u
cli=$1
. "$(dirname "$0")/contract-lib.sh"
a="$work/office.db"
b="$work/laptop.db"

ok() { # ok DESCRIPTION shell-test...
    local what=$1; shift
    if "$@"; then pass=$((pass + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
reason() { # reason CODE: the last refusal named it on stderr
    ok "refusal names $1" grep -q "regie-cli: .*$1" "$work/err"
}
digest() { "$cli" --db "$1" digest; }

printf 'office passphrase\n' >"$work/pa"
printf 'laptop passphrase\n' >"$work/pb"
expect 0 "init office" -- "$cli" --db "$a" init --code OF --name Office --no-seed
expect 0 "init laptop" -- "$cli" --db "$b" init --code FL --name Laptop --no-seed

# keys
expect 2 "passphrase on the command line is refused" -- "$cli" --db "$a" keys init --passphrase secret
expect 0 "keys init office" -- "$cli" --db "$a" keys init --passphrase-file "$work/pa"
expect 1 "keys init twice" -- "$cli" --db "$a" keys init --passphrase-file "$work/pa"
reason keys-exist
expect 0 "keys init laptop" -- "$cli" --db "$b" keys init --passphrase-file "$work/pb"
expect 0 "export-public office" -- "$cli" --db "$a" keys export-public --out "$work/office.pub"
expect 0 "export-public laptop" -- "$cli" --db "$b" keys export-public --out "$work/laptop.pub"
ok "public-key file format" grep -q '^regie-public-key 1$' "$work/office.pub"
expect 0 "trust laptop" -- "$cli" --db "$a" keys trust "$work/laptop.pub" --name laptop
expect 0 "trust office" -- "$cli" --db "$b" keys trust "$work/office.pub" --name office
expect 1 "trust twice" -- "$cli" --db "$a" keys trust "$work/laptop.pub" --name laptop2
expect 2 "trust without name" -- "$cli" --db "$a" keys trust "$work/laptop.pub"
expect 0 "keys list --json" -- "$cli" --db "$a" keys list --json
check "keys list names the peer with its fingerprint" \
      "d['peers'][0]['name'] == 'laptop' and len(d['peers'][0]['fingerprint']) == 39 and d['peers'][0]['revoked'] is False and d['self']['code'] == 'OF'"

# data on both sides, exchanged both ways
expect 0 "premises on the office" -- "$cli" --db "$a" premises add --street Verversrui --number 3 --windows 2 --json
premises=$(python3 -c "import json; print(json.load(open('$work/out'))['id'])")
expect 0 "person on the laptop" -- "$cli" --db "$b" person add --family Proefmans --given Jan
expect 0 "bundle export to laptop" -- "$cli" --db "$a" bundle export --to laptop --out "$work/1.regiebundle" --passphrase-file "$work/pa"
expect 0 "bundle inspect" -- "$cli" --db "$b" bundle inspect "$work/1.regiebundle" --json
check "inspect shows sender and range" "d['sender']['code'] == 'OF' and d['signatureValid'] is True and d['from'] == 1 and d['changes'] > 0 and d['format'] == 2"
before=$(digest "$b")
expect 0 "bundle import --dry-run" -- "$cli" --db "$b" --json bundle import "$work/1.regiebundle" --dry-run --passphrase-file "$work/pb"
check "preview counts new records" "d['outcome'] == 'preview' and d['counts']['premises']['new'] == 1"
ok "dry run changes nothing" [ "$(digest "$b")" = "$before" ]

# faults: each refused with exit 1 and its reason, the data unchanged
cp "$work/1.regiebundle" "$work/bad.regiebundle"
python3 - "$work/bad.regiebundle" <<'PY'
import sys
p = sys.argv[1]; b = bytearray(open(p, 'rb').read()); b[len(b) // 2] ^= 1; open(p, 'wb').write(b)
PY
expect 1 "changed byte" -- "$cli" --db "$b" bundle import "$work/bad.regiebundle" --passphrase-file "$work/pb"
reason bad-signature
head -c 300 "$work/1.regiebundle" >"$work/cut.regiebundle"
expect 1 "truncated" -- "$cli" --db "$b" bundle import "$work/cut.regiebundle" --passphrase-file "$work/pb"
expect 1 "wrong passphrase" -- "$cli" --db "$b" bundle import "$work/1.regiebundle" --passphrase-file "$work/pa"
reason wrong-passphrase
expect 1 "addressed to another installation" -- "$cli" --db "$a" bundle import "$work/1.regiebundle" --passphrase-file "$work/pa"
ok "faults left the data unchanged" [ "$(digest "$b")" = "$before" ]

expect 0 "bundle import" -- "$cli" --db "$b" bundle import "$work/1.regiebundle" --passphrase-file "$work/pb"
ok "receipt written next to the bundle" [ -s "$work/1.regiebundle.receipt" ]
after=$(digest "$b")
expect 1 "replay" -- "$cli" --db "$b" bundle import "$work/1.regiebundle" --passphrase-file "$work/pb"
reason replay
ok "replay changed nothing" [ "$(digest "$b")" = "$after" ]
expect 0 "receipt back at the office" -- "$cli" --db "$a" bundle import "$work/1.regiebundle.receipt"
expect 0 "bundle export to office" -- "$cli" --db "$b" bundle export --to office --out "$work/2.regiebundle" --passphrase-file "$work/pb"
expect 0 "office imports" -- "$cli" --db "$a" bundle import "$work/2.regiebundle" --passphrase-file "$work/pa"
ok "digests agree after the exchange" [ "$(digest "$a")" = "$(digest "$b")" ]
expect 0 "digest" -- "$cli" --db "$a" digest
ok "digest prints only the hex" grep -Eqx '[0-9a-f]{64}' "$work/out"
ok "digest prints one line" [ "$(wc -l <"$work/out")" -eq 1 ]

# a conflict: both change the parcel of the same premises before exchanging
expect 0 "office edits" -- "$cli" --db "$a" premises parcel "$premises" --parcel "11002A0123/00B000"
sleep 0.01
expect 0 "laptop edits" -- "$cli" --db "$b" premises parcel "$premises" --parcel "11002A0999/00C000"
expect 0 "export office" -- "$cli" --db "$a" bundle export --to laptop --out "$work/3.regiebundle" --passphrase-file "$work/pa"
expect 0 "export laptop" -- "$cli" --db "$b" bundle export --to office --out "$work/4.regiebundle" --passphrase-file "$work/pb"
expect 0 "laptop imports" -- "$cli" --db "$b" bundle import "$work/3.regiebundle" --passphrase-file "$work/pb"
expect 0 "office imports" -- "$cli" --db "$a" bundle import "$work/4.regiebundle" --passphrase-file "$work/pa"
ok "same value on both" [ "$(digest "$a")" = "$(digest "$b")" ]
expect 0 "conflicts list --json" -- "$cli" --db "$a" conflicts list --json
check "the conflict keeps both values" \
      "len(d) == 1 and d[0]['field'] == 'cadastral_parcel' and sorted([d[0]['local']['value'], d[0]['remote']['value']]) == ['11002A0123/00B000', '11002A0999/00C000']"
check "the conflict names the premises by its address, as a field conflict" \
      "d[0]['kind'] == 'field' and d[0]['deletion'] is None and d[0]['record'] == 'Verversrui 3' and d[0]['recordDeleted'] is False"
conflict=$(python3 -c "import json; print(json.load(open('$work/out'))[0]['id'])")
expect 2 "resolve needs a choice" -- "$cli" --db "$a" conflicts resolve "$conflict"
expect 2 "resolve with a bad choice" -- "$cli" --db "$a" conflicts resolve "$conflict" --keep mine
expect 0 "resolve" -- "$cli" --db "$a" conflicts resolve "$conflict" --value "11002A0123/00B001"
expect 1 "resolve twice" -- "$cli" --db "$a" conflicts resolve "$conflict" --keep local
expect 0 "no open conflicts" -- "$cli" --db "$a" conflicts list --json
check "conflict list empty" "d == []"

# a laptop whose clock ran days ahead: its stamps are refused before anything is applied
python3 - "$b" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
seq, hlc = db.execute("SELECT seq, hlc FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()
ahead = int(time.time() * 1000) + 3 * 24 * 3600 * 1000
db.execute("UPDATE change_log SET hlc = ? WHERE seq = ?", ("%013d%s" % (ahead, hlc[13:]), seq))
db.commit()
PY
expect 0 "edit on the fast laptop" -- "$cli" --db "$b" person add --family Vooruit --given Klok
expect 0 "export from the fast laptop" -- "$cli" --db "$b" bundle export --to office --out "$work/6.regiebundle" --passphrase-file "$work/pb"
before=$(digest "$a")
expect 1 "stamps three days ahead" -- "$cli" --db "$a" bundle import "$work/6.regiebundle" --passphrase-file "$work/pa"
reason future-stamp
ok "the refusal names the receiver's clock" grep -q "ahead of this installation's clock" "$work/err"
ok "future stamps changed nothing" [ "$(digest "$a")" = "$before" ]

# revoked signer
expect 0 "export before revoking" -- "$cli" --db "$a" bundle export --to laptop --out "$work/5.regiebundle" --passphrase-file "$work/pa"
expect 0 "revoke" -- "$cli" --db "$b" keys revoke office
before=$(digest "$b")
expect 1 "revoked signer" -- "$cli" --db "$b" bundle import "$work/5.regiebundle" --passphrase-file "$work/pb"
reason revoked-signer
ok "revoked bundle changed nothing" [ "$(digest "$b")" = "$before" ]
expect 2 "bundle usage" -- "$cli" --db "$b" bundle import
expect 2 "keys usage" -- "$cli" --db "$b" keys

summary "sync contract"
