# Shared by the CLI contract scripts: a scratch folder, expect (exit code) and check (JSON).
# Source it after setting nothing; it defines $work, $failures, $pass and a summary function.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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
check() { # check DESCRIPTION python-expression-over-json (reads $work/out as d)
    if python3 -c "import json,sys; d=json.load(open('$work/out')); sys.exit(0 if ($2) else 1)"; then
        pass=$((pass + 1))
    else
        echo "FAIL: $1"; failures=$((failures + 1))
    fi
}
stderr_has() { # stderr_has DESCRIPTION TEXT
    if grep -q -- "$2" "$work/err"; then pass=$((pass + 1)); else
        echo "FAIL: $1 (stderr lacks '$2')"; sed 's/^/  stderr: /' "$work/err"; failures=$((failures + 1)); fi
}
summary() { # summary NAME
    echo "$1: $pass passed, $failures failed"
    [ "$failures" -eq 0 ]
}
