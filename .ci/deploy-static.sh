#!/usr/bin/env bash
# Deployment way 2 of the README ("static host + Node process"), run by CI after the content
# check and the build of main passed (.github/workflows/publish.yml, .gitlab-ci.yml), with dist/
# from that build in the working directory. Over SSH to one host:
#   1. the Node process's release (package files, src/, dist/) to DEPLOY_APP_DIR, its production
#      dependencies installed there (npm ci --omit=dev also brings the project's Node 24);
#   2. dist/client/ to DEPLOY_STATIC_DIR, the folder the static web server serves (skipped when
#      unset: then the Node process serves the static files itself, README way 1);
#   3. DEPLOY_RESTART_COMMAND, e.g. `sudo systemctl restart werkgevers`.
# Steps 2 and 3 follow each other within seconds: pages and on-demand routes of one build belong
# together (server islands carry data only their own build can read).
# The signup store (DATA_DIR) and the host's configuration stay outside DEPLOY_APP_DIR's synced
# folders, so a deployment never touches them. Setup: docs/cms.md, "Publiceren: van opslaan tot live".
set -euo pipefail

: "${DEPLOY_HOST:?set the variable DEPLOY_HOST (the host name)}"
: "${DEPLOY_USER:?set the variable DEPLOY_USER (the SSH user on the host)}"
: "${DEPLOY_APP_DIR:?set the variable DEPLOY_APP_DIR (the folder npm start runs in)}"
: "${DEPLOY_RESTART_COMMAND:?set the variable DEPLOY_RESTART_COMMAND (restarts the Node process)}"
: "${DEPLOY_SSH_KEY_FILE:?no SSH key file: set the secret DEPLOY_SSH_KEY}"
: "${DEPLOY_KNOWN_HOSTS:?set the variable DEPLOY_KNOWN_HOSTS (ssh-keyscan output of the host)}"
DEPLOY_STATIC_DIR="${DEPLOY_STATIC_DIR:-}"

if [ ! -f dist/server/entry.mjs ] || [ ! -d dist/client ]; then
  echo "dist/ is missing or incomplete: run npm run build first." >&2
  exit 1
fi

# Only the host's own key is trusted: no trust on first use from a CI runner.
known_hosts="$(mktemp)"
trap 'rm -f "$known_hosts"' EXIT
printf '%s\n' "$DEPLOY_KNOWN_HOSTS" >"$known_hosts"
ssh_command="ssh -i $DEPLOY_SSH_KEY_FILE -o BatchMode=yes -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$known_hosts"
target="$DEPLOY_USER@$DEPLOY_HOST"

echo "1/3 Release of the Node process to $target:$DEPLOY_APP_DIR"
# --delete inside src/ and dist/ only: node_modules/, data/ and anything else there stay.
rsync -a --delete --delay-updates -e "$ssh_command" \
  package.json package-lock.json src dist "$target:$DEPLOY_APP_DIR/"
# shellcheck disable=SC2029 # the folder is meant to expand here, on the runner
$ssh_command "$target" "cd '$DEPLOY_APP_DIR' && npm ci --omit=dev --no-audit --no-fund"

if [ -n "$DEPLOY_STATIC_DIR" ]; then
  echo "2/3 Static files to $target:$DEPLOY_STATIC_DIR"
  # --delete-after: a deleted story or event disappears, but only once every new file is there.
  rsync -a --delete-after --delay-updates -e "$ssh_command" dist/client/ "$target:$DEPLOY_STATIC_DIR/"
else
  echo "2/3 No DEPLOY_STATIC_DIR: the Node process serves dist/client itself"
fi

echo "3/3 Restarting the Node process"
# shellcheck disable=SC2029 # the command is meant to expand here, on the runner
$ssh_command "$target" "$DEPLOY_RESTART_COMMAND"
echo "Published."
