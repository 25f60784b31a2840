"""PostgreSQL: a cursor that binds parameters on the server, so that psycopg can prepare the
issue's statement (parsed and planned once per connection, a third of its cost in PostgreSQL).

Django's own cursor binds on the client, which rules preparing out. This one is Django's
server-binding cursor, wrapped as Django wraps its own (queries logged, execute wrappers run).
Whether statements are prepared is the connection's setting, Django's DATABASES OPTIONS
"prepare_threshold": None (Django's default, for a pooler in transaction mode) prepares nothing.
"""

from django.db import connection


def cursor():
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.ensure_connection()
    raw = ServerBindingCursor(connection.connection)
    return connection.make_debug_cursor(raw) if connection.queries_logged else connection.make_cursor(raw)
