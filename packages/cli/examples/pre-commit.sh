#!/bin/sh
# Helder als gewone git-hook zonder extra gereedschap: kopieer naar .git/hooks/pre-commit
# en maak het uitvoerbaar (chmod +x .git/hooks/pre-commit).
files=$(git diff --cached --name-only --diff-filter=ACM | grep -E '\.(txt|md|html|j2|jinja|docx)$')
[ -z "$files" ] && exit 0
# shellcheck disable=SC2086
exec npx --no-install helder check --fail-on error $files
