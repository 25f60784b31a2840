"""Varnish from Debian's package in front of gunicorn on loopback (ports 8300-8399)."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parents[2]
VCL = ROOT / "example_site" / "varnish" / "govstandard.vcl"
VARNISHD = shutil.which("varnishd") or ("/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None)


def wait_for_port(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


def start_gunicorn(port, env, workers=2):
    env = {**os.environ, **env, "PYTHONPATH": f"{ROOT}:{ROOT / 'example_site'}"}
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--chdir", str(ROOT / "example_site"), "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port, seconds=90)  # a loaded CI machine imports Django slowly
    except RuntimeError:
        stop(process)
        raise RuntimeError(f"gunicorn did not start: {process.stderr.read().decode(errors='replace')[-2000:]}") from None
    return process


def start_varnish(port, backend_port, memory="64m"):
    workdir = tempfile.mkdtemp(prefix="govstandard-varnish-")
    os.chmod(workdir, 0o755)
    vcl = Path(workdir) / "site.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
    os.chmod(vcl, 0o644)
    process = subprocess.Popen(
        [VARNISHD, "-F", "-n", workdir, "-a", f"127.0.0.1:{port}", "-f", str(vcl), "-s", f"malloc,{memory}",
         "-T", "none", "-p", "default_ttl=300"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    wait_for_port(port)
    return process, workdir


def stop(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def get(port, path, host="localhost", timeout=30):
    """(status, headers, body text) of GET path through 127.0.0.1:port, without following redirects."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", path, headers={"Host": host, "User-Agent": "Mozilla/5.0 proof"})
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, dict(response.getheaders()), body


__all__ = ["Request", "urlopen", "get", "start_gunicorn", "start_varnish", "stop", "VARNISHD"]
