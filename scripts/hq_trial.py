"""Head office on this one machine, for a trial: a private PostgreSQL in hq-trial/.

    python scripts/hq_trial.py start   # `make hq`: start it (if not running), make the
                                       # desk_hq database and its roles, print the URLs
    python scripts/hq_trial.py stop    # `make hq-stop`

The server listens on 127.0.0.1 only and trusts every connection from this machine: a
trial, not a place for a real store's data (README: "Head office on PostgreSQL").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from desk.hq.pgcluster import PgCluster  # noqa: E402

DIRECTORY = PROJECT / "hq-trial"
DATABASE = "desk_hq"
OWNER = "desk_hq_owner"
APP = "desk_hq_app"
HOST, PORT = "127.0.0.1", 8740


def start(cluster: PgCluster) -> None:
    if cluster.is_running():
        print(f"hq: the trial PostgreSQL in {DIRECTORY.name}/ is already running")
    else:
        cluster.start()
        print(f"hq: the trial PostgreSQL in {DIRECTORY.name}/ is running on port {cluster.port}")
    if not cluster.database_exists(DATABASE):
        cluster.create_database(DATABASE)
        print(f"hq: database {DATABASE} made, owned by {OWNER}; the service connects as {APP}")
    cluster.create_roles(DATABASE, owner=OWNER, app=APP)
    owner_url = cluster.url(DATABASE, OWNER)
    app_url = cluster.url(DATABASE, APP)
    print()
    print("Make or upgrade the schema (as the owner):")
    print(f"  desk hq db upgrade --db {owner_url}")
    print("Serve head office (as the app role, which owns no table):")
    print(f"  desk hq serve --db {app_url} --host {HOST} --port {PORT}")
    print()
    print("Stop the database with: make hq-stop")


def stop(cluster: PgCluster) -> None:
    if not cluster.is_running():
        print(f"hq: the trial PostgreSQL in {DIRECTORY.name}/ is not running")
        return
    cluster.stop()
    print(f"hq: the trial PostgreSQL in {DIRECTORY.name}/ is stopped (its data stays)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["start", "stop"])
    args = parser.parse_args(argv)
    cluster = PgCluster(DIRECTORY)
    try:
        start(cluster) if args.action == "start" else stop(cluster)
    except RuntimeError as e:
        print(f"hq: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
