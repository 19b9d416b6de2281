#!/usr/bin/env bash
# The wizard's pages on Windows (under Wine): scripts/screenshots.sh windows [SCENARIO] [LANG].
exec "$(dirname "$0")/screenshots.sh" windows "$@"
