"""Create the PostgreSQL database named in a URL when it is missing (`--recreate`: start empty).

Exit status 0 when the database is reachable (created if needed), 2 when the server is not.
"""

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def main(url, recreate=False):
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=5) as connection:
            if recreate:
                connection.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                print(f"Database {name} aangemaakt.")
    except psycopg.OperationalError as error:
        print(
            f"PostgreSQL niet bereikbaar op {parts.hostname}:{parts.port}: {error}", file=sys.stderr
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], recreate="--recreate" in sys.argv[2:]))
