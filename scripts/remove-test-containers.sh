#!/usr/bin/env bash
# Removes containers that Testcontainers left behind (with Ryuk disabled nothing else reaps them).
set -u
if docker info >/dev/null 2>&1; then
  leftovers=$(docker ps -aq --filter label=org.testcontainers=true)
  if [ -n "$leftovers" ]; then
    echo "Removing $(echo "$leftovers" | wc -l) leftover test container(s)"
    echo "$leftovers" | xargs docker rm -f >/dev/null
  fi
fi
exit 0
