#!/usr/bin/env bash
# A throwaway OpenSSH server on 127.0.0.1 for the end-to-end tests: its own
# host key, a user key made for it, key login only, on a free high port.
#
#   scripts/test-sshd.sh start DIR   # prints shell lines: export QARI_SSH_...=...
#   scripts/test-sshd.sh stop DIR
#
# Needs /usr/sbin/sshd and ssh-keygen (Debian: openssh-server, openssh-client).
set -euo pipefail
command=${1:?usage: test-sshd.sh start|stop DIR}
dir=${2:?usage: test-sshd.sh start|stop DIR}

case $command in
  start)
    mkdir -p "$dir"
    chmod 700 "$dir"
    ssh-keygen -q -t ed25519 -N '' -f "$dir/host_key" <<<y >/dev/null
    ssh-keygen -q -t ed25519 -N '' -f "$dir/user_key" <<<y >/dev/null
    cp "$dir/user_key.pub" "$dir/authorized_keys"
    chmod 600 "$dir/authorized_keys"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    cat > "$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
PrintMotd no
AcceptEnv LANG LC_* QARI_*
CONF
    echo "[127.0.0.1]:$port $(cat "$dir/host_key.pub")" > "$dir/known_hosts"
    mkdir -p /run/sshd
    /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"
    for _ in $(seq 50); do
      [ -s "$dir/sshd.pid" ] && break
      sleep 0.1
    done
    echo "export QARI_SSH_PORT=$port QARI_SSH_KEY=$dir/user_key QARI_SSH_KNOWN_HOSTS=$dir/known_hosts"
    ;;
  stop)
    if [ -s "$dir/sshd.pid" ]; then
      kill "$(cat "$dir/sshd.pid")" 2>/dev/null || true
    fi
    ;;
  *)
    echo "usage: test-sshd.sh start|stop DIR" >&2
    exit 2
    ;;
esac
