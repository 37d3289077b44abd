#!/usr/bin/env bash
# Validate the Kubernetes manifests of custinfo-compliance without a cluster.
#
#   bash .ci/validate-k8s.sh [DIR]        # DIR defaults to k8s (relative to the repo root)
#
# Every *.yaml / *.yml / *.json file under DIR (sub-folders included, so k8s/examples/ too;
# README.md and other files are skipped) is checked in two stages:
#
#  1. kubectl, when it is installed. With no cluster, `kubectl apply --dry-run=client` and
#     `kubectl create --dry-run=client` both fail (they need the API server's discovery
#     document even with --validate=false), so the offline invocation is
#         kubectl annotate --local -o name -f FILE k8s-validate=1
#     which decodes every document exactly as kubectl apply would read it (YAML syntax,
#     apiVersion/kind present) but cannot check the schema. It runs against a throw-away
#     kubeconfig pointing at an unreachable address, so it never touches a real cluster or
#     a service listening on localhost:8080. With K8S_VALIDATE_CLUSTER=1 the current
#     kubeconfig is used instead and each file goes through
#         kubectl apply --dry-run=client --validate=true -f FILE   (schema from the cluster).
#     K8S_VALIDATE_KUBECTL=off skips this stage.
#  2. A Python 3 + PyYAML check (always; it is the whole validation when kubectl is absent):
#     documents parse, have apiVersion/kind/metadata.name, known kinds only, no duplicates;
#     Deployments have image, resources, liveness/readiness (and startup) probes on /q/health/*,
#     runAsNonRoot, a /tmp mount when the root filesystem is read-only; every referenced
#     ConfigMap/Secret (and key) exists among the manifests or is one of the rules ConfigMaps
#     created from rules/ with kubectl (k8s/README.md); Services and PDBs select a Deployment;
#     probes use a port no Service exposes (the management interface, not the public port), the
#     prometheus.io/port annotation names a container port; NetworkPolicies and PodMonitors select a
#     Deployment and name its ports.
#  A *.json file that is not a Kubernetes object but a Keycloak realm export (top-level "realm", no
#  "apiVersion") skips stage 1 and is checked against API.md's identity model: every role a group, a
#  `groups` membership claim with plain names, a public PKCE client with the `branches` claim, a
#  confidential client-credentials client whose service account holds decision-client.
#  A *.json file with top-level "panels" and no "apiVersion" is a Grafana dashboard (k8s/monitoring/): it skips
#  stage 1 and must parse as strict JSON, have a title and uid, unique panel ids, a datasource and a PromQL
#  expression on every panel's targets, and name only compliance_* series the service publishes (METRICS below,
#  which MetricsResourceTest finds on /q/metrics).
#
# Prints one line per validated file and exits non-zero on any problem.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-k8s}"
if [[ "$dir" != /* && ! -d "$dir" && -d "$repo_root/$dir" ]]; then
  dir="$repo_root/$dir"
fi
if [[ ! -d "$dir" ]]; then
  echo "validate-k8s: directory not found: $dir" >&2
  exit 2
fi

mapfile -t files < <(find "$dir" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | LC_ALL=C sort)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "validate-k8s: no manifests (*.yaml, *.yml, *.json) under $dir" >&2
  exit 1
fi

# A Keycloak realm export (JSON without apiVersion) is not for kubectl; the Python stage checks it.
is_realm() { [[ "$1" == *.json ]] && grep -q '"realm"' "$1" && ! grep -q '"apiVersion"' "$1"; }
# A Grafana dashboard (JSON with "panels", without apiVersion) is not for kubectl either.
is_dashboard() { [[ "$1" == *.json ]] && grep -q '"panels"' "$1" && ! grep -q '"apiVersion"' "$1"; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: > "$work/kubectl-failures"
kubectl_mode="none"

if [[ "${K8S_VALIDATE_KUBECTL:-auto}" != "off" ]] && command -v kubectl >/dev/null 2>&1 \
   && kubectl version --client >/dev/null 2>&1; then
  if [[ "${K8S_VALIDATE_CLUSTER:-0}" == "1" ]]; then
    kubectl_mode="kubectl apply --dry-run=client --validate=true"
    for f in "${files[@]}"; do
      if is_realm "$f" || is_dashboard "$f"; then continue; fi
      if ! out="$(kubectl apply --dry-run=client --validate=true -f "$f" 2>&1)"; then
        printf '%s\t%s\n' "$f" "$(printf '%s' "$out" | tr '\n\t' '  ' | cut -c1-400)" >> "$work/kubectl-failures"
      fi
    done
  else
    kubectl_mode="kubectl annotate --local"
    cat > "$work/kubeconfig" <<'EOF'
apiVersion: v1
kind: Config
clusters:
  - name: offline
    cluster:
      server: https://127.0.0.1:1
contexts:
  - name: offline
    context: {cluster: offline, user: offline}
users:
  - name: offline
    user: {token: offline}
current-context: offline
EOF
    for f in "${files[@]}"; do
      if is_realm "$f" || is_dashboard "$f"; then continue; fi
      if ! out="$(KUBECONFIG="$work/kubeconfig" kubectl annotate --local -o name \
                 --cache-dir="$work/cache" -f "$f" k8s-validate=1 2>&1 </dev/null)"; then
        printf '%s\t%s\n' "$f" "$(printf '%s' "$out" | tr '\n\t' '  ' | cut -c1-400)" >> "$work/kubectl-failures"
      fi
    done
  fi
fi

py=""
for cand in python3 /usr/bin/python3; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import yaml' >/dev/null 2>&1; then
    py="$cand"
    break
  fi
done
if [[ -z "$py" ]] && command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
  echo "validate-k8s: installing Debian's python3-yaml"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml) >/dev/null 2>&1 || true
  if /usr/bin/python3 -c 'import yaml' >/dev/null 2>&1; then
    py=/usr/bin/python3
  fi
fi
if [[ -z "$py" ]]; then
  echo "validate-k8s: python3 with PyYAML is required (Debian: apt-get install python3-yaml)" >&2
  exit 2
fi

cat > "$work/check.py" <<'PYEOF'
import json
import os
import re
import sys

import yaml

kubectl_mode, kubectl_failures_path, *files = sys.argv[1:]

# ConfigMaps created from rules/<family>/ with `kubectl create configmap ... --from-file`
# (binary .xlsx cannot be written by hand into a committed manifest; see k8s/README.md).
EXTERNAL_CONFIGMAPS = {
    "custinfo-rules-truthfulness",
    "custinfo-rules-access",
    "custinfo-rules-assessment",
    "custinfo-rules-service",
}
EXTERNAL_SECRETS = set()  # custinfo-compliance-db is defined by k8s/examples/secret.example.yaml

KNOWN_KINDS = {
    ("v1", "ConfigMap"), ("v1", "Secret"), ("v1", "Service"), ("v1", "ServiceAccount"),
    ("v1", "PersistentVolumeClaim"), ("apps/v1", "Deployment"), ("apps/v1", "StatefulSet"),
    ("policy/v1", "PodDisruptionBudget"), ("networking.k8s.io/v1", "Ingress"),
    ("networking.k8s.io/v1", "NetworkPolicy"), ("autoscaling/v2", "HorizontalPodAutoscaler"),
    ("monitoring.coreos.com/v1", "PodMonitor"), ("monitoring.coreos.com/v1", "ServiceMonitor"),
}
# API.md "Who is acting": the roles a realm must offer as groups
ROLES = ["decision-client", "registry-admin", "rule-author", "rule-approver", "inspector", "manager",
         "screening-operator", "auditor"]
# the compliance_* series /q/metrics publishes (MetricsResourceTest); a dashboard naming another one has a typo
METRICS = {
    "compliance_decisions_total", "compliance_findings_total", "compliance_access_denials_total",
    "compliance_decision_duration_seconds_bucket", "compliance_decision_duration_seconds_count",
    "compliance_decision_duration_seconds_sum", "compliance_decision_duration_seconds_max",
    "compliance_ruleset_active_version", "compliance_writer_queue_depth", "compliance_writer_lag_seconds",
    "compliance_writer_alive", "compliance_writer_commits_seconds_count", "compliance_writer_commits_seconds_sum",
    "compliance_writer_rejected_rows_total", "compliance_screening_records_total", "compliance_screening_jobs",
    "compliance_access_alerts",
}
METRIC_NAME = re.compile(r"\bcompliance_[a-z_]+")
DNS1123_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")
DNS1035_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")
HEALTH_PATH = re.compile(r"^/q/health(/(live|ready|started))?$")
CONFIG_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")

problems = {f: [] for f in files}
summary = {f: [] for f in files}

kubectl_failures = {}
with open(kubectl_failures_path, encoding="utf-8") as fh:
    for line in fh:
        path, _, msg = line.rstrip("\n").partition("\t")
        kubectl_failures[path] = msg
for path, msg in kubectl_failures.items():
    problems.setdefault(path, []).append(f"kubectl: {msg}")

def get(d, *path, default=None):
    for p in path:
        if isinstance(d, dict) and p in d:
            d = d[p]
        elif isinstance(d, list) and isinstance(p, int) and p < len(d):
            d = d[p]
        else:
            return default
    return d


def check_realm(f, r):
    """A Keycloak realm export wired as API.md and k8s/README.md describe."""
    out = problems[f]
    groups = {g.get("name") for g in r.get("groups") or []}
    for role in ROLES:
        if role not in groups:
            out.append(f"realm: role {role!r} is not a group")
    clients = r.get("clients") or []

    def mappers(c, kind):
        return [m for m in c.get("protocolMappers") or [] if m.get("protocolMapper") == kind]

    def groups_claim(c):
        return any(get(m, "config", "claim.name") == "groups" and get(m, "config", "full.path") == "false"
                   and get(m, "config", "access.token.claim") == "true"
                   for m in mappers(c, "oidc-group-membership-mapper"))

    pages = [c for c in clients if c.get("publicClient") is True]
    if not pages:
        out.append("realm: no public client for the pages")
    for c in pages:
        cid = c.get("clientId")
        if not c.get("standardFlowEnabled") or c.get("implicitFlowEnabled") or c.get("directAccessGrantsEnabled"):
            out.append(f"realm: public client {cid}: authorization code only (no implicit, no password grant)")
        if get(c, "attributes", "pkce.code.challenge.method") != "S256":
            out.append(f"realm: public client {cid}: PKCE S256 required")
        if not groups_claim(c):
            out.append(f"realm: public client {cid}: no `groups` claim mapper with plain names (full.path false)")
        if not any(get(m, "config", "user.attribute") == "branches" and get(m, "config", "claim.name") == "branches"
                   and get(m, "config", "multivalued") == "true"
                   for m in mappers(c, "oidc-usermodel-attribute-mapper")):
            out.append(f"realm: public client {cid}: no multivalued `branches` user-attribute mapper")
        if any(u == "*" or u.endswith("//*") for u in c.get("redirectUris") or []):
            out.append(f"realm: public client {cid}: wildcard redirect URI")
    systems = [c for c in clients if c.get("publicClient") is False and c.get("serviceAccountsEnabled") is True]
    if not systems:
        out.append("realm: no confidential client with client credentials (service account) for core systems")
    users = r.get("users") or []
    for c in systems:
        cid = c.get("clientId")
        if c.get("standardFlowEnabled") or c.get("directAccessGrantsEnabled") or c.get("implicitFlowEnabled"):
            out.append(f"realm: confidential client {cid}: client credentials only")
        if not groups_claim(c):
            out.append(f"realm: confidential client {cid}: no `groups` claim mapper with plain names")
        sa = [u for u in users if u.get("serviceAccountClientId") == cid]
        if not sa or "/decision-client" not in (sa[0].get("groups") or []):
            out.append(f"realm: confidential client {cid}: its service account is not in group decision-client")
    summary[f].append(f"KeycloakRealm/{r.get('realm')}")


def check_dashboard(f):
    """A Grafana dashboard: strict JSON, titled, every panel with a datasource and PromQL on known series."""
    out = problems[f]
    try:
        with open(f, encoding="utf-8") as fh:
            dash = json.load(fh)
    except (ValueError, UnicodeDecodeError) as e:
        out.append("JSON parse error: " + " ".join(str(e).split()))
        return
    for key in ("title", "uid"):
        if not isinstance(dash.get(key), str) or not dash.get(key):
            out.append(f"dashboard: missing {key}")
    panels = dash.get("panels")
    if not isinstance(panels, list) or not panels:
        out.append("dashboard: no panels")
        return
    ids = set()
    for p in panels:
        pid, title = p.get("id"), p.get("title", "?")
        if pid in ids:
            out.append(f"dashboard: duplicate panel id {pid}")
        ids.add(pid)
        if p.get("type") == "row":
            continue
        if not p.get("datasource"):
            out.append(f"dashboard panel {title!r}: no datasource")
        targets = p.get("targets") or []
        if not targets:
            out.append(f"dashboard panel {title!r}: no targets")
        for t in targets:
            expr = t.get("expr")
            if not isinstance(expr, str) or not expr.strip():
                out.append(f"dashboard panel {title!r}: a target without expr")
                continue
            if expr.count("(") != expr.count(")") or expr.count("{") != expr.count("}"):
                out.append(f"dashboard panel {title!r}: unbalanced brackets in {expr!r}")
            for name in METRIC_NAME.findall(expr):
                if name not in METRICS:
                    out.append(f"dashboard panel {title!r}: {name} is not a series the service publishes")
    summary[f].append(f"GrafanaDashboard/{dash.get('uid')} ({len(panels)} panels)")


docs = []  # (file, index, doc)
for f in files:
    if f.endswith(".json"):
        with open(f, encoding="utf-8", errors="replace") as fh:
            head = fh.read()
        if '"panels"' in head and '"apiVersion"' not in head:
            check_dashboard(f)
            continue
    try:
        with open(f, encoding="utf-8") as fh:
            loaded = list(yaml.safe_load_all(fh))
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        problems[f].append("YAML parse error: " + " ".join(str(e).split()))
        continue
    loaded = [d for d in loaded if d is not None]
    if not loaded:
        problems[f].append("no YAML document")
    if (f.endswith(".json") and len(loaded) == 1 and isinstance(loaded[0], dict) and "realm" in loaded[0]
            and "apiVersion" not in loaded[0]):
        check_realm(f, loaded[0])
        continue
    for i, d in enumerate(loaded):
        docs.append((f, i, d))


# --- pass 1: shape of every document, collect defined objects -----------------------------
objects = {}  # (kind, name) -> (file, doc)
good_docs = []
for f, i, d in docs:
    where = f"document {i + 1}"
    if not isinstance(d, dict):
        problems[f].append(f"{where}: not a mapping")
        continue
    api, kind, name = d.get("apiVersion"), d.get("kind"), get(d, "metadata", "name")
    missing = [k for k, v in (("apiVersion", api), ("kind", kind), ("metadata.name", name))
               if not isinstance(v, str) or not v]
    if missing:
        problems[f].append(f"{where}: missing {', '.join(missing)}")
        continue
    if (api, kind) not in KNOWN_KINDS:
        problems[f].append(f"{kind}/{name}: unknown apiVersion/kind {api}/{kind} "
                           "(extend KNOWN_KINDS in .ci/validate-k8s.sh if intended)")
        continue
    if len(name) > 253 or not DNS1123_SUBDOMAIN.match(name):
        problems[f].append(f"{kind}/{name}: metadata.name is not a valid DNS-1123 name")
    if kind in ("Service", "Deployment") and (len(name) > 63 or not DNS1035_LABEL.match(name)):
        problems[f].append(f"{kind}/{name}: metadata.name must be a DNS-1035 label")
    if (kind, name) in objects:
        problems[f].append(f"{kind}/{name}: duplicate (also in {objects[(kind, name)][0]})")
    objects[(kind, name)] = (f, d)
    summary[f].append(f"{kind}/{name}")
    good_docs.append((f, d))


def keys_of(kind, name):
    """Keys of a ConfigMap/Secret defined among the manifests, or None if it is external."""
    if (kind, name) not in objects:
        return None
    d = objects[(kind, name)][1]
    sections = ("data", "binaryData") if kind == "ConfigMap" else ("data", "stringData")
    keys = set()
    for s in sections:
        if isinstance(d.get(s), dict):
            keys.update(d[s].keys())
    return keys


def check_ref(f, owner, kind, name, key=None, optional=False):
    external = EXTERNAL_CONFIGMAPS if kind == "ConfigMap" else EXTERNAL_SECRETS
    if not isinstance(name, str) or not name:
        problems[f].append(f"{owner}: {kind} reference without a name")
        return
    if (kind, name) not in objects:
        if name not in external and not optional:
            problems[f].append(f"{owner}: references {kind} '{name}', which is neither defined in "
                               f"the manifests nor a documented rules ConfigMap")
        return
    if key is not None:
        keys = keys_of(kind, name)
        if keys is not None and key not in keys and not optional:
            problems[f].append(f"{owner}: key '{key}' not found in {kind} '{name}'")


def labels_match(selector, labels):
    return (isinstance(selector, dict) and selector and isinstance(labels, dict)
            and all(labels.get(k) == v for k, v in selector.items()))


# --- pass 2: per-kind checks ---------------------------------------------------------------
deployments = [(f, d) for f, d in good_docs if d["kind"] in ("Deployment", "StatefulSet")]
# ports the Services expose (by name or number): health and metrics must not be among them
service_targets = {p.get("targetPort", p.get("port")) for _, d in good_docs if d["kind"] == "Service"
                   for p in get(d, "spec", "ports", default=[]) or []}


def container_ports(dep):
    cps = [cp for c in get(dep, "spec", "template", "spec", "containers", default=[]) or []
           for cp in c.get("ports") or []]
    return {cp.get("name") for cp in cps if cp.get("name")} | {cp.get("containerPort") for cp in cps}


def selected(selector):
    return [dd for _, dd in deployments
            if labels_match(selector, get(dd, "spec", "template", "metadata", "labels"))]

for f, d in good_docs:
    kind, name = d["kind"], d["metadata"]["name"]
    me = f"{kind}/{name}"

    if kind == "ConfigMap":
        for s in ("data", "binaryData"):
            sec = d.get(s)
            if sec is None:
                continue
            if not isinstance(sec, dict):
                problems[f].append(f"{me}: {s} must be a mapping")
                continue
            for k, v in sec.items():
                if not CONFIG_KEY.match(str(k)):
                    problems[f].append(f"{me}: invalid key '{k}'")
                if not isinstance(v, str):
                    problems[f].append(f"{me}: {s}.{k} must be a string (quote numbers/booleans)")

    elif kind == "Secret":
        for s in ("data", "stringData"):
            sec = d.get(s)
            if sec is not None and (not isinstance(sec, dict)
                                    or not all(isinstance(v, str) for v in sec.values())):
                problems[f].append(f"{me}: {s} must map keys to strings")

    elif kind in ("Deployment", "StatefulSet"):
        spec = d.get("spec") or {}
        replicas = spec.get("replicas", 1)
        if not isinstance(replicas, int) or isinstance(replicas, bool) or replicas < 1:
            problems[f].append(f"{me}: spec.replicas must be a positive integer")
        tpl_labels = get(spec, "template", "metadata", "labels")
        if not labels_match(get(spec, "selector", "matchLabels"), tpl_labels):
            problems[f].append(f"{me}: spec.selector.matchLabels must match the template labels")
        pod = get(spec, "template", "spec") or {}
        containers = pod.get("containers")
        if not isinstance(containers, list) or not containers:
            problems[f].append(f"{me}: no containers")
            containers = []
        volumes = {v.get("name"): v for v in pod.get("volumes") or [] if isinstance(v, dict)}
        for vname, v in volumes.items():
            if "configMap" in v:
                check_ref(f, f"{me} volume {vname}", "ConfigMap", get(v, "configMap", "name"),
                          optional=bool(get(v, "configMap", "optional", default=False)))
            if "secret" in v:
                check_ref(f, f"{me} volume {vname}", "Secret", get(v, "secret", "secretName"),
                          optional=bool(get(v, "secret", "optional", default=False)))
        prom_port = get(spec, "template", "metadata", "annotations", "prometheus.io/port")
        if prom_port is not None and not any(
                str(p.get("containerPort")) == str(prom_port) for c in containers for p in c.get("ports") or []):
            problems[f].append(f"{me}: prometheus.io/port {prom_port!r} is not a container port")
        pod_nonroot = get(pod, "securityContext", "runAsNonRoot") is True
        for c in containers:
            cn = f"{me} container {c.get('name', '?')}"
            if not c.get("name"):
                problems[f].append(f"{cn}: missing name")
            if not isinstance(c.get("image"), str) or not c.get("image"):
                problems[f].append(f"{cn}: missing image")
            port_names = {p.get("name") for p in c.get("ports") or [] if p.get("name")}
            port_numbers = {p.get("containerPort") for p in c.get("ports") or []}
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                pr = c.get(probe)
                if pr is None:
                    if probe != "startupProbe":
                        problems[f].append(f"{cn}: missing {probe}")
                    continue
                path = get(pr, "httpGet", "path")
                if not isinstance(path, str) or not HEALTH_PATH.match(path):
                    problems[f].append(f"{cn}: {probe} must be an httpGet on /q/health/*, got {path!r}")
                port = get(pr, "httpGet", "port")
                if port not in port_names and port not in port_numbers:
                    problems[f].append(f"{cn}: {probe} port {port!r} is not a container port")
                elif port in service_targets or any(p.get("containerPort") in service_targets
                                                    for p in c.get("ports") or [] if p.get("name") == port):
                    problems[f].append(f"{cn}: {probe} port {port!r} is the public (Service) port; health "
                                       "belongs on the management port")
            for tier in ("requests", "limits"):
                for res in ("cpu", "memory"):
                    if get(c, "resources", tier, res) in (None, ""):
                        problems[f].append(f"{cn}: missing resources.{tier}.{res}")
            csc = c.get("securityContext") or {}
            if not (pod_nonroot or csc.get("runAsNonRoot") is True):
                problems[f].append(f"{cn}: runAsNonRoot is not set")
            mounts = [m for m in c.get("volumeMounts") or [] if isinstance(m, dict)]
            for m in mounts:
                if m.get("name") not in volumes:
                    problems[f].append(f"{cn}: volumeMount {m.get('name')!r} has no volume")
            if csc.get("readOnlyRootFilesystem") is True and not any(m.get("mountPath") == "/tmp" for m in mounts):
                problems[f].append(f"{cn}: readOnlyRootFilesystem needs a writable volume at /tmp")
            for ef in c.get("envFrom") or []:
                if "configMapRef" in ef:
                    check_ref(f, cn, "ConfigMap", get(ef, "configMapRef", "name"),
                              optional=bool(get(ef, "configMapRef", "optional", default=False)))
                if "secretRef" in ef:
                    check_ref(f, cn, "Secret", get(ef, "secretRef", "name"),
                              optional=bool(get(ef, "secretRef", "optional", default=False)))
            for e in c.get("env") or []:
                if not e.get("name"):
                    problems[f].append(f"{cn}: env entry without name")
                vf = e.get("valueFrom") or {}
                for ref, rkind in (("configMapKeyRef", "ConfigMap"), ("secretKeyRef", "Secret")):
                    if ref in vf:
                        check_ref(f, f"{cn} env {e.get('name')}", rkind, get(vf, ref, "name"),
                                  key=get(vf, ref, "key"),
                                  optional=bool(get(vf, ref, "optional", default=False)))

    elif kind == "Service":
        sel = get(d, "spec", "selector")
        targets = [(df, dd) for df, dd in deployments
                   if labels_match(sel, get(dd, "spec", "template", "metadata", "labels"))]
        if not targets:
            problems[f].append(f"{me}: spec.selector matches no Deployment in the manifests")
        ports = get(d, "spec", "ports") or []
        if not ports:
            problems[f].append(f"{me}: no ports")
        for p in ports:
            tp = p.get("targetPort", p.get("port"))
            for df, dd in targets:
                cps = [cp for c in get(dd, "spec", "template", "spec", "containers", default=[]) or []
                       for cp in c.get("ports") or []]
                if tp not in {cp.get("name") for cp in cps} | {cp.get("containerPort") for cp in cps}:
                    problems[f].append(f"{me}: targetPort {tp!r} is not a port of {dd['kind']}/{dd['metadata']['name']}")

    elif kind == "PodDisruptionBudget":
        sel = get(d, "spec", "selector", "matchLabels")
        targets = [dd for _, dd in deployments
                   if labels_match(sel, get(dd, "spec", "template", "metadata", "labels"))]
        if not targets:
            problems[f].append(f"{me}: selector matches no Deployment in the manifests")
        min_av = get(d, "spec", "minAvailable")
        for dd in targets:
            replicas = get(dd, "spec", "replicas", default=1)
            if isinstance(min_av, int) and isinstance(replicas, int) and min_av >= replicas:
                problems[f].append(f"{me}: minAvailable {min_av} >= replicas {replicas} of "
                                   f"{dd['metadata']['name']} would block every voluntary eviction")

    elif kind == "NetworkPolicy":
        targets = selected(get(d, "spec", "podSelector", "matchLabels"))
        if not targets:
            problems[f].append(f"{me}: podSelector matches no Deployment in the manifests")
        for rule in get(d, "spec", "ingress", default=[]) or []:
            if not rule.get("from"):
                problems[f].append(f"{me}: an ingress rule without `from` admits every source")
            for p in rule.get("ports") or []:
                for dd in targets:
                    if p.get("port") not in container_ports(dd):
                        problems[f].append(f"{me}: port {p.get('port')!r} is not a port of {dd['metadata']['name']}")

    elif kind == "PodMonitor":
        targets = selected(get(d, "spec", "selector", "matchLabels"))
        if not targets:
            problems[f].append(f"{me}: selector matches no Deployment in the manifests")
        for ep in get(d, "spec", "podMetricsEndpoints", default=[]) or []:
            for dd in targets:
                if ep.get("port") not in container_ports(dd):
                    problems[f].append(f"{me}: port {ep.get('port')!r} is not a port of {dd['metadata']['name']}")
            if ep.get("port") in service_targets:
                problems[f].append(f"{me}: metrics scraped from the public port {ep.get('port')!r}")

# --- report --------------------------------------------------------------------------------
failed = 0
checks = (kubectl_mode + " + python" if kubectl_mode != "none" else "python")
for f in files:
    rel = f
    objs = ", ".join(summary[f]) or "-"
    if problems.get(f):
        failed += 1
        print(f"FAIL {rel}: {'; '.join(problems[f])}")
    else:
        print(f"OK   {rel}: {objs} [{checks}]")
print(f"validate-k8s: {len(files)} file(s), {failed} with problems")
sys.exit(1 if failed else 0)
PYEOF

"$py" "$work/check.py" "$kubectl_mode" "$work/kubectl-failures" "${files[@]}"
