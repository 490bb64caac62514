#!/usr/bin/env bash
# Runs Outreach as a cluster on one machine, on loopback ports: two Payara Micro instances of the same WAR, clustered
# with Payara's own Hazelcast (TCP/IP discovery on 127.0.0.1), behind HAProxy with /health/ready as its health check,
# over one MySQL/MariaDB that you name. The README's "Running as a cluster" shows it; ClusterIT drives it.
#
#   cluster.sh start            start both instances and the load balancer, wait until the balancer serves
#   cluster.sh stop             stop everything this script started
#   cluster.sh kill N           kill -9 instance N (1 or 2), as a crash would
#   cluster.sh stop-instance N  stop instance N gracefully (before starting it on a new version: a rolling upgrade)
#   cluster.sh start-instance N start instance N again (it rejoins the cluster)
#
# Environment: OUTREACH_DB_URL, OUTREACH_DB_USER, OUTREACH_DB_PASSWORD (required), and MP_JWT_VERIFY_ISSUER,
# MP_JWT_VERIFY_PUBLICKEY_LOCATION for tokens; CLUSTER_DIR (default target/cluster) for logs and pids;
# CLUSTER_PORT (default 8080, the balancer), instance N listens on CLUSTER_PORT+N and uses Hazelcast port
# CLUSTER_HZ_PORT+N (default 5900); OUTREACH_WAR and PAYARA_JAR (default target/outreach.war, target/payara-micro.jar);
# INSTANCE_WAR_N overrides the WAR of instance N (a rolling upgrade); JAVA_HEAP (default 512m).
set -euo pipefail

dir=${CLUSTER_DIR:-target/cluster}
port=${CLUSTER_PORT:-8080}
hz=${CLUSTER_HZ_PORT:-5900}
war=$(realpath "${OUTREACH_WAR:-target/outreach.war}")
payara=$(realpath "${PAYARA_JAR:-target/payara-micro.jar}")
heap=${JAVA_HEAP:-512m}
name=${CLUSTER_NAME:-outreach-$port}
mkdir -p "$dir"

instance_start() {
  local n=$1 instance_war_var="INSTANCE_WAR_$1"
  local instance_war
  instance_war=$(realpath "${!instance_war_var:-$war}")
  mkdir -p "$dir/instance-$n"
  (cd "$dir/instance-$n" && exec java -Xmx"$heap" -Duser.timezone=UTC \
      -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
      -jar "$payara" --deploy "$instance_war" --contextroot / \
      --port $((port + n)) --name "instance-$n" --clustername "$name" \
      --clustermode "tcpip:127.0.0.1:$((hz + 1)),127.0.0.1:$((hz + 2))" --interfaces 127.0.0.1 --startport $((hz + n)) \
      >> server.log 2>&1) &
  echo $! > "$dir/instance-$n.pid"
}

balancer_start() {
  cat > "$dir/haproxy.cfg" <<CFG
global
    maxconn 512
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 0
frontend outreach
    bind 127.0.0.1:$port
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /health/ready
    default-server inter 1s fall 2 rise 2
    server instance-1 127.0.0.1:$((port + 1)) check
    server instance-2 127.0.0.1:$((port + 2)) check
CFG
  haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
}

wait_ready() {
  local url=$1 deadline=$((SECONDS + ${CLUSTER_START_LIMIT:-300}))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; do
    if [ $SECONDS -ge $deadline ]; then echo "not ready: $url" >&2; return 1; fi
    sleep 1
  done
}

stop_pid() {
  local file=$1
  if [ -f "$file" ]; then kill "$(cat "$file")" 2>/dev/null || true; rm -f "$file"; fi
}

case "${1:-}" in
  start)
    command -v haproxy > /dev/null || { echo "haproxy is missing: apt-get install haproxy" >&2; exit 1; }
    instance_start 1
    wait_ready "http://127.0.0.1:$((port + 1))/health/ready"   # the first one migrates the schema alone
    instance_start 2
    wait_ready "http://127.0.0.1:$((port + 2))/health/ready"
    balancer_start
    wait_ready "http://127.0.0.1:$port/health/ready"
    echo "Outreach cluster: http://127.0.0.1:$port/ (instances on $((port + 1)) and $((port + 2)), logs in $dir)"
    ;;
  stop)
    stop_pid "$dir/haproxy.pid"; stop_pid "$dir/instance-1.pid"; stop_pid "$dir/instance-2.pid"
    ;;
  kill)
    kill -9 "$(cat "$dir/instance-$2.pid")"
    ;;
  stop-instance)
    pid=$(cat "$dir/instance-$2.pid"); kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 1; done
    ;;
  start-instance)
    instance_start "$2"
    wait_ready "http://127.0.0.1:$((port + $2))/health/ready"
    ;;
  *)
    sed -n '2,18p' "$0"; exit 2
    ;;
esac
