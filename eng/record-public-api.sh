#!/usr/bin/env bash
# Records the public API of every package in src/ into its PublicAPI.Unshipped.txt, from the
# analyzer's own diagnostics (RS0016: a symbol not yet recorded; RS0017: a recorded symbol that is
# gone). Run it after a deliberate API change, review the diff, commit it.
#   bash eng/record-public-api.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  folder=$(dirname "$project")
  log=$(mktemp)
  dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= > "$log" 2>&1 || true
  python3 - "$folder" "$log" <<'PY'
import re, sys
import os
folder, log = sys.argv[1], sys.argv[2]
# Only this project's diagnostics: the build also reports those of the projects it references.
own = os.path.abspath(folder) + "/"
text = "\n".join(l for l in open(log, encoding="utf-8") if l.startswith(own))
added = set(re.findall(r"RS0016: Symbol '(.*?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.*?)' is part of the declared API, but is either not public or could not be found", text))
path = f"{folder}/PublicAPI.Unshipped.txt"
lines = [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#nullable")]
lines = sorted((set(lines) - removed) | added, key=lambda l: (l.lstrip("~*"), l))
open(path, "w", encoding="utf-8").write("#nullable enable\n" + "".join(l + "\n" for l in lines))
print(f"{folder}: {len(added)} added, {len(removed)} removed, {len(lines)} recorded")
PY
  rm -f "$log"
done
