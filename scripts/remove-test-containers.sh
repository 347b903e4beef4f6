#!/usr/bin/env bash
# Removes the containers one test run left behind: those labelled with its run id
# (org.mockpayments.test-run=<run>, set by test-support's TestRunLabel), never another project's.
# With Ryuk disabled nothing else reaps them.
# Usage: remove-test-containers.sh <run id>
set -u
run=${1:?usage: remove-test-containers.sh <run id>}
if docker info >/dev/null 2>&1; then
  leftovers=$(docker ps -aq --filter "label=org.mockpayments.test-run=$run")
  if [ -n "$leftovers" ]; then
    echo "Removing $(echo "$leftovers" | wc -l) container(s) left by test run $run"
    echo "$leftovers" | xargs docker rm -f >/dev/null
  fi
fi
exit 0
